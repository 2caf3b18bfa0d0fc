"""WCAG 2.1 A/AA checks with axe-core in a real browser, plus keyboard and small-screen checks."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def assert_no_wcag_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in results.response["violations"]
    ]
    assert violations == [], f"axe found WCAG violations on {page.url}:\n" + "\n".join(violations)


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/account/inloggen/", "Inloggen"), ("/account/wachtwoord-vergeten/", "Wachtwoord vergeten?")],
    ids=["login", "password-reset"],
)
def test_pages_for_anonymous_visitors_meet_wcag(live_server, anonymous_page, path, heading):
    anonymous_page.goto(live_server.url + path)
    assert anonymous_page.get_by_role("heading", level=1).inner_text() == heading
    assert_no_wcag_violations(anonymous_page)


def test_login_page_with_errors_meets_wcag(live_server, anonymous_page):
    anonymous_page.goto(live_server.url + "/account/inloggen/")
    anonymous_page.get_by_label("Gebruikersnaam").fill("niemand")
    anonymous_page.get_by_label("Wachtwoord").fill("fout")
    anonymous_page.get_by_role("button", name="Inloggen").click()
    assert anonymous_page.get_by_role("alert").is_visible()
    assert_no_wcag_violations(anonymous_page)


@pytest.mark.parametrize(
    "path",
    ["/", "/account/", "/zoeken/?q=leercaf%C3%A9", "/bestaat-niet/"],
    ids=["home", "account", "search", "not-found"],
)
def test_pages_of_a_logged_in_employee_meet_wcag(live_server, login_as, employee, article, path):
    page = login_as(employee)
    page.goto(live_server.url + path)
    assert "inloggen" not in page.url
    assert_no_wcag_violations(page)


def test_knowledge_base_article_meets_wcag(live_server, login_as, employee, article):
    page = login_as(employee)
    response = page.goto(live_server.url + article.url)
    assert response.status == 200
    assert page.get_by_role("heading", level=1).inner_text() == "Het Leercafé"
    assert_no_wcag_violations(page)


def test_skip_link_is_first_focusable_and_moves_focus_to_main(live_server, login_as, employee, home_page):
    page = login_as(employee)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({text: document.activeElement.textContent.trim(),"
        " href: document.activeElement.getAttribute('href')})"
    )
    assert focused == {"text": "Naar de hoofdinhoud", "href": "#main"}
    assert page.locator(".utrecht-skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"


def test_focus_is_visible_on_links(live_server, login_as, employee, home_page):
    page = login_as(employee)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("path", ["/", "/account/", "/zoeken/?q=leren"], ids=["home", "account", "search"])
def test_small_screens_do_not_scroll_sideways(live_server, login_as, employee, kb_index, path, width):
    page = login_as(employee, viewport={"width": width, "height": 800})
    page.goto(live_server.url + path)
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= width


def test_login_page_does_not_scroll_sideways_on_a_phone(live_server, anonymous_page):
    anonymous_page.set_viewport_size({"width": 375, "height": 800})
    anonymous_page.goto(live_server.url + "/account/inloggen/")
    assert anonymous_page.evaluate("() => document.documentElement.scrollWidth") <= 375
