"""Odd input to every view that takes input gives a page or a 4xx, never a server error.

Each test sends one odd value to all the query parameters, form fields or path segments of the
views below and lists every answer of 500 or more. The property-based tests of the parsers
behind these views are in tests/intranet/test_parsers_properties.py.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Site

from academy_pages import approval
from academy_pages.models import CourseQuestion
from people.groups import EDITORS, EMPLOYEES
from tests.db import rolled_back
from tests.factories.academy import (
    AcademyIndexPageFactory,
    CoursePageFactory,
    EventPageFactory,
    EventSlotFactory,
    RegistrationFactory,
    SessionFactory,
    register,
)
from tests.factories.knowledge_base import (
    KnowledgeArticlePageFactory,
    KnowledgeBaseIndexPageFactory,
    TopicFactory,
)
from tests.factories.people import EmployeeProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

# Raw query-string values, percent-encoded as a client may send them.
ODD_QUERY_VALUES = {
    "long": "x" * 10_000,
    "nul": "%00",
    "nul-inside": "a%00b",
    "lone-surrogate": "%ED%A0%80",
    "invalid-utf8": "%ff%fe",
    "broken-percent": "%zz%",
    "letters": "abc",
    "negative": "-1",
    "huge-number": "99999999999999999999",
    "superscript-two": "%C2%B2",  # "²": str.isdigit() says yes, int() says no
    "arabic-indic-digits": "%D9%A1%D9%A2",
    "empty": "",
    "spaces": "%20%20",
    "markup": "%3Cscript%3Ealert(1)%3C/script%3E",
    "impossible-date": "2026-02-30",
    "far-date": "99999-01-01",
    "repeated": "1&q=2&page=3&pagina=4",
}

# Decoded form-field values (a UTF-8 form cannot carry a lone surrogate: it arrives as U+FFFD).
ODD_FORM_VALUES = {
    "long": "x" * 10_000,
    "nul": "\x00",
    "nul-inside": "a\x00b",
    "replacement-character": "\ufffd",
    "negative": "-1",
    "huge-number": "99999999999999999999",
    "superscript-two": "²",
    "markup": "<script>alert(1)</script>",
    "impossible-date": "30-02-2026",
    "far-date": "31-12-99999",
    "empty": "",
    "emoji": "🙂" * 300,
}

# Path segments in place of an id or a token.
ODD_PATH_SEGMENTS = {
    "huge-number": "99999999999999999999",
    "zero": "0",
    "long": "9" * 400,
    "token-garbage": "a%00b:c:d",
    "lone-surrogate": "%ED%A0%80",
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Made once for the module (and rolled back after it); each test runs in a savepoint."""
    with django_db_blocker.unblock(), rolled_back():
        yield make_world()


def make_world():
    """Pages, a course with every kind of extra question, and an employee with registrations."""
    home_page = Site.objects.get(is_default_site=True).root_page
    kb_index = KnowledgeBaseIndexPageFactory(parent=home_page)
    topic = TopicFactory(name="Samenwerken")
    article = KnowledgeArticlePageFactory(parent=kb_index, title="Het goede gesprek")
    article.topics.add(topic)
    article.save_revision().publish()

    academy = AcademyIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=academy, title="Presenteren")
    for number, (field_type, choices) in enumerate(
        [
            ("singleline", ""),
            ("multiline", ""),
            ("email", ""),
            ("number", ""),
            ("date", ""),
            ("datetime", ""),
            ("dropdown", "Ja\nNee"),
            ("checkboxes", "Ochtend\nMiddag"),
            ("radio", "Ja\nNee"),
            ("checkbox", ""),
        ]
    ):
        CourseQuestion.objects.create(
            page=course, sort_order=number, label=f"Vraag {number}", field_type=field_type, choices=choices
        )
    upcoming = SessionFactory(course=course, days=[14])
    past = SessionFactory(course=course, days=[-7])
    event = EventPageFactory(parent=academy)
    workshop = SessionFactory(course=None, event=event, slot=EventSlotFactory(event=event), days=[20])

    editor = UserFactory(username="redacteur")
    editor.groups.add(Group.objects.get(name=EDITORS))
    leader = UserFactory(username="leidinggevende")
    employee = EmployeeProfileFactory(user=UserFactory(username="medewerker"), team_leader=leader).user
    employee.groups.add(Group.objects.get(name=EMPLOYEES))
    registration = register(upcoming, employee)
    attended = RegistrationFactory(session=past, user=employee)
    approval_course = CoursePageFactory(parent=academy, title="Leidinggeven", requires_approval=True)
    pending = register(SessionFactory(course=approval_course), employee)
    return {
        "kb_index": kb_index,
        "article": article,
        "academy": academy,
        "course": course,
        "upcoming": upcoming,
        "event": event,
        "workshop": workshop,
        "employee": employee,
        "editor": editor,
        "leader": leader,
        "registration": registration,
        "attended": attended,
        "pending": pending,
    }


