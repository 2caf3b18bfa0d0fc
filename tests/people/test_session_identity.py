"""Who the user is, and what they may do, is read from the database on every request.

An HR sync, an identity provider's deprovisioning or a bulk admin action changes accounts with a
queryset update or plain SQL, without model signals. The next request must already see it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client

from people.groups import EDITORS
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
LOGIN_PATH = "/account/inloggen/"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def assert_logged_out(response):
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_PATH)


@pytest.mark.parametrize("path", ["/", "/kennisbank/"])
def test_deactivated_with_a_queryset_update_is_logged_out_on_the_next_request(kb_index, path):
    user = UserFactory()
    client = logged_in(user)
    assert client.get(path).status_code == 200
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert_logged_out(client.get(path))


def test_deactivated_with_raw_sql_is_logged_out_on_the_next_request(home_page):
    user = UserFactory()
    client = logged_in(user)
    assert client.get("/").status_code == 200
    table = connection.ops.quote_name(User._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET is_active = %s WHERE id = %s", [False, user.pk])
    assert_logged_out(client.get("/"))


def test_a_password_changed_with_a_queryset_update_ends_the_session(home_page):
    user = UserFactory()
    client = logged_in(user)
    assert client.get("/").status_code == 200
    User.objects.filter(pk=user.pk).update(password=make_password("een-heel-ander-wachtwoord"))
    assert_logged_out(client.get("/"))


def test_a_password_changed_through_the_model_ends_the_session(home_page):
    user = UserFactory()
    client = logged_in(user)
    assert client.get("/").status_code == 200
    user.set_password("een-heel-ander-wachtwoord")
    user.save()
    assert_logged_out(client.get("/"))


def test_a_removed_editor_group_takes_the_admin_away_on_the_next_request(home_page):
    user = UserFactory()
    editors = Group.objects.get(name=EDITORS)
    user.groups.add(editors)
    client = logged_in(user)
    assert client.get("/admin/").status_code == 200
    # Straight in the join table, as a directory sync would: no m2m signal, no save of the user.
    User.groups.through.objects.filter(user_id=user.pk, group_id=editors.pk).delete()
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_new_name_shows_on_the_next_request(home_page):
    user = UserFactory(first_name="Fenna", last_name="de Vries")
    client = logged_in(user)
    assert "Fenna de Vries" in client.get("/").content.decode()
    User.objects.filter(pk=user.pk).update(last_name="Jansen")
    page = client.get("/").content.decode()
    assert "Fenna Jansen" in page and "Fenna de Vries" not in page


def test_each_session_gets_its_own_user(home_page):
    fenna = logged_in(UserFactory(first_name="Fenna", last_name="de Vries"))
    joost = logged_in(UserFactory(first_name="Joost", last_name="Bakker"))
    for _ in range(2):
        fenna_page = fenna.get("/").content.decode()
        joost_page = joost.get("/").content.decode()
        assert "Fenna de Vries" in fenna_page and "Joost Bakker" not in fenna_page
        assert "Joost Bakker" in joost_page and "Fenna de Vries" not in joost_page


def test_after_logout_the_old_cookie_is_anonymous(home_page):
    client = logged_in(UserFactory())
    assert client.get("/").status_code == 200
    cookie = client.cookies["sessionid"].value
    client.post("/account/uitloggen/")
    stale = Client()
    stale.cookies["sessionid"] = cookie
    assert_logged_out(stale.get("/"))
