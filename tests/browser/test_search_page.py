"""The search results page in a real browser: on a phone the first result is in view and the
filters are folded away; on a wide screen the filters stand beside the results; no WCAG
violations, with results and without."""

import os

import pytest
from django.utils import timezone

from search.models import QueryStatistic
from tests.browser.test_accessibility import assert_no_wcag_violations
from tests.factories.knowledge_base import TopicFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Set to a folder to keep screenshots of each page and width for a look by eye.
SCREENSHOT_DIR = os.environ.get("SCREENSHOT_DIR")

BODY = [
    {"type": "heading", "value": {"text": "Drie minuten oefenen", "level": "h2"}},
    {"type": "callout", "value": {"kind": "info", "text": "<p>In de eerste trainingen oefen je samen.</p>"}},
]


@pytest.fixture
def trainings(make_article):
    topics = [
        TopicFactory(name=name) for name in ["Academie", "Lean", "Leercafé", "Verlof", "HR", "Welzijn", "ICT"]
    ]
    for number in range(12):
        make_article(
            f"Trainingen deel {number}",
            f"Alles over de trainingen van de Academie, deel {number}.",
            topics=topics[number % len(topics) : number % len(topics) + 2],
            body=BODY,
        )
    for query in ["trainingen", "leercafé", "verlof aanvragen"]:
        QueryStatistic.objects.create(query=query, date=timezone.localdate(), searches=8)


def shot(page, name, width):
    if SCREENSHOT_DIR:
        page.screenshot(path=f"{SCREENSHOT_DIR}/search-{name}-{width}.png", full_page=True)


def test_on_a_phone_the_first_result_is_in_view_and_the_filters_folded(
    live_server, login_as, employee, trainings
):
    page = login_as(employee, viewport={"width": 375, "height": 800})
    page.goto(live_server.url + "/zoeken/?q=trainingen")

    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    first = page.locator(".search-result").first.bounding_box()
    assert first["y"] < 700
    filters = page.locator("details.search-filters")
    assert filters.get_attribute("open") is None
    shot(page, "results-folded", 375)
    filters.locator("summary.search-filters__summary").focus()
    page.keyboard.press("Enter")
    assert filters.get_attribute("open") is not None
    assert filters.get_by_role("link", name="Kennisbankartikel").is_visible()
    shot(page, "results-filters-open", 375)
    assert_no_wcag_violations(page)


def test_on_a_wide_screen_the_filters_stand_beside_the_results(live_server, login_as, employee, trainings):
    page = login_as(employee, viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/zoeken/?q=trainingen")

    results = page.locator(".search-layout__main").bounding_box()
    filters = page.locator("details.search-filters").bounding_box()
    assert filters["x"] >= results["x"] + results["width"]
    assert abs(filters["y"] - results["y"]) < 40
    assert page.locator("details.search-filters").get_attribute("open") is not None
    first = page.locator(".search-result").first.bounding_box()
    assert first["y"] < 600
    shot(page, "results", 1280)
    assert_no_wcag_violations(page)


@pytest.mark.parametrize("width", [375, 1280])
def test_an_empty_result_offers_a_way_on(live_server, login_as, employee, trainings, width):
    page = login_as(employee, viewport={"width": width, "height": 900})
    page.goto(live_server.url + "/zoeken/?q=qwertyuiop")

    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert page.get_by_role("heading", name="Onderwerpen in de kennisbank").is_visible()
    assert page.get_by_role("link", name="Academie").is_visible()
    shot(page, "empty", width)
    assert_no_wcag_violations(page)
