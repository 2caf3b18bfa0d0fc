"""A new e-mail address from the import only counts once the account holder confirms it."""

import datetime
import re

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from people.models import EmailChangeRequest, EmailChangeStatus
from tests.factories.people import UserFactory

User = get_user_model()
IMPORT_URL = "/admin/people_import/"
HEADER = "gebruikersnaam;voornaam;achternaam;email"


@pytest.fixture
def holder(db):
    """An employee who has chosen a password and logged in before."""
    return UserFactory(
        username="j.dekker",
        first_name="Joke",
        last_name="Dekker",
        email="j.dekker@westbetuwe.nl",
        last_login=timezone.now() - datetime.timedelta(days=3),
    )


@pytest.fixture
def holder_client(holder):
    """The holder in a browser of their own (the `client` fixture is the editor's)."""
    client = Client()
    client.force_login(holder)
    return client


@pytest.fixture
def other_client(employee):
    client = Client()
    client.force_login(employee)
    return client


def import_file(client, *lines, dry_run=False):
    data = "\n".join([HEADER, *lines]).encode()
    upload = SimpleUploadedFile("medewerkers.csv", data, content_type="text/csv")
    form = {"file": upload, "dry_run": "on"} if dry_run else {"file": upload}
    return client.post(IMPORT_URL, form, follow=True)


def confirm_path(message):
    return re.search(r"http://testserver(/account/e-mailadres-bevestigen/[^/\s]+/)", message.body).group(1)


@pytest.fixture
def requested(editor_client, holder, django_capture_on_commit_callbacks):
    """The editor imported a new address for the holder; returns the import's response."""
    with django_capture_on_commit_callbacks(execute=True):
        return import_file(editor_client, "j.dekker;Joke;Dekker;joke.dekker@gmail.example")


@pytest.mark.django_db
def test_import_asks_the_holder_instead_of_changing_the_address(requested, holder):
    html = requested.content.decode()
    assert (
        "1 nieuw e-mailadres wacht op bevestiging door de accounthouder: j.dekker (joke.dekker@gmail.example)"
        in (html)
    )
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"
    change = EmailChangeRequest.objects.get(user=holder)
    assert (change.status, change.new_email, change.old_email) == (
        EmailChangeStatus.PENDING,
        "joke.dekker@gmail.example",
        "j.dekker@westbetuwe.nl",
    )
    assert change.requested_by.username == "redacteur"


@pytest.mark.django_db
def test_new_address_gets_the_link_and_old_address_a_notice(requested):
    confirmation, notice = mail.outbox
    assert confirmation.to == ["joke.dekker@gmail.example"]
    assert confirmation.subject == "Bevestig je nieuwe e-mailadres voor het intranet"
    assert "Beste Joke Dekker," in confirmation.body
    assert "De link werkt 7 dagen." in confirmation.body
    assert confirm_path(confirmation) in confirmation.alternatives[0].content
    assert confirmation.alternatives[0].mimetype == "text/html"

    assert notice.to == ["j.dekker@westbetuwe.nl"]
    assert notice.subject == "Er is een nieuw e-mailadres gevraagd voor je intranetaccount"
    assert "joke.dekker@gmail.example" in notice.body
    assert "http://testserver/account/e-mailadres-bevestigen/" not in notice.body
    assert notice.alternatives[0].mimetype == "text/html"


@pytest.mark.django_db
def test_the_holder_confirms_with_a_post(requested, holder_client, holder):
    client = holder_client
    path = confirm_path(mail.outbox[0])

    page = client.get(path)
    assert page.status_code == 200
    assert "joke.dekker@gmail.example" in page.content.decode()
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"  # a GET (a mail scanner) changes nothing

    response = client.post(path, follow=True)
    assert response.redirect_chain[-1][0] == "/account/"
    assert "Je e-mailadres is nu joke.dekker@gmail.example." in response.content.decode()
    holder.refresh_from_db()
    assert holder.email == "joke.dekker@gmail.example"
    assert EmailChangeRequest.objects.get(user=holder).status == EmailChangeStatus.CONFIRMED


@pytest.mark.django_db
def test_a_used_link_changes_nothing_again(requested, holder_client, holder):
    client = holder_client
    path = confirm_path(mail.outbox[0])
    client.post(path)
    holder.email = "j.dekker@westbetuwe.nl"
    holder.save()

    response = client.post(path)

    assert response.status_code == 400
    assert "Deze link is al gebruikt of vervangen door een nieuwere." in response.content.decode()
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"


