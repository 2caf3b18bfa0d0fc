"""A request the intranet cannot read gets a short Dutch 400 page, never a server error.

Clients may declare any charset in their Content-Type. Django decodes form data and the query
string in that charset, and for some charsets it fails while it builds the request, before any
middleware runs; see intranet.handlers and intranet.middleware.UnreadableRequestMiddleware.
"""

from contextlib import contextmanager
from io import BytesIO
from wsgiref.util import setup_testing_defaults

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client, RequestFactory, override_settings
from django.views.defaults import bad_request

from academy_pages.models import Registration
from intranet.handlers import IntranetWSGIHandler, is_safe_charset
from people.models import Team
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, SessionFactory

pytestmark = pytest.mark.django_db

DUTCH_TITLE = "We konden je verzoek niet lezen"
BINARY = bytes(range(256)) * 4
BOUNDARY = "grens"


def multipart(fields, boundary=BOUNDARY):
    """A multipart body with the given (name, raw bytes) fields, the way a client could send it."""
    body = b""
    for name, value in fields:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        body += head.encode() + value + b"\r\n"
    return body + f"--{boundary}--\r\n".encode()


# (Content-Type, body): each declares a charset other than UTF-8.
ODD_BODIES = {
    "urlencoded-utf-16": (
        "application/x-www-form-urlencoded; charset=utf-16",
        "username=ä&password=x".encode("utf-16") + BINARY,
    ),
    "multipart-utf-16": (
        f"multipart/form-data; charset=utf-16; boundary={BOUNDARY}",
        multipart([("username", BINARY), ("password", BINARY), ("file", BINARY)]),
    ),
    # UTF-7 decodes "+2AA-" to a lone surrogate, which no template or database can take.
    "multipart-utf-7": (
        f"multipart/form-data; charset=utf-7; boundary={BOUNDARY}",
        multipart([("username", b"+2AA-"), ("password", b"+2AA-"), ("language", b"+2AA-")]),
    ),
    # A codec that is not a text encoding at all.
    "multipart-base64": (
        f"multipart/form-data; charset=base64; boundary={BOUNDARY}",
        multipart([("username", b"YQ=="), ("password", b"YQ==")]),
    ),
    "urlencoded-unknown": ("application/x-www-form-urlencoded; charset=klingon", b"username=a"),
}


@pytest.fixture
def import_editor(editor):
    editor.user_permissions.add(Permission.objects.get(codename="import_employees"))
    return editor


@pytest.fixture
def course(home_page):
    return CoursePageFactory(parent=AcademyIndexPageFactory(parent=home_page))


def odd_post(client, path, case):
    content_type, body = ODD_BODIES[case]
    return client.generic("POST", path, data=body, content_type=content_type)


def assert_dutch_400(response):
    html = response.content.decode()
    assert response.status_code == 400, html[:500]
    assert DUTCH_TITLE in html
    assert "alleen UTF-8" in html or "niet lezen" in html


@pytest.mark.parametrize("case", ODD_BODIES)
def test_the_login_page_refuses_a_body_in_another_charset(client, employee, case):
    response = odd_post(client, "/account/inloggen/", case)

    assert_dutch_400(response)
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("case", ODD_BODIES)
@pytest.mark.parametrize("path", ["/account/", "/account/taal/", "/account/wachtwoord-vergeten/"])
def test_account_pages_refuse_a_body_in_another_charset(employee_client, employee, path, case):
    password = employee.password

    response = odd_post(employee_client, path, case)

    assert_dutch_400(response)
    employee.refresh_from_db()
    assert employee.password == password
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.parametrize("case", ODD_BODIES)
def test_the_employee_import_refuses_a_body_in_another_charset(client, import_editor, case):
    client.force_login(import_editor)
    teams = Team.objects.count()

    response = odd_post(client, "/admin/people_import/", case)

    assert_dutch_400(response)
    assert Team.objects.count() == teams


@pytest.mark.parametrize("case", ODD_BODIES)
def test_the_course_registration_refuses_a_body_in_another_charset(employee_client, course, case):
    session = SessionFactory(course=course)
    url = course.url + course.reverse_subpage("register", args=[session.pk])

    response = odd_post(employee_client, url, case)

    assert_dutch_400(response)
    assert not Registration.objects.exists()


def test_a_charset_on_a_get_request_is_refused_too(employee_client, kb_index):
    response = employee_client.get(
        "/zoeken/", {"q": "+2AA-"}, headers={"content-type": "text/plain; charset=utf-7"}
    )

    assert_dutch_400(response)


