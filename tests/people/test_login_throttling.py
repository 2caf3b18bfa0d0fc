"""Logins are locked after too many wrong passwords, per user name and per client address."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, Permission
from django.db.models import F
from django.test import Client, override_settings

from people.groups import EDITORS, EMPLOYEES
from tests.admin_access import assert_sent_to_admin_login
from tests.factories.people import UserFactory

SITE_LOGIN = "/account/inloggen/"
ADMIN_LOGIN = "/admin/login/"
UNLOCK_URL = "/admin/login_lockouts/"
PASSWORD = "geheim-wachtwoord"
LOCKED = "Je hebt te vaak een verkeerd wachtwoord ingevuld"


def log_in(client, url, username, password, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def logged_in_as(client):
    return client.session.get("_auth_user_id")


def end_the_cool_off():
    """Let the 15 minutes pass: the recorded failures are older than the cool-off."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=16))


@pytest.fixture
def colleague(db):
    user = UserFactory(username="collega")
    user.groups.add(Group.objects.get(name=EMPLOYEES))
    return user


@pytest.mark.django_db
def test_thirty_wrong_passwords_lock_the_site_login_until_the_cool_off_ends(client, colleague):
    responses = [log_in(client, SITE_LOGIN, "collega", f"fout-{number}") for number in range(30)]

    assert responses[8].status_code == 200 and LOCKED not in responses[8].content.decode()
    assert responses[9].status_code == 429 and LOCKED in responses[9].content.decode()
    right = log_in(client, SITE_LOGIN, "collega", PASSWORD)
    assert right.status_code == 429
    html = right.content.decode()
    assert LOCKED in html and "Probeer het opnieuw na " in html
    assert 'name="password"' in html  # the login form, with the message on it
    assert logged_in_as(client) is None

    end_the_cool_off()
    response = log_in(client, SITE_LOGIN, "collega", PASSWORD)
    assert response.status_code == 302
    assert logged_in_as(client) == str(colleague.pk)


@pytest.mark.django_db
def test_thirty_wrong_passwords_lock_the_admin_login_until_the_cool_off_ends(client, editor):
    for number in range(30):
        log_in(client, ADMIN_LOGIN, "redacteur", f"fout-{number}")

    right = log_in(client, ADMIN_LOGIN, "redacteur", PASSWORD)
    assert right.status_code == 429
    assert LOCKED in right.content.decode()
    assert logged_in_as(client) is None

    end_the_cool_off()
    response = log_in(client, ADMIN_LOGIN, "redacteur", PASSWORD)
    assert response.status_code == 302
    assert logged_in_as(client) == str(editor.pk)


