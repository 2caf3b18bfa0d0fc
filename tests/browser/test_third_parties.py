"""No page, of the site or of the Wagtail admin, makes the browser contact another host.

A request to another host tells that host who looked at what and when: an avatar from Gravatar
would hand it a hash of every editor's e-mail address. Every request the browser makes is
recorded; outside requests are stopped before they leave (the machine running the tests has no
internet anyway) but still recorded.
"""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError

from academy_pages import registration as workflow
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.factories.knowledge_base import KnowledgeArticlePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


class OutsideRequests:
    """Records every request of a browser context to a host other than the live server."""

    def __init__(self, page, live_server):
        self.own_host = urlsplit(live_server.url).netloc
        self.seen = []
        page.context.route("**/*", self.check)

    def check(self, route):
        parts = urlsplit(route.request.url)
        if parts.scheme in ("http", "https") and parts.netloc != self.own_host:
            self.seen.append(route.request.url)
            route.abort()
        else:
            route.continue_()


@pytest.fixture
def content(kb_index, home_page):
    article = KnowledgeArticlePageFactory(parent=kb_index, title="Het Leercafé")
    academy = AcademyIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=academy, title="Presenteren met impact")
    SessionFactory(course=course, capacity=8, days=[14])
    return {"article": article, "course": course}


def test_the_check_notices_a_request_to_another_host(live_server, login_as, employee, home_page):
    page = login_as(employee)
    outside = OutsideRequests(page, live_server)
    page.goto(live_server.url + "/")
    # A link followed to another host (the site's policy already stops scripts fetching one).
    with pytest.raises(PlaywrightError):
        page.goto("https://www.gravatar.com/avatar/0")
    assert outside.seen == ["https://www.gravatar.com/avatar/0"]


def test_employee_pages_contact_no_other_host(live_server, login_as, employee, content):
    workflow.register(content["course"].sessions.first(), employee)
    page = login_as(employee)
    outside = OutsideRequests(page, live_server)
    for path in [
        "/",
        "/kennisbank/",
        content["article"].url,
        "/academie/",
        content["course"].url,
        "/account/",
    ]:
        assert page.goto(live_server.url + path).status == 200, path
    page.goto(live_server.url + "/zoeken/?q=leercafe")
    assert outside.seen == []


def test_admin_pages_contact_no_other_host(live_server, login_as, editor, content):
    page = login_as(editor)
    outside = OutsideRequests(page, live_server)
    for path in [
        "/admin/",
        "/admin/account/",
        f"/admin/pages/{content['article'].pk}/edit/",
        "/admin/users/",
    ]:
        page.goto(live_server.url + path)
    # The sidebar (with the editor's avatar) is drawn by Wagtail's JavaScript.
    page.goto(live_server.url + "/admin/")
    page.locator("#wagtail-sidebar nav").first.wait_for(timeout=10_000)
    page.wait_for_timeout(300)
    assert outside.seen == []
    assert page.locator("img[src*='gravatar']").count() == 0
