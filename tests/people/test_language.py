"""Dutch first; an employee may switch to English, and the admin follows the same choice."""

import pytest
from django.conf import settings
from wagtail.users.models import UserProfile


@pytest.mark.django_db
def test_account_page_is_dutch_by_default(employee_client):
    html = employee_client.get("/account/").content.decode()
    assert "Mijn account" in html and "Taal van het intranet" in html


@pytest.mark.django_db
def test_choosing_english_sets_the_cookie_the_admin_preference_and_the_pages(employee_client, employee):
    response = employee_client.post("/account/taal/", {"language": "en"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert UserProfile.get_for_user(employee).preferred_language == "en"

    html = employee_client.get("/account/").content.decode()
    assert '<html lang="en"' in html
    assert "My account" in html and "Mijn account" not in html


@pytest.mark.django_db
def test_an_unknown_language_changes_nothing(employee_client, employee):
    response = employee_client.post("/account/taal/", {"language": "xx"})
    assert response.status_code == 302
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    assert UserProfile.get_for_user(employee).preferred_language == ""


@pytest.mark.django_db
def test_language_cookie_switches_the_login_page_to_english(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get("/account/inloggen/").content.decode()
    assert "Log in" in html and "Inloggen" not in html


@pytest.mark.django_db
def test_editors_admin_follows_their_wagtail_language_preference(editor_client, editor):
    assert "Medewerkers" in editor_client.get("/admin/").content.decode()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    html = editor_client.get("/admin/").content.decode()
    assert '<html lang="en"' in html
    assert "Employees" in html


@pytest.mark.django_db
@pytest.mark.parametrize("page_language", ["nl", "en"])
def test_each_language_is_offered_in_its_own_name(employee_client, page_language):
    employee_client.post("/account/taal/", {"language": page_language})
    html = employee_client.get("/account/").content.decode()
    assert '<option value="nl"' in html and ">Nederlands</option>" in html
    assert ">English</option>" in html
    assert "Engels" not in html and "Dutch" not in html
