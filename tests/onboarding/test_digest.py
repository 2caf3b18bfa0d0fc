"""The weekly digest: own coming and overdue steps, and the steps of buddies and team leaders."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from onboarding import digest, progress
from tests.factories.onboarding import ProgrammeStepFactory

pytestmark = pytest.mark.django_db

WEDNESDAY = datetime.date(2026, 12, 9)


def by_username(found):
    return {item.user.username: item for item in found}


def test_contents_per_person(enrolment):
    ProgrammeStepFactory(programme=enrolment.programme, title="Ver weg", due_working_days=40)

    found = by_username(digest.digests(WEDNESDAY))

    assert set(found) == {"nieuw", "buddy", "teamleider"}
    assert [step.title for step in found["nieuw"].overdue] == ["Laptop ophalen"]
    assert found["nieuw"].coming == [] and found["nieuw"].for_others == []
    (buddy_step,) = found["buddy"].for_others
    assert (buddy_step.title, buddy_step.colleague, buddy_step.overdue) == (
        "Rondleiding geven",
        "Nina Nieuw",
        True,
    )
    (leader_step,) = found["teamleider"].for_others
    assert (leader_step.title, leader_step.due_date, leader_step.overdue) == (
        "Welkomstgesprek voeren",
        datetime.date(2026, 12, 11),
        False,
    )


def test_done_steps_and_finished_enrolments_are_left_out(enrolment, newcomer):
    progress.mark_done(enrolment, enrolment.programme.steps.get(title="Laptop ophalen"), newcomer)
    assert "nieuw" not in by_username(digest.digests(WEDNESDAY))

    for step in enrolment.programme.steps.all():
        progress.mark_done(enrolment, step, newcomer)
    assert digest.digests(WEDNESDAY) == []


def test_the_mail_is_dutch_text_and_html(enrolment, mailoutbox):
    found = by_username(digest.digests(WEDNESDAY))

    message = digest.digest_mail(found["nieuw"], WEDNESDAY)
    message.send()

    assert message.subject == "Je inwerkprogramma deze week"
    assert message.to == ["nieuw@westbetuwe.nl"]
    assert "Beste Nina," in message.body
    assert "Stappen te laat:" in message.body
    assert "- Laptop ophalen (moest klaar zijn op maandag 7 december)" in message.body
    assert "http://testserver/inwerkprogramma/" in message.body
    html = message.alternatives[0][0]
    assert "<strong>Laptop ophalen</strong>" in html

    leader = digest.digest_mail(found["teamleider"], WEDNESDAY).body
    assert "Nina Nieuw: Welkomstgesprek voeren (klaar op vrijdag 11 december)" in leader
    assert "http://testserver/inwerkprogramma/nieuwe-collegas/" in leader


def test_the_command_queues_one_mail_per_person(enrolment, mailoutbox):
    out = StringIO()
    call_command("send_onboarding_digest", "--date", WEDNESDAY.isoformat(), stdout=out)

    assert sorted(message.to[0] for message in mailoutbox) == [
        "buddy@westbetuwe.nl",
        "nieuw@westbetuwe.nl",
        "teamleider@westbetuwe.nl",
    ]
    assert "3 digest(s) queued for 2026-12-09." in out.getvalue()


def test_dry_run_sends_nothing(enrolment, mailoutbox):
    out = StringIO()
    call_command("send_onboarding_digest", "--date", WEDNESDAY.isoformat(), "--dry-run", stdout=out)

    assert mailoutbox == []
    assert "nieuw@westbetuwe.nl: 1 overdue, 0 coming, 0 for colleagues they guide" in out.getvalue()
    assert "dry run" in out.getvalue()


def test_a_bad_date_is_a_clear_error(db):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_onboarding_digest", "--date", "volgende week")


def test_the_task_sends_the_digests(enrolment, mailoutbox):
    from onboarding import tasks

    result = tasks.send_digests.enqueue(WEDNESDAY.isoformat())

    assert result.return_value == 3
    assert len(mailoutbox) == 3