def logged_in(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def server_errors(requests):
    """Send (client, method, url, data) requests; return a line for each answer of 500 or more."""
    failures = []
    for client, method, url, data in requests:
        response = client.get(url) if method == "GET" else client.post(url, data or {})
        if response.status_code >= 500:
            failures.append(f"{method} {url[:120]} -> {response.status_code}")
    return failures


def assert_no_server_errors(requests):
    failures = server_errors(requests)
    assert not failures, "server errors:\n" + "\n".join(failures)


def query_urls(world):
    """Every view of the employees' side that reads the query string, with the value as {v}."""
    kb_index, academy, article = world["kb_index"], world["academy"], world["article"]
    return [
        "/zoeken/?q={v}",
        "/zoeken/?q=gesprek&page={v}",
        "/zoeken/?q=gesprek&type={v}",
        "/zoeken/?q=gesprek&topic={v}",
        "/zoeken/?q=gesprek&category={v}",
        "/zoeken/?q={v}&format=json",
        "/zoeken/?q=gesprek&page={v}&format=json",
        "/zoeken/suggesties/?q={v}",
        f"/zoeken/klik/{article.pk}/?q={{v}}",
        kb_index.url + "?onderwerp={v}&pagina={v}",
        kb_index.url + "?pagina={v}",
        academy.url + "?categorie={v}&aanbieder={v}&vorm={v}&maand={v}",
        academy.url + "?maand={v}",
        article.url + "?{v}={v}",
        "/academie/mijn-inschrijvingen/?{v}={v}",
        "/account/?next={v}",
    ]


# Admin screens the coordination point uses, with their query parameters.
ADMIN_QUERY_URLS = [
    "/admin/academy/sessions/?q={v}&course={v}&provider={v}&status={v}&when={v}&p={v}&ordering={v}",
    "/admin/academy/sessions/?export={v}",
    "/admin/academy/sessions/results/?q={v}&p={v}",
    "/admin/academy/providers/?q={v}&export={v}&ordering={v}",
    "/admin/academy/categories/?q={v}&p={v}",
    "/admin/academy/evaluations/?level={v}&export={v}",
    "/admin/academie/stand-van-zaken/?date={v}&export={v}",
    "/admin/academie/stand-van-zaken/?date={v}",
    "/admin/kennisbank/feedback/?export={v}&p={v}",
    "/admin/kennisbank/te-reviewen/?export={v}&p={v}",
    "/admin/zoeken/inzichten/?export={v}&date_from={v}&date_to={v}&period={v}",
    "/admin/zoeken/inzichten/results/?p={v}&ordering={v}",
    "/admin/zoeken/inzichten/aanbevolen/nieuw/?q={v}",
    "/admin/zoeken/synoniemen/?q={v}&p={v}",
    "/admin/zoeken/synoniemen/new/?terms={v}",
    "/admin/teams/?q={v}&p={v}&ordering={v}&export={v}",
    "/admin/employee_profiles/?q={v}&team={v}&p={v}&ordering={v}",
    "/admin/snippets/knowledge_base/topic/?q={v}&p={v}",
    "/admin/pages/search/?q={v}&p={v}",
    "/admin/pages/?ordering={v}&p={v}",
    "/admin/images/?q={v}&collection_id={v}&p={v}",
    "/admin/documents/?q={v}&collection_id={v}",
    "/admin/users/?q={v}&p={v}",
    "/admin/reports/site-history/?timestamp_from={v}&timestamp_to={v}&action={v}&export={v}",
    "/admin/reports/aging-pages/?last_published_at={v}&export={v}",
    "/admin/reports/locked/?export={v}",
]


@pytest.mark.parametrize("value", ODD_QUERY_VALUES.values(), ids=ODD_QUERY_VALUES.keys())
def test_odd_query_strings_on_the_employees_pages(world, value):
    employee = logged_in(world["employee"])
    anonymous = Client(raise_request_exception=False)
    requests = [(employee, "GET", url.replace("{v}", value), None) for url in query_urls(world)]
    requests += [
        (anonymous, "GET", f"/account/inloggen/?next={value}", None),
        (anonymous, "GET", f"/account/wachtwoord-vergeten/?{value}", None),
    ]

    assert_no_server_errors(requests)


# The admin screens are slower to render: the values most likely to break a filter or a date.
ADMIN_VALUES = ["long", "nul", "lone-surrogate", "negative", "huge-number", "superscript-two", "far-date"]


@pytest.mark.parametrize("value", [ODD_QUERY_VALUES[key] for key in ADMIN_VALUES], ids=ADMIN_VALUES)
def test_odd_query_strings_on_the_admin_screens(world, value):
    coordinator = logged_in(world["editor"])
    participants = f"/admin/academy/sessions/{world['upcoming'].pk}/participants/"
    requests = [(coordinator, "GET", url.replace("{v}", value), None) for url in ADMIN_QUERY_URLS]
    requests.append((coordinator, "GET", f"{participants}?export={value}&level={value}", None))

    assert_no_server_errors(requests)


def form_posts(world, value):
    """(url, data) of every form an employee sends, with `value` in each field."""
    course, session, registration = world["course"], world["upcoming"], world["registration"]
    prefix = f"sessie-{session.pk}-"
    registration_data = {f"{prefix}{name}": value for name in ("name", "email", "team")}
    registration_data.update({f"{prefix}vraag_vraag_{number}": value for number in range(10)})
    return [
        ("/account/", {"old_password": value, "new_password1": value, "new_password2": value}),
        ("/account/taal/", {"language": value}),
        ("/zoeken/", {"q": value}),
        (course.url + course.reverse_subpage("register", args=[session.pk]), registration_data),
        (
            f"/academie/mijn-inschrijvingen/{registration.pk}/afmelden/",
            {f"afmelden-{registration.pk}-reason": value, "next": value},
        ),
        (
            f"/academie/mijn-inschrijvingen/{world['attended'].pk}/evaluatie/",
            {"rating": value, "learned": value, "remarks": value},
        ),
        (world["article"].url + "nuttig/", {"useful": value, "comment": value}),
        (world["event"].url + f"kiezen/{world['workshop'].pk}/", {"x": value}),
    ]


@pytest.mark.parametrize("value", ODD_FORM_VALUES.values(), ids=ODD_FORM_VALUES.keys())
def test_odd_form_fields_never_give_a_server_error(world, value):
    employee = logged_in(world["employee"])
    leader = logged_in(world["leader"])
    coordinator = logged_in(world["editor"])
    anonymous = Client(raise_request_exception=False)
    token = approval.make_token(world["pending"])
    session = world["upcoming"]
    requests = [(employee, "POST", url, data) for url, data in form_posts(world, value)]
    requests += [
        (anonymous, "POST", "/account/inloggen/", {"username": value, "password": value, "next": value}),
        (anonymous, "POST", "/account/wachtwoord-vergeten/", {"email": value}),
        (leader, "POST", f"/academie/akkoord/{token}/afwijzen/", {"reason": value}),
        (coordinator, "POST", "/admin/teams/new/", {"name": value, "department": value}),
        (coordinator, "POST", "/admin/zoeken/synoniemen/new/", {"terms": value}),
        (coordinator, "POST", "/admin/academy/categories/new/", {"name": value, "slug": value}),
        (
            coordinator,
            "POST",
            f"/admin/academy/sessions/{session.pk}/participants/",
            {"action": value, "registration": value},
        ),
        (
            coordinator,
            "POST",
            f"/admin/academy/sessions/{session.pk}/participants/",
            {"action": "cancel", "registration": value},
        ),
        (
            coordinator,
            "POST",
            f"/admin/academy/sessions/edit/{session.pk}/",
            {
                "course": value,
                "title": value,
                "format": value,
                "capacity": value,
                "registration_deadline": value,
                "days-TOTAL_FORMS": "1",
                "days-INITIAL_FORMS": "0",
                "days-MIN_NUM_FORMS": "1",
                "days-MAX_NUM_FORMS": "1000",
                "days-0-date": value,
                "days-0-start_time": value,
                "days-0-end_time": value,
            },
        ),
    ]

    assert_no_server_errors(requests)


@pytest.mark.parametrize("segment", ODD_PATH_SEGMENTS.values(), ids=ODD_PATH_SEGMENTS.keys())
def test_odd_ids_and_tokens_in_the_path_never_give_a_server_error(world, segment):
    employee = logged_in(world["employee"])
    coordinator = logged_in(world["editor"])
    course = world["course"]
    requests = [
        (employee, method, url, None)
        for method in ("GET", "POST")
        for url in [
            f"/academie/mijn-inschrijvingen/{segment}/afmelden/",
            f"/academie/mijn-inschrijvingen/{segment}/evaluatie/",
            f"/academie/inschrijvingen/{segment}/agenda.ics",
            f"/academie/akkoord/{segment}/goedkeuren/",
            f"/academie/akkoord/{segment}/afwijzen/",
            f"/zoeken/klik/{segment}/",
            course.url + f"inschrijven/{segment}/",
            world["event"].url + f"kiezen/{segment}/",
            f"/account/wachtwoord-instellen/{segment}/{segment}/",
            f"/media/{segment[:200]}",
            f"/documents/{segment}/x.pdf",
        ]
    ]
    requests += [
        (coordinator, "GET", url, None)
        for url in [
            f"/admin/academy/sessions/{segment}/participants/",
            f"/admin/academy/sessions/{segment}/participants/{segment}/history/",
            f"/admin/academy/sessions/{world['upcoming'].pk}/participants/export/{segment}/",
            f"/admin/academy/sessions/edit/{segment}/",
            f"/admin/academy/providers/inspect/{segment}/",
            f"/admin/pages/{segment}/",
            f"/admin/pages/{segment}/edit/",
            f"/admin/images/{segment}/",
            f"/admin/snippets/knowledge_base/topic/edit/{segment}/",
        ]
    ]
    requests.append((coordinator, "POST", f"/admin/kennisbank/te-reviewen/{segment}/gereviewd/", None))

    assert_no_server_errors(requests)


def test_the_odd_values_reach_the_views(world):
    """The lists above are sent as they are: a NUL byte reaches the search form, for example."""
    response = logged_in(world["employee"]).get("/zoeken/?q=a%00b&page=%C2%B2")

    assert response.status_code == 200
    assert response.context["form"].data["q"] == "a\x00b"
    assert response.context["form"].data["page"] == "²"


def test_a_media_path_with_a_very_long_name_is_not_found(world):
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)  # the error needs the folder

    response = logged_in(world["employee"]).get("/media/" + "9" * 400)

    assert response.status_code == 404


@pytest.mark.xfail(
    strict=True,
    reason=(
        "Wagtail's /admin/dismissibles/ (wagtail.admin.views.dismissibles) expects a JSON object "
        "and fails with a 500 on any other JSON value; a Wagtail view, not ours."
    ),
)
def test_the_admin_dismissibles_refuse_json_that_is_not_an_object(world):
    response = logged_in(world["editor"]).generic(
        "PATCH", "/admin/dismissibles/", "[1]", content_type="application/json"
    )

    assert response.status_code == 400
