"""Logging in and out, and the employee's own account page."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from people.groups import EMPLOYEES
from people.models import EmployeeProfile
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

LOGIN_URL = "/account/inloggen/"
ACCOUNT_URL = "/account/"


@pytest.mark.django_db
def test_every_new_user_gets_a_profile():
    user = get_user_model().objects.create_user("nieuw", password="x")
    assert EmployeeProfile.objects.filter(user=user).count() == 1


@pytest.mark.django_db
def test_login_page_is_dutch_and_in_the_sites_own_look(client):
    response = client.get(LOGIN_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert "Inloggen" in html
    assert '<label class="utrecht-form-label" for="id_username">Gebruikersnaam</label>' in html
    assert "css/nlds.css" in html
    assert "wagtailadmin" not in html


@pytest.mark.django_db
def test_login_page_stays_dutch_for_an_english_browser(client):
    # Only an explicit choice (the language cookie, see test_language.py) switches to English.
    html = client.get(LOGIN_URL, headers={"accept-language": "en"}).content.decode()
    assert '<html lang="nl"' in html
    assert "Inloggen" in html


@pytest.mark.django_db
def test_wrong_password_gives_a_dutch_error_and_no_session(client, employee):
    response = client.post(LOGIN_URL, {"username": employee.username, "password": "fout"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in html
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_empty_fields_are_marked_at_the_field(client):
    html = client.post(LOGIN_URL, {"username": "", "password": ""}).content.decode()
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_username-error"' in html
    assert "Dit is een verplicht veld." in html


@pytest.mark.django_db
def test_login_with_the_right_password_goes_to_next(client, employee):
    response = client.post(
        LOGIN_URL, {"username": employee.username, "password": "geheim-wachtwoord", "next": "/zoeken/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/zoeken/"


@pytest.mark.django_db
def test_login_refuses_a_next_url_on_another_site(client, employee):
    response = client.post(
        LOGIN_URL,
        {"username": employee.username, "password": "geheim-wachtwoord", "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


@pytest.mark.django_db
def test_logout_needs_post_and_says_goodbye_on_the_login_page(employee_client):
    assert employee_client.get("/account/uitloggen/").status_code == 405
    response = employee_client.post("/account/uitloggen/", follow=True)
    assert response.redirect_chain[-1][0] == LOGIN_URL
    assert "Je bent uitgelogd." in response.content.decode()
    assert employee_client.get(ACCOUNT_URL).status_code == 302


@pytest.mark.django_db
def test_account_page_shows_the_own_profile(client):
    leader = UserFactory(username="leider", first_name="Lotte", last_name="de Leider")
    user = UserFactory(username="jan", first_name="Jan", last_name="Jansen", email="jan@westbetuwe.nl")
    EmployeeProfileFactory(
        user=user,
        team=TeamFactory(name="Team Dienstverlening"),
        job_title="Klantcontactmedewerker",
        team_leader=leader,
        start_date=datetime.date(2022, 4, 1),
    )
    client.force_login(user)

    html = client.get(ACCOUNT_URL).content.decode()

    for text in [
        "Jan Jansen",
        "jan@westbetuwe.nl",
        "Team Dienstverlening",
        "Klantcontactmedewerker",
        "Lotte de Leider",
        "1 april 2022",
        "Wachtwoord wijzigen",
    ]:
        assert text in html


@pytest.mark.django_db
def test_account_page_shows_nobody_elses_profile(client):
    other = EmployeeProfileFactory(user=UserFactory(username="ander"), job_title="Geheime functie")
    me = UserFactory(username="ik")
    client.force_login(me)
    html = client.get(ACCOUNT_URL, {"user": other.user.pk, "pk": other.pk}).content.decode()
    assert "Geheime functie" not in html
    assert other.team.name not in html


@pytest.mark.django_db
def test_account_page_works_for_a_user_without_profile(client):
    user = UserFactory(username="zonder")
    EmployeeProfile.objects.filter(user=user).delete()
    client.force_login(user)
    assert client.get(ACCOUNT_URL).status_code == 200
    assert EmployeeProfile.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_password_change_keeps_the_user_logged_in(employee_client, employee):
    response = employee_client.post(
        ACCOUNT_URL,
        {
            "old_password": "geheim-wachtwoord",
            "new_password1": "Betuwe-rivier-2026",
            "new_password2": "Betuwe-rivier-2026",
        },
        follow=True,
    )
    assert "Je wachtwoord is gewijzigd." in response.content.decode()
    employee.refresh_from_db()
    assert employee.check_password("Betuwe-rivier-2026")
    assert employee_client.get(ACCOUNT_URL).status_code == 200


@pytest.mark.django_db
def test_wrong_old_password_is_reported_at_the_field_and_changes_nothing(employee_client, employee):
    response = employee_client.post(
        ACCOUNT_URL,
        {
            "old_password": "fout",
            "new_password1": "Betuwe-rivier-2026",
            "new_password2": "Betuwe-rivier-2026",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_old_password-error"' in html
    assert "Uw oude wachtwoord is niet juist ingevoerd" in html
    employee.refresh_from_db()
    assert employee.check_password("geheim-wachtwoord")


@pytest.mark.django_db
def test_imported_employee_without_password_cannot_log_in(client):
    user = UserFactory(username="geimporteerd")
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get(name=EMPLOYEES))
    response = client.post(LOGIN_URL, {"username": "geimporteerd", "password": ""})
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


@pytest.mark.django_db
def test_logged_in_user_visiting_the_login_page_goes_home(employee_client):
    response = employee_client.get(LOGIN_URL)
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_the_account_page_opens_without_focus_in_a_password_field(employee_client):
    html = employee_client.get(ACCOUNT_URL).content.decode()
    assert 'name="old_password"' in html
    assert "autofocus" not in html


def test_the_account_page_speaks_of_the_admin_without_naming_the_software(employee_client):
    html = employee_client.get(ACCOUNT_URL).content.decode()
    assert "de beheeromgeving gebruiken deze taal" in html
    assert "Wagtail" not in html
