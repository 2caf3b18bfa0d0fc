"""A real Chromium, driven by Playwright, against pytest-django's live server.

CI installs Debian's chromium package; without it these tests skip with a clear message.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
SILENT_EDITING_SESSION_RELEASE = """
const sendBeacon = navigator.sendBeacon.bind(navigator);
navigator.sendBeacon = (url, data) =>
    String(url).includes("/editing-sessions/release/") || sendBeacon(url, data);
"""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"Chromium not found at {CHROMIUM}: apt-get install chromium to run these")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="module", autouse=True)
def _orm_next_to_playwright():
    # Playwright's sync API keeps an event loop running in this thread; the test's own ORM
    # calls (database set-up, factories, force_login) are still synchronous and safe.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="module")
def browser(django_db_setup, django_db_blocker):
    # Module scope: the event loop stops before tests of other modules run.
    from playwright.sync_api import sync_playwright

    # Django keeps database connections per context, and the running event loop is a new
    # context: hand its fresh connections the snapshot that serialized_rollback restores.
    snapshots = {
        alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections
    }
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias]._test_serialized_contents = snapshot
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    # Transactional tests end by emptying the tables; put the migrated data (groups, home page)
    # back so a later run with --reuse-db finds the database as migrations left it.
    with django_db_blocker.unblock():
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias].creation.deserialize_db_from_string(snapshot)


@pytest.fixture
def anonymous_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def login_as(browser, live_server, client):
    """Open a browser context that carries the session of a user logged in with force_login."""
    contexts = []

    def _login_as(user, viewport=None):
        client.force_login(user)
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, locale="nl-NL")
        context.add_cookies(
            [
                {
                    "name": settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        # Leaving a page editor tells the server the editing session is over, with
        # navigator.sendBeacon (which Playwright's routing does not see). When the context closes
        # after a test, that request would reach the live server while the test database is
        # being flushed; no test is about it, so the page never sends it.
        context.add_init_script(SILENT_EDITING_SESSION_RELEASE)
        contexts.append(context)
        return context.new_page()

    yield _login_as
    for context in contexts:
        context.close()
