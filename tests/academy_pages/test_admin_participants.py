"""The participant screen of a session: every action the coordination point takes there."""

import io

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from django.utils.html import escape
from openpyxl import load_workbook

from academy_pages import registration as workflow
from academy_pages.models import (
    ActorRole,
    Attendance,
    ChangeCause,
    GoDecision,
    Registration,
    RegistrationStatus,
    SessionStatus,
)
from tests.academy_pages.admin_support import participants_url
from tests.factories.academy import SessionFactory, TrainingProviderFactory, register

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def full_session(course):
    session = SessionFactory(course=course, capacity=2)
    confirmed = [register(session), register(session)]
    waiting = [register(session), register(session)]
    return session, confirmed, waiting


def test_participant_list_shows_everyone_with_status(editor_client, full_session):
    session, confirmed, waiting = full_session
    response = editor_client.get(participants_url(session))
    html = response.content.decode()
    assert response.status_code == 200
    for registration in confirmed + waiting:
        assert escape(registration.name) in html
    assert "Op de wachtlijst" in html
    assert "Ingeschreven" in html


def test_history_is_shown_on_demand(editor_client, full_session, editor):
    session, confirmed, _waiting = full_session
    workflow.cancel(confirmed[0], editor, by_coordination_point=True, reason="Ziek gemeld")
    response = editor_client.get(f"{participants_url(session)}{confirmed[0].pk}/history/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geannuleerd door het Coördinatiepunt" in html
    assert "Ziek gemeld" in html


def test_history_of_a_registration_of_another_session_is_not_found(editor_client, full_session, course):
    session, confirmed, _waiting = full_session
    other = SessionFactory(course=course)
    assert editor_client.get(f"{participants_url(other)}{confirmed[0].pk}/history/").status_code == 404


def test_promote_moves_someone_from_the_waiting_list(editor_client, editor, full_session):
    session, _confirmed, waiting = full_session
    last = waiting[1]

    response = editor_client.post(participants_url(session), {"action": "promote", "registration": last.pk})

    assert response.status_code == 302
    last.refresh_from_db()
    assert last.status == RegistrationStatus.CONFIRMED
    change = last.changes.last()
    assert (change.cause, change.actor, change.actor_role) == (
        ChangeCause.PROMOTED,
        editor,
        ActorRole.COORDINATION_POINT,
    )
    assert any("van de wachtlijst" in message for message in messages_of(response))


def test_promoting_someone_not_waiting_changes_nothing_and_says_why(editor_client, full_session):
    session, confirmed, _waiting = full_session
    response = editor_client.post(
        participants_url(session), {"action": "promote", "registration": confirmed[0].pk}, follow=True
    )
    assert "staat niet op de wachtlijst" in response.content.decode()
    assert confirmed[0].changes.count() == 1


def test_cancel_on_behalf_records_the_coordination_point_and_promotes_the_next(
    editor_client, editor, full_session
):
    session, confirmed, waiting = full_session
    target = confirmed[0]

    editor_client.post(
        participants_url(session),
        {"action": "cancel_registration", "registration": target.pk, f"cancel-{target.pk}-reason": "Ziek"},
    )

    target.refresh_from_db()
    assert target.status == RegistrationStatus.CANCELLED
    change = target.changes.last()
    assert (change.cause, change.actor, change.reason) == (
        ChangeCause.CANCELLED_BY_COORDINATION,
        editor,
        "Ziek",
    )
    waiting[0].refresh_from_db()
    assert waiting[0].status == RegistrationStatus.CONFIRMED


def test_registration_of_another_session_cannot_be_cancelled_here(editor_client, full_session, course):
    session, confirmed, _waiting = full_session
    other = SessionFactory(course=course)
    response = editor_client.post(
        participants_url(other), {"action": "cancel_registration", "registration": confirmed[0].pk}
    )
    assert response.status_code == 404
    confirmed[0].refresh_from_db()
    assert confirmed[0].status == RegistrationStatus.CONFIRMED


def test_attendance_is_marked_in_bulk(editor_client, full_session):
    session, confirmed, _waiting = full_session
    response = editor_client.post(
        participants_url(session),
        {
            "action": "attendance",
            f"attendance-{confirmed[0].pk}": Attendance.PRESENT,
            f"attendance-{confirmed[1].pk}": Attendance.ABSENT,
        },
    )
    assert response.status_code == 302
    assert dict(Registration.objects.filter(session=session).values_list("pk", "attendance")) == {
        confirmed[0].pk: Attendance.PRESENT,
        confirmed[1].pk: Attendance.ABSENT,
        **{registration.pk: Attendance.UNKNOWN for registration in full_session[2]},
    }
    assert any("Aanwezigheid opgeslagen" in message for message in messages_of(response))


def test_invalid_attendance_value_saves_nothing_and_shows_the_form_again(editor_client, full_session):
    session, confirmed, _waiting = full_session
    response = editor_client.post(
        participants_url(session),
        {
            "action": "attendance",
            f"attendance-{confirmed[0].pk}": Attendance.PRESENT,
            f"attendance-{confirmed[1].pk}": "misschien",
        },
    )
    assert response.status_code == 200
    assert "misschien is geen beschikbare keuze" in response.content.decode()
    assert not Registration.objects.exclude(attendance=Attendance.UNKNOWN).exists()


def test_cancel_session_needs_a_reason(editor_client, full_session):
    session, _confirmed, _waiting = full_session
    response = editor_client.post(
        participants_url(session), {"action": "cancel_session", "cancel-session-reason": " "}
    )
    assert response.status_code == 200
    assert "Geef een reden op." in response.content.decode()
    session.refresh_from_db()
    assert session.status == SessionStatus.PLANNED


def test_cancel_session_cancels_everyone_with_the_reason(editor_client, editor, full_session):
    session, confirmed, waiting = full_session
    response = editor_client.post(
        participants_url(session), {"action": "cancel_session", "cancel-session-reason": "Trainer ziek"}
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.status, session.cancellation_reason) == (SessionStatus.CANCELLED, "Trainer ziek")
    for registration in confirmed + waiting:
        registration.refresh_from_db()
        assert registration.status == RegistrationStatus.CANCELLED
        assert registration.changes.last().cause == ChangeCause.SESSION_CANCELLED


def test_a_cancelled_session_accepts_no_more_changes(editor_client, editor, full_session):
    session, _confirmed, waiting = full_session
    workflow.cancel_session(session, editor, reason="Te weinig deelnemers")
    response = editor_client.post(
        participants_url(session), {"action": "promote", "registration": waiting[0].pk}, follow=True
    )
    assert "is geannuleerd" in response.content.decode()
    waiting[0].refresh_from_db()
    assert waiting[0].status == RegistrationStatus.CANCELLED


def test_mail_to_provider_attaches_the_list(editor_client, full_session):
    session, confirmed, waiting = full_session
    response = editor_client.post(participants_url(session), {"action": "mail_provider"})
    assert response.status_code == 302
    assert any("gemaild naar" in message for message in messages_of(response))
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [session.course.provider.email]
    assert message.subject == f"Deelnemerslijst: {session.course.title}"
    assert "In de bijlage vind je de deelnemerslijst" in message.body
    assert "Ingeschreven: 2" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "Met vriendelijke groet" in html
    ((filename, content, attachment_type),) = message.attachments
    assert filename.endswith(".xlsx")
    assert attachment_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    names = [
        row[0] for row in load_workbook(io.BytesIO(content)).active.iter_rows(min_row=2, values_only=True)
    ]
    assert names == [registration.name for registration in confirmed + waiting]


def test_provider_without_email_gets_a_clear_message_and_no_mail(editor_client, course):
    course.provider = TrainingProviderFactory(name="Bureau Zonder Mail", email="")
    course.save()
    session = SessionFactory(course=course)
    register(session)

    page = editor_client.get(participants_url(session)).content.decode()
    response = editor_client.post(participants_url(session), {"action": "mail_provider"}, follow=True)

    assert "Bureau Zonder Mail heeft geen e-mailadres" in page
    assert "Bureau Zonder Mail heeft geen e-mailadres" in response.content.decode()
    assert mail.outbox == []


def test_go_decision_is_saved(editor_client, course):
    course.min_participants = 4
    course.save()
    session = SessionFactory(course=course, days=[5])
    register(session)

    page = editor_client.get(participants_url(session)).content.decode()
    editor_client.post(participants_url(session), {"action": "go_decision", "go-decision": GoDecision.GO})

    assert "data-minimum-flag" in page
    session.refresh_from_db()
    assert (session.go_decision, session.status) == (GoDecision.GO, SessionStatus.PLANNED)


def test_no_go_without_reason_changes_nothing(editor_client, course):
    session = SessionFactory(course=course, days=[5])
    response = editor_client.post(
        participants_url(session), {"action": "go_decision", "go-decision": GoDecision.NO_GO}
    )
    assert response.status_code == 200
    assert "Geef een reden op" in response.content.decode()
    session.refresh_from_db()
    assert (session.go_decision, session.status) == (GoDecision.UNDECIDED, SessionStatus.PLANNED)


def test_no_go_cancels_the_session_with_the_reason(editor_client, course):
    session = SessionFactory(course=course, days=[5])
    registration = register(session)
    editor_client.post(
        participants_url(session),
        {"action": "go_decision", "go-decision": GoDecision.NO_GO, "go-reason": "Te weinig aanmeldingen"},
    )
    session.refresh_from_db()
    registration.refresh_from_db()
    assert (session.go_decision, session.status) == (GoDecision.NO_GO, SessionStatus.CANCELLED)
    assert session.cancellation_reason == "Te weinig aanmeldingen"
    assert registration.changes.last().cause == ChangeCause.SESSION_CANCELLED


def test_actions_need_the_csrf_token(editor, full_session):
    session, _confirmed, waiting = full_session
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(participants_url(session), {"action": "promote", "registration": waiting[0].pk})
    assert response.status_code == 403
    waiting[0].refresh_from_db()
    assert waiting[0].status == RegistrationStatus.WAITING
