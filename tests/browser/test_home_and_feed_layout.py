"""The home page and the feed in a real browser: no sideways scrolling on a phone, the teaser
grid beside "My Academy" on a wide screen, and no WCAG violations."""

import datetime
import os

import pytest
from django.utils import timezone
from wagtail_factories import ImageFactory

from tests.browser.test_accessibility import assert_no_wcag_violations
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory, register
from tests.factories.knowledge_base import KnowledgeArticlePageFactory
from tests.factories.teasers import CampaignFactory, TeaserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Set to a folder to keep screenshots of each page and width for a look by eye.
SCREENSHOT_DIR = os.environ.get("SCREENSHOT_DIR")


@pytest.fixture
def content(home_page, kb_index, employee):
    image = ImageFactory(title="Training")
    now = timezone.now()
    for number, campaign in enumerate(["Academie", "Leercafé", "Procesverbetering"] * 3):
        TeaserFactory(
            title=f"Een teaser met een wat langere titel, nummer {number}",
            text="Leer in twee dagdelen presenteren zonder zenuwen, met een trainer die je verder helpt.",
            campaign=CampaignFactory(name=campaign),
            image=image if number % 2 == 0 else None,
            image_alt="Collega's in een training",
            pinned=number == 4,
            cta_label="Schrijf je in",
            display_from=now - datetime.timedelta(hours=number + 1),
        )
    course = CoursePageFactory(
        parent=AcademyIndexPageFactory(parent=home_page), title="Presenteren met impact"
    )
    register(SessionFactory(course=course, days=[3]), employee)
    KnowledgeArticlePageFactory(parent=kb_index, title="Verlof aanvragen in Youforce")


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", ["/", "/feed/"], ids=["home", "feed"])
def test_home_and_feed_fit_the_screen_and_meet_wcag(live_server, login_as, employee, content, path, width):
    page = login_as(employee, viewport={"width": width, "height": 900})
    page.goto(live_server.url + path)

    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert page.locator("article.teaser-card").count() >= 6
    if SCREENSHOT_DIR:
        name = path.strip("/") or "home"
        page.screenshot(path=f"{SCREENSHOT_DIR}/{name}-{width}.png", full_page=True)
    assert_no_wcag_violations(page)


def test_on_a_wide_screen_my_academy_stands_beside_the_teasers(live_server, login_as, employee, content):
    page = login_as(employee, viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/")

    teasers = page.locator(".home-layout__main").bounding_box()
    academy = page.locator(".home-academy").bounding_box()
    assert academy["x"] > teasers["x"] + teasers["width"] - 1
    assert abs(academy["y"] - teasers["y"]) < 80


def test_on_a_phone_the_columns_stack(live_server, login_as, employee, content):
    page = login_as(employee, viewport={"width": 375, "height": 800})
    page.goto(live_server.url + "/")

    teasers = page.locator(".home-layout__main").bounding_box()
    academy = page.locator(".home-academy").bounding_box()
    assert academy["y"] > teasers["y"] + teasers["height"] - 1


@pytest.mark.parametrize("width", [375, 1280])
def test_on_a_phone_teasers_after_the_third_show_only_title_and_button(
    live_server, login_as, employee, content, width
):
    page = login_as(employee, viewport={"width": width, "height": 800})
    page.goto(live_server.url + "/")

    texts = page.locator(".home-layout__main .teaser-card__text")
    shown = [texts.nth(index).is_visible() for index in range(texts.count())]
    assert len(shown) == 6
    assert shown == ([True] * 3 + [False] * 3 if width == 375 else [True] * 6)
    assert page.locator(".home-layout__main .teaser-card__title").nth(5).is_visible()


def test_the_planning_in_the_admin(live_server, login_as, editor, content):
    page = login_as(editor, viewport={"width": 1280, "height": 900})
    response = page.goto(live_server.url + "/admin/teasers/planning/?weergave=maand")

    assert response.status == 200
    assert page.locator(".planning-week").count() >= 4
    if SCREENSHOT_DIR:
        page.screenshot(path=f"{SCREENSHOT_DIR}/planning-1280.png", full_page=True)
