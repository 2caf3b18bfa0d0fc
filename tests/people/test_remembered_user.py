"""The logged-in user is remembered per accounts version (people.middleware): no user query on
repeat requests, and every change to the account counts at once."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from people.groups import EDITORS
from people.models import AccountsVersion
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

USER_TABLE = get_user_model()._meta.db_table


def user_queries(client, path="/"):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, [query["sql"] for query in captured if USER_TABLE in query["sql"]]


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_repeat_request_does_not_load_the_user_again(home_page):
    client = logged_in(UserFactory(first_name="Fenna", last_name="de Vries"))
    first, loaded = user_queries(client)
    assert first.status_code == 200 and loaded
    again, loaded = user_queries(client)
    assert again.status_code == 200
    assert loaded == []
    assert "Fenna de Vries" in again.content.decode()


def test_each_session_gets_its_own_user(home_page):
    fenna = logged_in(UserFactory(first_name="Fenna", last_name="de Vries"))
    joost = logged_in(UserFactory(first_name="Joost", last_name="Bakker"))
    for _ in range(2):
        fenna_page = fenna.get("/").content.decode()
        joost_page = joost.get("/").content.decode()
        assert "Fenna de Vries" in fenna_page and "Joost Bakker" not in fenna_page
        assert "Joost Bakker" in joost_page and "Fenna de Vries" not in joost_page


def test_a_new_password_ends_other_sessions_at_once(home_page):
    user = UserFactory()
    client = logged_in(user)
    assert client.get("/").status_code == 200
    user.set_password("een-ander-wachtwoord")
    user.save()
    response = client.get("/")
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]


def test_a_deactivated_account_is_logged_out_at_once(home_page):
    user = UserFactory()
    client = logged_in(user)
    assert client.get("/").status_code == 200
    user.is_active = False
    user.save()
    assert client.get("/").status_code == 302


def test_a_new_name_shows_at_once(home_page):
    user = UserFactory(first_name="Fenna", last_name="de Vries")
    client = logged_in(user)
    client.get("/")
    user.last_name = "Jansen"
    user.save()
    assert "Fenna Jansen" in client.get("/").content.decode()


def test_a_new_group_counts_at_once_although_the_account_row_is_unchanged(home_page):
    """Permissions are not part of the remembered copy: each request asks them afresh."""
    user = UserFactory()
    client = logged_in(user)
    version = AccountsVersion.current()
    assert client.get("/admin/").status_code == 302
    user.groups.add(Group.objects.get(name=EDITORS))
    assert AccountsVersion.current() == version
    assert client.get("/admin/").status_code == 200


def test_after_logout_the_old_cookie_is_anonymous(home_page):
    client = logged_in(UserFactory())
    assert client.get("/").status_code == 200
    cookie = client.cookies["sessionid"].value
    client.post("/account/uitloggen/")
    stale = Client()
    stale.cookies["sessionid"] = cookie
    assert stale.get("/").status_code == 302


def test_a_session_signed_with_an_old_secret_is_re_signed_as_django_does(home_page, settings):
    client = logged_in(UserFactory(first_name="Fenna", last_name="de Vries"))
    assert client.get("/").status_code == 200
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-secret-key-for-this-test-only-0123456789"
    assert "Fenna de Vries" in client.get("/").content.decode()
    assert "Fenna de Vries" in client.get("/").content.decode()
    settings.SECRET_KEY_FALLBACKS = []
    assert client.get("/").status_code == 200


def test_the_accounts_version_changes_with_a_saved_or_deleted_account_only(db):
    before = AccountsVersion.current()
    user = UserFactory()
    assert AccountsVersion.current() == before
    user.first_name = "Anouk"
    user.save()
    saved = AccountsVersion.current()
    assert saved != before
    user.delete()
    assert AccountsVersion.current() != saved
