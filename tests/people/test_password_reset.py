"""Forgotten password, and the first password of an employee imported from CSV."""

import re

import pytest
from django.core import mail

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
    assert message.subject == "Kies uw wachtwoord voor het intranet Samen West Betuws Werken"
    assert "Beste Noor Nieuw," in message.body
    assert "Uw gebruikersnaam is: nieuw" in message.body
    assert message.alternatives[0].mimetype == "text/html"

    form_url = client.get(reset_link(message), follow=True).redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "Lingewaard-fiets-77", "new_password2": "Lingewaard-fiets-77"}
    )
    assert response["Location"] == "/account/wachtwoord-ingesteld/"

    assert client.login(username="nieuw", password="Lingewaard-fiets-77")


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