@pytest.mark.django_db
def test_a_locked_user_name_is_locked_from_every_address(client, colleague):
    for number in range(10):
        log_in(client, SITE_LOGIN, "collega", f"fout-{number}", REMOTE_ADDR=f"10.0.0.{number + 1}")
    response = log_in(Client(), SITE_LOGIN, "collega", PASSWORD, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429
    assert logged_in_as(client) is None


@pytest.mark.django_db
def test_a_client_address_trying_many_names_is_locked(client, colleague):
    for number in range(50):
        log_in(client, SITE_LOGIN, f"naam{number}", "Welkom01!")

    response = log_in(client, SITE_LOGIN, "collega", PASSWORD)
    assert response.status_code == 429 and LOCKED in response.content.decode()

    elsewhere = Client()
    assert log_in(elsewhere, SITE_LOGIN, "collega", PASSWORD, REMOTE_ADDR="10.1.2.3").status_code == 302


@pytest.mark.django_db
def test_a_successful_login_forgets_ones_own_typing_mistakes(client, colleague):
    for round_ in range(2):
        for number in range(9):
            log_in(client, SITE_LOGIN, "collega", f"fout-{round_}-{number}")
        assert log_in(client, SITE_LOGIN, "collega", PASSWORD).status_code == 302
        client.logout()


@pytest.mark.django_db
def test_the_forwarded_header_is_ignored_unless_configured(client, colleague):
    # Without CLIENT_IP_HEADER a client cannot choose its own address to dodge the lock.
    for number in range(50):
        log_in(client, SITE_LOGIN, f"naam{number}", "x", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}
    response = log_in(client, SITE_LOGIN, "collega", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert response.status_code == 429


@pytest.mark.django_db
@override_settings(CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR", CLIENT_IP_TRUSTED_PROXIES=1)
def test_the_forwarded_header_is_honoured_when_configured(client, colleague):
    # nginx appends the address it saw; what the client put before it is not trusted.
    log_in(client, SITE_LOGIN, "a", "x", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    log_in(client, SITE_LOGIN, "b", "x", HTTP_X_FORWARDED_FOR="not-an-address")
    log_in(client, SITE_LOGIN, "c", "x")
    addresses = dict(AccessAttempt.objects.values_list("username", "ip_address"))
    assert addresses == {"a": "203.0.113.9", "b": "127.0.0.1", "c": "127.0.0.1"}

    for number in range(50):
        log_in(client, SITE_LOGIN, f"naam{number}", "x", HTTP_X_FORWARDED_FOR="203.0.113.9")
    locked = log_in(client, SITE_LOGIN, "collega", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert locked.status_code == 429
    other = log_in(client, SITE_LOGIN, "collega", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert other.status_code == 302


@pytest.mark.django_db
@override_settings(CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR", CLIENT_IP_TRUSTED_PROXIES=2)
def test_with_two_proxies_the_second_entry_from_the_right_is_the_client(client):
    log_in(client, SITE_LOGIN, "a", "x", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9, 10.0.0.2")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"


def lock(username):
    client = Client()
    for number in range(10):
        log_in(client, SITE_LOGIN, username, f"fout-{number}")


@pytest.mark.django_db
def test_an_editor_sees_and_unlocks_a_blocked_user_name(editor_client, colleague):
    lock("collega")

    html = editor_client.get(UNLOCK_URL).content.decode()
    assert "collega" in html and "Ontgrendelen" in html
    response = editor_client.post(UNLOCK_URL, {"kind": "username", "value": "collega"}, follow=True)

    assert "Ontgrendeld: collega." in response.content.decode()
    assert not AccessAttempt.objects.filter(username="collega").exists()
    assert log_in(Client(), SITE_LOGIN, "collega", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_the_unlock_screen_is_in_the_editors_menu(editor_client):
    assert "Geblokkeerde inlogpogingen" in editor_client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_an_employee_cannot_see_or_unlock(employee_client, colleague):
    lock("collega")
    for response in (
        employee_client.get(UNLOCK_URL),
        employee_client.post(UNLOCK_URL, {"kind": "username", "value": "collega"}),
    ):
        assert_sent_to_admin_login(response, UNLOCK_URL)
        assert "collega" not in response.content.decode()
    assert AccessAttempt.objects.filter(username="collega").exists()


@pytest.mark.django_db
def test_an_editor_without_the_permission_gets_403(editor_client, colleague):
    Group.objects.get(name=EDITORS).permissions.remove(Permission.objects.get(codename="unlock_logins"))
    lock("collega")

    assert editor_client.get(UNLOCK_URL).status_code == 403
    assert editor_client.post(UNLOCK_URL, {"kind": "username", "value": "collega"}).status_code == 403
    assert AccessAttempt.objects.filter(username="collega").exists()
    assert "Geblokkeerde inlogpogingen" not in editor_client.get("/admin/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/account/inloggen/", "/admin/login/"])
def test_a_user_name_longer_than_any_account_is_refused_at_the_field_and_not_tried(client, url):
    response = client.post(url, {"username": "x" * 10_000, "password": "geheim"})

    assert response.status_code == 200
    assert "Maximaal 150 tekens; je hebt er 10000 getypt." in response.content.decode()
    assert not AccessAttempt.objects.exists()
