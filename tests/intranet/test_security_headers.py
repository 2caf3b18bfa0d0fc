"""Security headers and caching: Content-Security-Policy (site and admin), Permissions-Policy,
Referrer-Policy, Cross-Origin-Opener-Policy and Cache-Control of personal responses.

The policies themselves are checked against a real browser in tests/browser/test_security_headers.py.
"""

import pytest
import wagtail_factories
from django.urls import reverse
from django.utils.cache import get_max_age

from academy_pages import registration as workflow
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory

pytestmark = pytest.mark.django_db

VIDEO_ORIGINS = {"https://www.youtube.com", "https://player.vimeo.com"}


def csp(response):
    """The Content-Security-Policy header as {directive: set of sources}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = set(sources)
    return policy


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


# --- Content-Security-Policy ---------------------------------------------------------------


def test_site_pages_get_the_strict_policy(employee_client, article):
    for url in ["/", article.url, "/zoeken/?q=leercafe", "/account/"]:
        response = employee_client.get(url)
        assert response.status_code == 200, url
        assert csp(response) == {
            "default-src": {"'self'"},
            "script-src": {"'self'"},
            "style-src": {"'self'"},
            "img-src": {"'self'", "data:"},
            "frame-src": VIDEO_ORIGINS,
            "object-src": {"'none'"},
            "base-uri": {"'self'"},
            "form-action": {"'self'"},
            "frame-ancestors": {"'self'"},
        }, url


def test_the_login_page_gets_the_strict_policy_too(client):
    response = client.get("/account/inloggen/")
    assert response.status_code == 200
    assert csp(response)["script-src"] == {"'self'"}


def test_admin_pages_get_the_admin_policy(editor_client, article):
    for url in ["/admin/", f"/admin/pages/{article.pk}/edit/"]:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        policy = csp(response)
        assert policy["script-src"] == {"'self'", "'unsafe-inline'"}, url
        assert policy["style-src"] == {"'self'", "'unsafe-inline'"}, url
        assert policy["img-src"] == {"'self'", "data:", "blob:"}, url
        assert policy["frame-src"] == {"'self'"} | VIDEO_ORIGINS, url
        assert policy["default-src"] == {"'self'"}, url
        assert policy["object-src"] == {"'none'"}, url
        assert policy["frame-ancestors"] == {"'self'"}, url
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_the_site_policy_does_not_leak_the_admin_allowances(employee_client, home_page):
    # A front-end path that merely starts like the admin's is not the admin.
    response = employee_client.get("/administratie-bestaat-niet/")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_documents_keep_wagtails_own_policy(employee_client):
    document = wagtail_factories.DocumentFactory()
    response = employee_client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


# --- Permissions-Policy, Referrer-Policy, Cross-Origin-Opener-Policy ------------------------


def permissions(response):
    return dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))


@pytest.mark.parametrize("url", ["/", "/account/inloggen/", "/static/css/intranet.css"])
def test_every_response_carries_permissions_referrer_and_opener_policies(client, employee, home_page, url):
    client.force_login(employee)
    if url == "/account/inloggen/":
        client.logout()
    response = client.get(url)
    assert response.status_code == 200
    features = permissions(response)
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "display-capture", "serial"):
        assert features[feature] == "()", feature
    assert features["fullscreen"] == '(self "https://www.youtube.com" "https://player.vimeo.com")'
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


# --- Cache-Control ---------------------------------------------------------------------------


def test_html_pages_behind_the_login_are_private_and_not_stored(employee_client, article):
    for url in ["/", article.url, "/zoeken/?q=leercafe", "/account/"]:
        response = employee_client.get(url)
        assert response.status_code == 200, url
        assert {"private", "no-store"} <= cache_control(response), url


def test_search_suggestions_json_is_private(employee_client, article):
    response = employee_client.get(reverse("search:autocomplete"), {"q": "leer"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert cache_control(response) == {"private", "no-store"}


def test_calendar_file_of_a_registration_is_private(client, employee, home_page):
    course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=home_page))
    registration = workflow.register(SessionFactory(course=course), employee).registration
    client.force_login(employee)
    response = client.get(reverse("academy_ics", args=[registration.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert cache_control(response) == {"private", "no-store"}


def test_admin_pages_and_exports_are_private(editor_client, home_page):
    AcademyIndexPageFactory(parent=home_page)
    for url in ["/admin/", "/admin/academie/stand-van-zaken/?export=csv"]:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        assert {"private", "no-store"} <= cache_control(response), url


def test_documents_are_private_and_not_stored(employee_client):
    document = wagtail_factories.DocumentFactory()
    response = employee_client.get(document.url)
    assert response.status_code == 200
    assert cache_control(response) == {"private", "no-store"}


def test_images_keep_their_deliberate_private_caching(employee_client):
    image = wagtail_factories.ImageFactory()
    rendition = image.get_rendition("width-100")
    response = employee_client.get(rendition.url)
    assert response.status_code == 200
    assert cache_control(response) == {"private", "max-age=3600"}


def test_static_files_keep_their_public_caching_for_logged_in_users(employee_client):
    response = employee_client.get("/static/css/intranet.css")
    assert response.status_code == 200
    controls = cache_control(response)
    assert "private" not in controls
    assert "no-store" not in controls
    assert "public" in controls
    assert get_max_age(response) > 0


def test_responses_to_anonymous_visitors_are_left_alone(client):
    # Nothing personal: the middleware only marks responses to a logged-in user.
    response = client.get("/health/")
    assert response.status_code == 200
    assert "Cache-Control" not in response