@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded; charset=utf-8",
        "application/x-www-form-urlencoded; charset=UTF-8",
        "application/x-www-form-urlencoded; charset=us-ascii",
        "application/x-www-form-urlencoded",
    ],
)
def test_utf8_and_ascii_forms_still_work(client, employee, content_type):
    response = client.generic(
        "POST",
        "/account/inloggen/",
        data=b"username=medewerker&password=geheim-wachtwoord",
        content_type=content_type,
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(employee.pk)


def test_a_broken_multipart_body_gets_the_dutch_page(employee_client):
    response = employee_client.generic(
        "POST", "/account/", data=b"--zonder-grens\r\n\x00\xff", content_type="multipart/form-data"
    )

    assert_dutch_400(response)
    assert "konden niet worden gelezen" in response.content.decode()


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_a_body_that_is_too_large_gets_the_dutch_page(employee_client):
    response = employee_client.post("/account/", {"old_password": "x" * 2000})

    assert_dutch_400(response)
    assert "te groot" in response.content.decode()


def test_djangos_own_bad_request_page_is_the_dutch_one():
    response = bad_request(RequestFactory().get("/"), Exception("x"))

    html = response.content.decode()
    assert response.status_code == 400
    assert DUTCH_TITLE in html
    assert "css/intranet.css" in html


@pytest.mark.parametrize(
    "body",
    ['{"x": "\\u0000"}', '{"x": "\\ud800"}', '{"\\udfff": 1}', '[{"x": ["a\\u0000"]}]', "[" * 100_000],
    ids=["nul", "lone-surrogate", "lone-surrogate-key", "nested-nul", "too-deep"],
)
def test_json_with_text_no_database_can_store_gets_the_dutch_page(editor_client, editor, body):
    """Wagtail's admin stores what its scripts send as JSON (here: dismissed hints)."""
    response = editor_client.generic("PATCH", "/admin/dismissibles/", body, content_type="application/json")

    assert_dutch_400(response)
    assert "konden niet worden gelezen" in response.content.decode()


def test_ordinary_json_still_reaches_the_view(editor_client, editor):
    response = editor_client.generic(
        "PATCH", "/admin/dismissibles/", '{"hint": true}', content_type="application/json"
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("charset", "safe"),
    [
        ("utf-8", True),
        ("UTF8", True),
        ("us-ascii", True),
        ("utf-16", False),
        ("utf-7", False),
        ("latin-1", False),
        ("base64", False),
        ("idna", False),
        ("klingon", False),
        ("a\x00b", False),
        ("", False),
    ],
)
def test_only_utf8_and_ascii_are_safe(charset, safe):
    assert is_safe_charset(charset) is safe


# --- The real WSGI handler -------------------------------------------------------------------
#
# Django's test client builds its requests itself, with Django's own request class; the crash
# below happens while a request is built, so these tests call the intranet's WSGI handler.


@contextmanager
def database_connection_kept():
    """Calling a WSGI handler would close the test's database connection at the request's end."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def call_wsgi(handler, path, query="", content_type="", body=b"", cookie=""):
    environ = {
        "REQUEST_METHOD": "POST" if body else "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_COOKIE": cookie,
        "SERVER_NAME": "testserver",
        "wsgi.input": BytesIO(body),
    }
    setup_testing_defaults(environ)
    status = []
    with database_connection_kept():
        chunks = handler(environ, lambda code, headers, exc_info=None: status.append(code))
        content = b"".join(chunks)
        chunks.close()
    return int(status[0].split()[0]), content.decode()


@pytest.fixture
def session_cookie(employee):
    client = Client()
    client.force_login(employee)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


# A query string with invalid percent-encoding, and charsets that break Django's decoding of it.
BROKEN_QUERY = "q=%ff%fe%2B2AA-&pagina=%00"


@pytest.mark.parametrize("charset", ["idna", "base64", "rot13", "utf-7", "utf-16"])
def test_the_intranet_handler_refuses_a_query_string_in_another_charset(kb_index, session_cookie, charset):
    status, html = call_wsgi(
        IntranetWSGIHandler(),
        "/zoeken/",
        query=BROKEN_QUERY,
        content_type=f"text/plain; charset={charset}",
        cookie=session_cookie,
    )

    assert status == 400
    assert DUTCH_TITLE in html


def test_the_intranet_handler_sends_an_anonymous_odd_request_to_the_login_page():
    status, _html = call_wsgi(
        IntranetWSGIHandler(), "/zoeken/", query=BROKEN_QUERY, content_type="text/plain; charset=idna"
    )

    assert status == 302


def test_the_intranet_handler_serves_a_broken_query_string_in_utf8(kb_index, session_cookie):
    status, html = call_wsgi(IntranetWSGIHandler(), "/zoeken/", query=BROKEN_QUERY, cookie=session_cookie)

    assert status == 200
    assert "Zoeken" in html


@pytest.mark.parametrize("charset", ["idna", "base64"])
def test_djangos_own_handler_fails_while_building_such_a_request(charset):
    """Why intranet.wsgi uses its own handler: Django's raises before any middleware can help
    (a LookupError, or a UnicodeError that Django reports as too many fields), and the web
    server answers with its own error page."""
    with pytest.raises((LookupError, UnicodeError, SuspiciousOperation)):
        call_wsgi(
            WSGIHandler(), "/zoeken/", query=BROKEN_QUERY, content_type=f"text/plain; charset={charset}"
        )


def test_the_wsgi_application_uses_the_intranet_handler():
    from intranet.wsgi import application

    handler = application
    assert isinstance(handler, IntranetWSGIHandler)
