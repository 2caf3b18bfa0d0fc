"""The Content-Security-Policy and Permissions-Policy in a real Chromium: the site and the Wagtail
admin work under them without a single violation.

Every page listens for `securitypolicyviolation` (set up before any script of the page runs) and
the console is read for Chromium's own CSP and Permissions-Policy messages; one of either fails
the test.
"""

import pytest

from academy_pages import registration as workflow
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIOLATION_PREFIX = "csp-violation:"
LISTEN_FOR_VIOLATIONS = f"""
document.addEventListener("securitypolicyviolation", (event) => {{
    console.error("{VIOLATION_PREFIX} " + JSON.stringify({{
        directive: event.effectiveDirective, blocked: event.blockedURI,
        source: event.sourceFile, line: event.lineNumber, sample: event.sample,
    }}));
}});
"""
PROBLEM_MARKERS = (
    VIOLATION_PREFIX,
    "Content Security Policy",
    "Content-Security-Policy",
    "Permissions-Policy",
)


class PolicyWatch:
    """Collects CSP violations and policy errors of every page opened in a browser context."""

    def __init__(self, page):
        self.page = page
        self.problems = []
        page.context.add_init_script(LISTEN_FOR_VIOLATIONS)
        page.on("console", self.on_console)

    def on_console(self, message):
        if any(marker in message.text for marker in PROBLEM_MARKERS):
            self.problems.append(f"{self.page.url}: {message.text}")

    def assert_clean(self):
        # Violations are reported asynchronously: give the last ones a moment to arrive.
        self.page.wait_for_timeout(300)
        assert self.problems == [], "policy violations:\n" + "\n".join(self.problems)


@pytest.fixture
def content(make_article, home_page, reachable_videos):
    article = make_article(
        "Het Leercafé",
        "Elke maand leren collega's van elkaar in het Leercafé.",
        body=[
            {"type": "paragraph", "value": "<p>Zo werkt het Leercafé.</p>"},
            {"type": "video", "value": {"video": "https://www.youtube.com/watch?v=abc", "title": "Uitleg"}},
        ],
    )
    academy = AcademyIndexPageFactory(parent=home_page, intro="<p>Het eigen opleidingsaanbod.</p>")
    course = CoursePageFactory(parent=academy, title="Presenteren met impact")
    SessionFactory(course=course, capacity=8, days=[14])
    return {"article": article, "academy": academy, "course": course}


def test_the_check_notices_a_violation(live_server, login_as, employee, home_page):
    # The watch must be able to fail: an inline script on a site page is reported.
    page = login_as(employee)
    watch = PolicyWatch(page)
    page.goto(live_server.url + "/")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        " document.body.append(s); }"
    )
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.ran") is None
    assert any(VIOLATION_PREFIX in problem and "script-src" in problem for problem in watch.problems)


def test_site_pages_run_under_the_strict_policy(live_server, login_as, editor, content):
    # As an editor, so Wagtail's userbar (its own scripts and styles) is on the pages too.
    page = login_as(editor)
    watch = PolicyWatch(page)

    page.goto(live_server.url + "/")
    assert page.locator("wagtail-userbar").count() == 1

    page.goto(live_server.url + content["article"].url)
    frame = page.locator(".block-video__frame iframe")
    assert frame.get_attribute("src") == "https://www.youtube.com/embed/abc"
    assert frame.bounding_box()["height"] > 100  # the class, not an inline style, sizes the player
    # The player may go fullscreen in its frame; no page may use camera, microphone or location.
    assert page.evaluate(
        "() => document.featurePolicy.allowsFeature('fullscreen', 'https://www.youtube.com')"
    )
    assert not page.evaluate("() => document.featurePolicy.allowsFeature('camera')")
    assert not page.evaluate("() => document.featurePolicy.allowsFeature('geolocation')")

    # The search page's suggestions come from search/autocomplete.js fetching the JSON endpoint.
    page.goto(live_server.url + "/zoeken/?q=leren")
    search_box = page.locator("input[data-autocomplete-url]")
    list_id = search_box.get_attribute("list")
    search_box.fill("")
    search_box.press_sequentially("leercaf", delay=30)
    page.wait_for_function(
        "(id) => document.getElementById(id).options.length > 0", arg=list_id, timeout=5000
    )
    assert page.locator(f"#{list_id} option").first.get_attribute("value") == "Het Leercafé"

    page.goto(live_server.url + content["academy"].url)
    assert page.get_by_role("heading", level=1).inner_text() == content["academy"].title
    page.goto(live_server.url + content["course"].url)
    assert page.get_by_role("heading", level=1).inner_text() == "Presenteren met impact"

    watch.assert_clean()


def test_employee_pages_run_under_the_strict_policy(live_server, login_as, employee, content):
    workflow.register(content["course"].sessions.first(), employee)
    page = login_as(employee)
    watch = PolicyWatch(page)
    for path in ["/", "/account/", "/academie/mijn-inschrijvingen/", content["course"].url]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
    watch.assert_clean()


def test_the_admin_runs_under_its_own_policy(live_server, login_as, editor, content):
    page = login_as(editor)
    watch = PolicyWatch(page)

    response = page.goto(live_server.url + "/admin/")
    assert response.status == 200
    assert page.url.endswith("/admin/")  # the dashboard, not the login form
    # The sidebar is built by Wagtail's JavaScript: it only appears when its scripts may run.
    page.locator("#wagtail-sidebar nav").first.wait_for(timeout=10_000)

    article = content["article"]
    page.goto(live_server.url + f"/admin/pages/{article.pk}/edit/")
    assert page.locator("input[name=title]").input_value() == "Het Leercafé"
    # The preview panel frames the page (same origin) inside the editor.
    page.locator("button[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("iframe.w-preview__iframe").last
    assert preview.get_by_role("heading", level=1).inner_text(timeout=15_000) == "Het Leercafé"

    course = content["course"]
    page.goto(live_server.url + f"/admin/pages/{course.pk}/edit/")  # InlinePanel with inline scripts
    assert page.locator("input[name=title]").input_value() == "Presenteren met impact"

    watch.assert_clean()


def test_the_site_policy_would_break_the_admin(live_server, login_as, editor, content, settings):
    # Why the admin has a policy of its own: under the site's, Wagtail's editor is blocked.
    settings.CONTENT_SECURITY_POLICY_ADMIN = {
        "URL_PREFIX": "/admin/",
        "DIRECTIVES": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
    }
    page = login_as(editor)
    watch = PolicyWatch(page)
    page.goto(live_server.url + f"/admin/pages/{content['course'].pk}/edit/")
    page.wait_for_timeout(500)
    assert any("script-src" in problem for problem in watch.problems)
