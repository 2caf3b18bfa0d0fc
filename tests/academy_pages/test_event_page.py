"""An event day (Leercafé): the programme of rounds with parallel workshops, one pick per round."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import Registration, RegistrationStatus
from tests.factories.academy import EventPageFactory, EventSlotFactory, SessionFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(academy):
    return EventPageFactory(parent=academy)


def slot_at(event, title, hour):
    start = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=20), datetime.time(hour))
    )
    return EventSlotFactory(event=event, title=title, start=start, end=start + datetime.timedelta(hours=1))


def workshop(event, slot, title, capacity=10):
    return SessionFactory(course=None, event=event, slot=slot, title=title, capacity=capacity, days=[20])


def choose_url(event, session):
    return event.url + event.reverse_subpage("choose", args=[session.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_programme_shows_rounds_with_parallel_workshops_and_places_left(employee_client, event):
    first = slot_at(event, "Ronde 1", 13)
    second = slot_at(event, "Ronde 2", 15)
    ambtelijk = workshop(event, first, "Ambtelijk vakmanschap", capacity=12)
    workshop(event, first, "De Zes Denkhoeden")
    workshop(event, second, "Werken met de Omgevingswet")
    user = UserFactory()
    workflow.register(ambtelijk, user)

    response = employee_client.get(event.url)

    slots = response.context["slots"]
    assert [slot.title for slot in slots] == ["Ronde 1", "Ronde 2"]
    assert [w.display_title for w in slots[0].workshop_list] == ["Ambtelijk vakmanschap", "De Zes Denkhoeden"]
    assert slots[0].workshop_list[0].places_left == 11
    assert "Nog 11 plaatsen" in response.content.decode()


def test_employee_picks_a_workshop_and_sees_the_choice(employee_client, employee, event):
    slot = slot_at(event, "Ronde 1", 13)
    chosen = workshop(event, slot, "Ambtelijk vakmanschap")

    response = employee_client.post(choose_url(event, chosen), follow=True)

    registration = Registration.objects.get(user=employee)
    assert registration.session == chosen and registration.status == RegistrationStatus.CONFIRMED
    assert registration.email == employee.email
    assert [r.session for r in response.context["my_choices"]] == [chosen]
    assert any("ingeschreven" in message for message in messages_of(response))
    assert response.redirect_chain[-1][0].endswith("#meldingen")


def test_a_second_workshop_in_the_same_round_is_refused_with_a_dutch_message(
    employee_client, employee, event
):
    slot = slot_at(event, "Ronde 1", 13)
    first = workshop(event, slot, "Ambtelijk vakmanschap")
    second = workshop(event, slot, "De Zes Denkhoeden")
    employee_client.post(choose_url(event, first))

    response = employee_client.post(choose_url(event, second), follow=True)

    assert list(Registration.objects.filter(user=employee).values_list("session", flat=True)) == [first.pk]
    assert any("al een workshop gekozen in deze ronde" in message for message in messages_of(response))
    assert "Je hebt al een workshop gekozen in deze ronde." in response.content.decode()


def test_one_workshop_in_each_round_is_fine(employee_client, employee, event):
    first = workshop(event, slot_at(event, "Ronde 1", 13), "Ambtelijk vakmanschap")
    second = workshop(event, slot_at(event, "Ronde 2", 15), "Werken met de Omgevingswet")

    employee_client.post(choose_url(event, first))
    employee_client.post(choose_url(event, second))

    assert Registration.objects.filter(user=employee, status=RegistrationStatus.CONFIRMED).count() == 2


def test_full_workshop_puts_the_employee_on_its_waiting_list(employee_client, employee, event):
    full = workshop(event, slot_at(event, "Ronde 1", 13), "Populaire workshop", capacity=1)
    user = UserFactory()
    workflow.register(full, user)

    employee_client.post(choose_url(event, full))

    assert Registration.objects.get(user=employee).status == RegistrationStatus.WAITING


def test_choosing_needs_post_and_a_workshop_of_this_event(employee_client, academy, event):
    slot = slot_at(event, "Ronde 1", 13)
    own = workshop(event, slot, "Hier")
    other_event = EventPageFactory(parent=academy, title="NetWerkdag", slug="netwerkdag")
    elsewhere = workshop(other_event, slot_at(other_event, "Ronde 1", 13), "Daar")

    assert employee_client.get(choose_url(event, own)).status_code == 302
    assert employee_client.post(choose_url(event, elsewhere)).status_code == 404
    assert not Registration.objects.exists()


def test_event_page_makes_the_same_number_of_queries_for_few_and_many_workshops(employee_client, event):
    def add(rounds):
        for index in range(rounds):
            slot = slot_at(event, f"Ronde {index}", 8 + index % 10)
            for number in range(3):
                session = workshop(event, slot, f"Workshop {index}.{number}")
                user = UserFactory()
                workflow.register(session, user)

    add(1)
    employee_client.get(event.url)
    with CaptureQueriesContext(connection) as few:
        employee_client.get(event.url)
    add(5)
    with CaptureQueriesContext(connection) as many:
        response = employee_client.get(event.url)

    assert len(response.context["slots"]) == 6
    assert len(few) == len(many)


def test_account_without_email_gets_a_message_instead_of_a_registration(client, event):
    user = UserFactory(email="")
    client.force_login(user)
    chosen = workshop(event, slot_at(event, "Ronde 1", 13), "Ambtelijk vakmanschap")

    response = client.post(choose_url(event, chosen), follow=True)

    assert not Registration.objects.exists()
    assert any("geen e-mailadres" in message for message in messages_of(response))


def test_each_workshop_shows_its_line_under_the_title(employee_client, event):
    slot = slot_at(event, "Ronde 1", 13)
    session = workshop(event, slot, "Mindfulness")
    session.description = "Oefeningen om met aandacht te werken."
    session.save()

    html = employee_client.get(event.url).content.decode()

    panel = html[html.index(f'id="workshop-{session.pk}"') :]
    line = panel.index("Oefeningen om met aandacht te werken.")
    assert panel.index("Mindfulness") < line < panel.index("<dl")
