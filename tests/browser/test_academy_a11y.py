"""The Academy's pages in a real browser: WCAG checks with axe-core and a registration by keyboard."""

import datetime
import os
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from academy_pages import registration as workflow
from academy_pages.models import CourseQuestion, Registration, RegistrationStatus
from tests.browser.test_accessibility import assert_no_wcag_violations
from tests.factories.academy import (
    AcademyIndexPageFactory,
    CoursePageFactory,
    EventPageFactory,
    EventSlotFactory,
    SessionFactory,
)
from tests.factories.people import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Set ACADEMY_SCREENSHOTS=/some/dir to keep full-page screenshots for a visual check.
SCREENSHOTS = os.environ.get("ACADEMY_SCREENSHOTS")


def screenshot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{name}.png"), full_page=True)


@pytest.fixture
def academy(home_page):
    return AcademyIndexPageFactory(
        parent=home_page, intro="<p>Het eigen opleidingsaanbod van de gemeente.</p>"
    )


@pytest.fixture
def course(academy):
    course = CoursePageFactory(
        parent=academy,
        title="Presenteren met impact",
        learning_goals="<ul><li>Je bouwt een verhaal op.</li><li>Je spreekt met overtuiging.</li></ul>",
        audience="Alle medewerkers",
        duration="2 dagdelen",
        default_location="Gemeentehuis Geldermalsen",
        costs=Decimal("395.00"),
    )
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="multiline", required=True)
    CourseQuestion.objects.create(
        page=course,
        label="Dieetwensen",
        field_type="dropdown",
        choices="Geen\nVegetarisch\nHalal",
        required=False,
    )
    SessionFactory(course=course, capacity=8, days=[14, 21])
    full = SessionFactory(course=course, capacity=1, days=[35])
    other = UserFactory()
    workflow.register(full, other)
    return course


def test_catalogue_meets_wcag(live_server, login_as, employee, course, academy):
    page = login_as(employee)
    page.goto(live_server.url + academy.url)
    assert page.get_by_role("heading", level=1).inner_text() == "West Betuwe Academie"
    screenshot(page, "catalogue")
    assert_no_wcag_violations(page)
    page.get_by_label("Vorm").select_option("online")
    page.get_by_role("button", name="Toon trainingen").click()
    assert "vorm=online" in page.url
    screenshot(page, "catalogue-filtered")
    assert_no_wcag_violations(page)


def test_course_page_meets_wcag_and_registers_with_the_keyboard_form(live_server, login_as, employee, course):
    page = login_as(employee)
    page.goto(live_server.url + course.url)
    assert page.get_by_role("heading", level=1).inner_text() == "Presenteren met impact"
    screenshot(page, "course")
    assert_no_wcag_violations(page)

    # Submitting without the required motivation shows the error at the field, accessibly.
    form = page.locator("form", has=page.get_by_role("button", name="Inschrijven")).first
    form.get_by_role("button", name="Inschrijven").click()
    assert page.get_by_role("alert").first.is_visible()
    screenshot(page, "course-error")
    assert_no_wcag_violations(page)

    form = page.locator("form", has=page.get_by_role("button", name="Inschrijven")).first
    form.get_by_label("Motivatie").fill("Ik wil beter presenteren in de raad.")
    form.get_by_role("button", name="Inschrijven").click()
    assert page.get_by_text("Je bent ingeschreven").is_visible()
    assert Registration.objects.get(user=employee).status == RegistrationStatus.CONFIRMED
    screenshot(page, "course-registered")
    assert_no_wcag_violations(page)


def test_my_registrations_meets_wcag(live_server, login_as, employee, course):
    # Two sessions of one course on the page: the course is set to allow that.
    course.allow_multiple_registrations = True
    course.save()
    for session in course.sessions.all():
        workflow.register(session, employee)
    page = login_as(employee)
    page.goto(live_server.url + "/academie/mijn-inschrijvingen/")
    assert page.get_by_role("heading", level=1).inner_text() == "Mijn inschrijvingen"
    screenshot(page, "my-registrations")
    assert_no_wcag_violations(page)


def test_event_page_meets_wcag(live_server, login_as, employee, academy):
    event = EventPageFactory(parent=academy, location="Sporthal De Helling")
    start = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=20), datetime.time(13))
    )
    slot = EventSlotFactory(event=event, start=start, end=start + datetime.timedelta(hours=1))
    for title in ("Ambtelijk vakmanschap", "De Zes Denkhoeden"):
        SessionFactory(course=None, event=event, slot=slot, title=title, capacity=15, days=[20])
    page = login_as(employee)
    page.goto(live_server.url + event.url)
    page.get_by_role("button", name=re.compile("Kies deze workshop.*De Zes Denkhoeden")).click()
    assert page.get_by_text("Je bent ingeschreven").is_visible()
    screenshot(page, "event")
    assert_no_wcag_violations(page)
