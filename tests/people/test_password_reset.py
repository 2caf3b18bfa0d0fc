"""Forgotten password, and the first password of an employee imported from CSV."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from people.models import PasswordResetRequest
from tests.factories.people import UserFactory

RESET_URL = "/account/wachtwoord-vergeten/"


def reset_link(message):
    return re.search(
        r"http://testserver(/account/wachtwoord-instellen/[^/\s]+/[^/\s]+/)", message.body
    ).group(1)


@pytest.fixture
def imported(db):
    user = UserFactory(username="nieuw", email="nieuw@westbetuwe.nl", first_name="Noor", last_name="Nieuw")
    user.set_unusable_password()
    user.save()
    return user


@pytest.mark.django_db
def test_login_page_links_to_the_reset_page_which_is_open_to_anonymous_visitors(client):
    assert f'href="{RESET_URL}"' in client.get("/account/inloggen/").content.decode()
    response = client.get(RESET_URL)
    assert response.status_code == 200
    assert "Wachtwoord vergeten?" in response.content.decode()


@pytest.mark.django_db
def test_imported_employee_chooses_a_first_password_and_logs_in(client, imported):
    response = client.post(RESET_URL, {"email": "NIEUW@westbetuwe.nl"})
    assert response["Location"] == "/account/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuw@westbetuwe.nl"]
    assert message.subject == "Kies je wachtwoord voor het intranet Samen West Betuws Werken"
    assert "Beste Noor Nieuw," in message.body
    assert "Je gebruikersnaam is: nieuw" in message.body
    assert message.alternatives[0].mimetype == "text/html"

    form_url = client.get(reset_link(message), follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Lingewaard-fiets-77", "new_password2": "Lingewaard-fiets-77"}
    )
    assert response["Location"] == "/account/wachtwoord-ingesteld/"

    response = client.post("/account/inloggen/", {"username": "nieuw", "password": "Lingewaard-fiets-77"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(imported.pk)


@pytest.mark.django_db
def test_a_used_link_no_longer_works(client, imported):
    client.post(RESET_URL, {"email": imported.email})
    link = reset_link(mail.outbox[0])
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    client.post(form_url, {"new_password1": "Lingewaard-fiets-77", "new_password2": "Lingewaard-fiets-77"})

    html = client.get(link, follow=True).content.decode()
    assert "Deze link is al gebruikt of verlopen." in html


@pytest.mark.django_db
def test_unknown_or_inactive_addresses_get_the_same_answer_and_no_mail(client):
    UserFactory(username="weg", email="weg@westbetuwe.nl", is_active=False)
    for email in ["onbekend@westbetuwe.nl", "weg@westbetuwe.nl"]:
        response = client.post(RESET_URL, {"email": email})
        assert response["Location"] == "/account/wachtwoord-vergeten/verstuurd/"
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_invalid_address_is_reported_at_the_field(client):
    html = client.post(RESET_URL, {"email": "geen-adres"}).content.decode()
    assert 'id="id_email-error"' in html
    assert mail.outbox == []


def reset_page_answer(response):
    """What the visitor sees of a reset request: the status and where it leads."""
    return response.status_code, response["Location"]


@pytest.mark.django_db
def test_at_most_three_mails_an_hour_per_address_and_the_answer_never_changes(client, imported):
    answers = {reset_page_answer(client.post(RESET_URL, {"email": imported.email})) for _ in range(6)}
    unknown = reset_page_answer(client.post(RESET_URL, {"email": "onbekend@westbetuwe.nl"}))

    assert len(mail.outbox) == 3
    assert answers == {unknown} == {(302, "/account/wachtwoord-vergeten/verstuurd/")}


@pytest.mark.django_db
def test_the_address_limit_ends_after_an_hour(client, imported):
    for _ in range(4):
        client.post(RESET_URL, {"email": imported.email})
    assert len(mail.outbox) == 3
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1, minutes=1)):
        client.post(RESET_URL, {"email": imported.email})
    assert len(mail.outbox) == 4
    # Records older than the window are cleaned up by the next request.
    assert PasswordResetRequest.objects.filter(requested_at__lt=timezone.now()).count() == 0


@pytest.mark.django_db
def test_at_most_twenty_requests_an_hour_per_client_address(client, imported):
    for number in range(20):
        client.post(RESET_URL, {"email": f"onbekend{number}@westbetuwe.nl"})

    response = client.post(RESET_URL, {"email": imported.email})

    assert reset_page_answer(response) == (302, "/account/wachtwoord-vergeten/verstuurd/")
    assert mail.outbox == []
    Client(REMOTE_ADDR="10.20.30.40").post(RESET_URL, {"email": imported.email})
    assert [message.to for message in mail.outbox] == [[imported.email]]


@pytest.mark.django_db
def test_addresses_are_not_stored_readably(client, imported):
    client.post(RESET_URL, {"email": imported.email})
    keys = list(PasswordResetRequest.objects.values_list("key", flat=True))
    assert len(keys) == 2
    assert all(imported.email not in key and "127.0.0.1" not in key and len(key) == 64 for key in keys)


@pytest.mark.django_db
def test_the_admin_has_no_second_password_reset_page(client, imported):
    client.force_login(imported)
    response = client.post("/admin/password_reset/", {"email": imported.email})
    assert response.status_code == 404
    assert mail.outbox == []
