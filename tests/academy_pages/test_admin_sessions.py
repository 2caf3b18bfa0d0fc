"""The sessions ("Uitvoeringen") screens: list, filters, the minimum flag and the edit form."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from academy_pages.admin import viewsets
from academy_pages.models import Session, SessionDay, SessionStatus
from tests.academy_pages.mailing import invite
from tests.factories.academy import (
    CoursePageFactory,
    EventPageFactory,
    EventSlotFactory,
    SessionFactory,
    TrainingProviderFactory,
    register,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/academy/sessions/"
# Only the table, without the filter form (whose course choices would match any title).
RESULTS_URL = "/admin/academy/sessions/results/"
ADD_URL = "/admin/academy/sessions/new/"


def day(offset, start="09:00", end="12:30"):
    return {
        "date": (timezone.localdate() + datetime.timedelta(days=offset)).isoformat(),
        "start_time": start,
        "end_time": end,
    }


def session_form(course=None, event=None, slot=None, days=None, **fields):
    data = {
        "course": course.pk if course else "",
        "event": event.pk if event else "",
        "slot": slot.pk if slot else "",
        "title": "",
        "format": "fysiek",
        "location": "Gemeentehuis Geldermalsen",
        "online_url": "",
        "trainer": "Anne de Vries",
        "capacity": "12",
        "registration_deadline": "",
        "days": inline_formset(days if days is not None else [day(20)]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_list_shows_numbers_per_session(editor_client, course):
    session = SessionFactory(course=course, capacity=2, days=[30, 31])
    for _ in range(3):
        register(session)
    html = editor_client.get(RESULTS_URL).content.decode()
    # Two days must not double the counts: 2 confirmed, 1 waiting.
    row = html[html.index(course.title) :]
    cells = [cell.split(">")[-1].strip() for cell in row[: row.index("</tr>")].split("</td>")]
    # capacity, registered, waiting list, status
    assert cells[3:7] == ["2", "2", "1", "Gepland"]


def test_list_flags_sessions_under_their_minimum(editor_client, academy):
    course = CoursePageFactory(parent=academy, title="Presenteren met impact", min_participants=4)
    SessionFactory(course=course, days=[5])
    html = editor_client.get(LIST_URL).content.decode()
    assert "4 · onder minimum: besluit go / no go" in html


def test_list_shows_the_minimum_of_every_course_session(editor_client, academy):
    course = CoursePageFactory(parent=academy, title="Timemanagement", min_participants=6)
    session = SessionFactory(course=course, days=[60])
    for _ in range(6):
        register(session)
    html = editor_client.get(RESULTS_URL).content.decode()
    row = html[html.index("Timemanagement") :]
    cells = [cell.split(">")[-1].strip() for cell in row[: row.index("</tr>")].split("</td>")]
    assert cells[7] == "6"


def test_list_shows_the_first_day_as_a_date_and_time(editor_client, course):
    session = SessionFactory(course=course, days=[30])
    html = editor_client.get(RESULTS_URL).content.decode()
    first = session.first_day
    assert f"{first.day} " in html
    assert f"{first.year}, 09:00" in html
    assert "Zojuist" not in html


def test_list_opens_on_upcoming_sessions_soonest_first_then_past_ones(editor_client, academy):
    for title, offset in [("Verleden", -5), ("Ver weg", 90), ("Binnenkort", 3), ("Lang geleden", -100)]:
        SessionFactory(course=CoursePageFactory(parent=academy, title=title), days=[offset])
    html = editor_client.get(RESULTS_URL).content.decode()
    positions = [html.index(f"{title} (") for title in ("Binnenkort", "Ver weg", "Verleden", "Lang geleden")]
    assert positions == sorted(positions)


def test_the_participant_list_is_one_click_from_the_list(editor_client, course):
    session = SessionFactory(course=course)
    html = editor_client.get(RESULTS_URL).content.decode()
    assert f'href="/admin/academy/sessions/{session.pk}/participants/">Deelnemerslijst</a>' in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("when=upcoming", "Toekomst", "Verleden"),
        ("when=past", "Verleden", "Toekomst"),
        ("status=cancelled", "Afgelast", "Toekomst"),
    ],
)
def test_list_filters(editor_client, academy, editor, query, shown, hidden):
    SessionFactory(course=CoursePageFactory(parent=academy, title="Toekomst"), days=[10])
    SessionFactory(course=CoursePageFactory(parent=academy, title="Verleden"), days=[-10])
    cancelled = SessionFactory(course=CoursePageFactory(parent=academy, title="Afgelast"), days=[12])
    Session.objects.filter(pk=cancelled.pk).update(status=SessionStatus.CANCELLED)

    html = editor_client.get(f"{RESULTS_URL}?{query}").content.decode()

    assert shown in html
    assert hidden not in html


def test_list_filters_by_provider_and_course(editor_client, academy):
    ours = TrainingProviderFactory(name="Bureau Oost")
    course = CoursePageFactory(parent=academy, title="Timemanagement", provider=ours)
    SessionFactory(course=course)
    SessionFactory(course=CoursePageFactory(parent=academy, title="Omgaan met conflicten"))

    by_provider = editor_client.get(f"{RESULTS_URL}?provider={ours.pk}").content.decode()
    by_course = editor_client.get(f"{RESULTS_URL}?course={course.pk}").content.decode()

    for html in (by_provider, by_course):
        assert "Timemanagement" in html
        assert "Omgaan met conflicten" not in html


def test_list_makes_the_same_number_of_queries_for_10_and_100_sessions(editor_client, course):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(LIST_URL).status_code == 200
        return len(queries)

    for _ in range(10):
        register(SessionFactory(course=course))
    count_queries()  # warms the per-process caches (content types, site settings)
    ten = count_queries()
    for _ in range(90):
        SessionFactory(course=course)
    assert count_queries() == ten


def test_create_a_session_with_two_days(editor_client, course):
    response = editor_client.post(
        ADD_URL, session_form(course=course, days=[day(20), day(21, "13:00", "16:30")])
    )
    assert response.status_code == 302
    session = Session.objects.get()
    assert [(d.date, d.start_time) for d in session.sorted_days] == [
        (timezone.localdate() + datetime.timedelta(days=20), datetime.time(9)),
        (timezone.localdate() + datetime.timedelta(days=21), datetime.time(13)),
    ]


@pytest.mark.parametrize(
    ("make_form", "message"),
    [
        (lambda c, e, s: session_form(days=[]), "Voeg minstens één dag toe aan de uitvoering."),
        (
            lambda c, e, s: session_form(course=c, days=[day(21), day(20)]),
            "Zet de dagen op volgorde van datum",
        ),
        (lambda c, e, s: session_form(course=c, days=[day(20), day(20)]), "Elke dag van een uitvoering"),
        (
            lambda c, e, s: session_form(course=c, days=[day(20, "13:00", "09:00")]),
            "ligt de eindtijd niet na",
        ),
        (lambda c, e, s: session_form(course=c, capacity="0"), "minstens één deelnemer"),
        (lambda c, e, s: session_form(), "Kies de training (of het evenement)"),
        (lambda c, e, s: session_form(course=c, event=e, slot=s, title="X"), "niet allebei"),
        (lambda c, e, s: session_form(event=e, slot=s), "Geef de workshop een titel."),
        (lambda c, e, s: session_form(course=c, slot=s), "alleen voor een workshop van een evenement"),
        (
            lambda c, e, s: session_form(
                course=c,
                registration_deadline=(timezone.now() + datetime.timedelta(days=30)).strftime(
                    "%Y-%m-%d %H:%M"
                ),
            ),
            "vóór het begin van de eerste dag",
        ),
    ],
    ids=[
        "no-days",
        "days-out-of-order",
        "same-date",
        "end-before-start",
        "capacity",
        "neither",
        "both",
        "workshop-title",
        "slot-without-event",
        "deadline",
    ],
)
def test_invalid_session_gets_a_dutch_message_and_saves_nothing(
    editor_client, academy, course, make_form, message
):
    event = EventPageFactory(parent=academy)
    slot = EventSlotFactory(event=event)
    response = editor_client.post(ADD_URL, make_form(course, event, slot))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Session.objects.exists()
    assert not SessionDay.objects.exists()


def test_slot_of_another_event_is_refused(editor_client, academy):
    event = EventPageFactory(parent=academy)
    other = EventPageFactory(parent=academy, title="NetWerkdag", slug="netwerkdag")
    response = editor_client.post(
        ADD_URL, session_form(event=event, slot=EventSlotFactory(event=other), title="Scrummen voor dummies")
    )
    assert "Dit tijdslot hoort bij een ander evenement." in response.content.decode()
    assert not Session.objects.exists()


def test_workshop_of_an_event_can_be_created(editor_client, academy):
    event = EventPageFactory(parent=academy)
    slot = EventSlotFactory(event=event)
    response = editor_client.post(ADD_URL, session_form(event=event, slot=slot, title="De Zes Denkhoeden"))
    assert response.status_code == 302
    assert Session.objects.get().slot == slot


def edit_form(session, **changes):
    days = [
        {
            "id": d.pk,
            "date": d.date.isoformat(),
            "start_time": d.start_time.strftime("%H:%M"),
            "end_time": d.end_time.strftime("%H:%M"),
        }
        for d in session.sorted_days
    ]
    fields = {
        "location": session.location,
        "trainer": session.trainer,
        "capacity": str(session.capacity),
    }
    fields.update(changes.pop("fields", {}))
    data = session_form(course=session.course, days=changes.pop("days", days), **fields)
    data["days-INITIAL_FORMS"] = str(len(session.sorted_days))
    return data


def test_editing_the_schedule_saves_it(editor_client, course):
    session = SessionFactory(course=course, days=[20])
    new_date = timezone.localdate() + datetime.timedelta(days=25)
    day_pk = session.sorted_days[0].pk

    response = editor_client.post(
        f"/admin/academy/sessions/edit/{session.pk}/",
        edit_form(
            session,
            days=[{"id": day_pk, "date": new_date.isoformat(), "start_time": "10:00", "end_time": "12:00"}],
            fields={"location": "Raadhuis Tricht"},
        ),
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.location == "Raadhuis Tricht"
    assert list(session.days.values_list("date", flat=True)) == [new_date]


def test_schedule_change_detection_sees_days_location_and_link(course):
    session = SessionFactory(course=course, days=[20])
    before = viewsets.schedule_of(session.pk)
    assert viewsets.schedule_of(session.pk) == before
    Session.objects.filter(pk=session.pk).update(online_url="https://teams.example/abc")
    assert viewsets.schedule_of(session.pk) != before
    before = viewsets.schedule_of(session.pk)
    SessionDay.objects.filter(session=session).update(start_time=datetime.time(10))
    assert viewsets.schedule_of(session.pk) != before


@pytest.mark.parametrize(
    ("changes", "told"),
    [
        ({"fields": {"location": "Raadhuis Tricht"}}, True),
        ({"fields": {"online_url": "https://teams.example/sessie"}}, True),
        ({"fields": {"trainer": "Bas Jansen"}}, False),
    ],
    ids=["location", "online-link", "trainer-only"],
)
def test_participants_are_told_when_the_schedule_changes(
    editor_client, course, mailoutbox, django_capture_on_commit_callbacks, changes, told
):
    session = SessionFactory(course=course, days=[20])
    participant = register(session)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/academy/sessions/edit/{session.pk}/", edit_form(session, **changes)
        )

    assert response.status_code == 302
    told_mails = [mail for mail in mailoutbox if participant.email in mail.to]
    if told:
        (mail,) = told_mails
        (event,) = invite(mail).walk("VEVENT")
        assert int(event["SEQUENCE"]) == 1
    else:
        assert told_mails == []