@pytest.mark.django_db
def test_another_employee_cannot_confirm(requested, other_client, holder, employee):
    client = other_client
    path = confirm_path(mail.outbox[0])

    for response in (client.get(path), client.post(path)):
        assert response.status_code == 403
        assert "Deze link is bedoeld voor een ander account." in response.content.decode()
    holder.refresh_from_db()
    employee.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"
    assert employee.email == "medewerker@westbetuwe.nl"
    assert EmailChangeRequest.objects.get(user=holder).status == EmailChangeStatus.PENDING


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_the_login_page(requested, holder):
    client = Client()
    path = confirm_path(mail.outbox[0])
    for response in (client.get(path), client.post(path)):
        assert response.status_code == 302
        assert response["Location"].startswith("/account/inloggen/?next=")
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"


@pytest.mark.django_db
def test_an_expired_link_changes_nothing(requested, holder_client, holder):
    client = holder_client
    path = confirm_path(mail.outbox[0])

    with time_machine.travel(timezone.now() + datetime.timedelta(days=7, minutes=1)):
        response = client.post(path)

    assert response.status_code == 400
    assert "Deze link is verlopen." in response.content.decode()
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"


@pytest.mark.django_db
def test_a_tampered_link_changes_nothing(requested, holder_client, holder):
    client = holder_client
    path = confirm_path(mail.outbox[0])
    response = client.post(path.replace(":", "x", 1))
    assert response.status_code == 400
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"


@pytest.mark.django_db
def test_a_newer_import_replaces_the_link_and_the_current_address_cancels_it(
    requested, editor_client, holder_client, holder, django_capture_on_commit_callbacks
):
    first_path = confirm_path(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        import_file(editor_client, "j.dekker;Joke;Dekker;joke@westbetuwe.example")
    assert len(mail.outbox) == 4
    response = holder_client.post(first_path)
    assert response.status_code == 400
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"

    with django_capture_on_commit_callbacks(execute=True):
        import_file(editor_client, "j.dekker;Joke;Dekker;J.Dekker@westbetuwe.nl")
    assert len(mail.outbox) == 4
    assert not EmailChangeRequest.objects.filter(user=holder, status=EmailChangeStatus.PENDING).exists()
    holder.refresh_from_db()
    assert holder.email == "J.Dekker@westbetuwe.nl"


@pytest.mark.django_db
def test_importing_the_same_new_address_again_sends_no_second_mail(
    requested, editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = import_file(editor_client, "j.dekker;Joke;Dekker;joke.dekker@gmail.example")
    assert "j.dekker (joke.dekker@gmail.example)" in response.content.decode()
    assert len(mail.outbox) == 2
    assert EmailChangeRequest.objects.filter(status=EmailChangeStatus.PENDING).count() == 1


@pytest.mark.django_db
def test_a_dry_run_records_and_mails_nothing(editor_client, holder, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = import_file(editor_client, "j.dekker;Joke;Dekker;joke.dekker@gmail.example", dry_run=True)
    assert "j.dekker: joke.dekker@gmail.example" in response.content.decode()
    assert mail.outbox == []
    assert not EmailChangeRequest.objects.exists()


@pytest.mark.django_db
def test_the_address_of_an_account_never_used_is_corrected_directly(
    editor_client, django_capture_on_commit_callbacks
):
    fresh = UserFactory(username="nieuw", email="nieuw@westbetuwe.nl")
    fresh.set_unusable_password()
    fresh.save()
    with django_capture_on_commit_callbacks(execute=True):
        import_file(editor_client, "nieuw;Noor;Nieuw;noor.nieuw@westbetuwe.nl")
    fresh.refresh_from_db()
    assert fresh.email == "noor.nieuw@westbetuwe.nl"
    assert mail.outbox == []


@pytest.mark.django_db
def test_an_account_that_logged_in_without_a_password_still_needs_confirmation(
    editor_client, django_capture_on_commit_callbacks
):
    used = UserFactory(username="sso", email="sso@westbetuwe.nl", last_login=timezone.now())
    used.set_unusable_password()
    used.save()
    with django_capture_on_commit_callbacks(execute=True):
        import_file(editor_client, "sso;S;O;ander@westbetuwe.nl")
    used.refresh_from_db()
    assert used.email == "sso@westbetuwe.nl"
    assert [message.to for message in mail.outbox] == [["ander@westbetuwe.nl"], ["sso@westbetuwe.nl"]]


@pytest.mark.django_db
def test_an_address_taken_meanwhile_is_not_confirmed(requested, holder_client, holder):
    UserFactory(username="snel", email="Joke.Dekker@gmail.example")
    response = holder_client.post(confirm_path(mail.outbox[0]))
    assert response.status_code == 400
    assert "al gebruikt door een ander account" in response.content.decode()
    holder.refresh_from_db()
    assert holder.email == "j.dekker@westbetuwe.nl"
