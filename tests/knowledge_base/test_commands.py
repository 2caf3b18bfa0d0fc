"""`send_review_reminders`: every owner gets a Dutch mail listing their overdue articles."""

import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command

from tests.factories.people import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2027, 6, 1)


@pytest.fixture
def overdue(make_article):
    anne = UserFactory(username="anne", first_name="Anne", last_name="Jansen", email="anne@westbetuwe.nl")
    bram = UserFactory(username="bram", first_name="Bram", last_name="Smit", email="bram@westbetuwe.nl")
    make_article(title="Het goede gesprek", owner_person=anne, review_date=datetime.date(2027, 5, 1))
    make_article(title="Belbin-teamrollen", owner_person=anne, review_date=TODAY)
    make_article(title="Leercafé", owner_person=bram, review_date=datetime.date(2027, 4, 1))
    make_article(title="Niet van iemand", owner_team=TeamFactory(), review_date=datetime.date(2027, 5, 20))
    make_article(
        title="Nog niet aan de beurt", owner_person=bram, review_date=TODAY + datetime.timedelta(days=1)
    )
    make_article(title="Concept", owner_person=bram, review_date=datetime.date(2027, 1, 1), live=False)


def run(*args):
    out = StringIO()
    call_command("send_review_reminders", *args, stdout=out)
    return out.getvalue()


def test_each_owner_gets_one_mail_with_their_overdue_articles(overdue):
    output = run("--date", TODAY.isoformat())
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"anne@westbetuwe.nl", "bram@westbetuwe.nl", settings.DEFAULT_FROM_EMAIL}

    anne = by_recipient["anne@westbetuwe.nl"]
    assert anne.subject == "Kennisbank: 2 artikelen te reviewen"
    assert "Beste Anne Jansen," in anne.body
    assert "Het goede gesprek" in anne.body and "Belbin-teamrollen" in anne.body
    assert "Leercafé" not in anne.body
    assert "/admin/pages/" in anne.body
    html, mimetype = anne.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="nl">' in html
    assert "Het goede gesprek</a>" in html and "Met vriendelijke groet" in html

    bram = by_recipient["bram@westbetuwe.nl"]
    assert bram.subject == "Kennisbank: 1 artikel te reviewen"
    assert "Leercafé" in bram.body
    assert "Nog niet aan de beurt" not in bram.body and "Concept" not in bram.body

    coordination = by_recipient[settings.DEFAULT_FROM_EMAIL]
    assert "geen contactpersoon" in coordination.body
    assert "Niet van iemand" in coordination.body
    assert "Sent 3 reminder(s)." in output


def test_dry_run_sends_nothing_but_says_who_would_get_what(overdue):
    output = run("--date", TODAY.isoformat(), "--dry-run")
    assert mail.outbox == []
    assert "anne@westbetuwe.nl: 2 article(s)" in output
    assert "Dry run: 3 reminder(s) not sent." in output


def test_nothing_due_sends_nothing(overdue):
    output = run("--date", "2027-01-01")
    assert mail.outbox == []
    assert "No articles due for review" in output


def test_owner_without_email_is_reported_to_the_coordination_point(make_article):
    owner = UserFactory(email="")
    make_article(title="Eigenaar zonder adres", owner_person=owner, review_date=datetime.date(2027, 1, 1))
    run("--date", TODAY.isoformat())
    assert [message.to for message in mail.outbox] == [[settings.DEFAULT_FROM_EMAIL]]
    assert "Eigenaar zonder adres" in mail.outbox[0].body


def test_invalid_date_is_refused():
    with pytest.raises(CommandError, match="--date"):
        run("--date", "31-05-2027")
