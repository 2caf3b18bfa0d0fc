"""A standing access check over every URL of the intranet.

The URLs come from Django's URL resolver, not from a list kept by hand: every pattern, through
every include (Wagtail's admin and its viewsets, the apps, Wagtail's page serving), is filled
with values (see ``FILL``) and asked for with GET and POST:

1. by an anonymous visitor: nothing is served (a redirect to the login page, or 401, 403, 404,
   405), except the few pages in LOGIN_EXEMPT_URL_NAMES / LOGIN_EXEMPT_PATH_PREFIXES;
2. by employee B, with the ids and tokens of employee A's objects: B gets a 404, a 403 or a
   redirect for every URL that takes an id or a token, never A's name, e-mail or answers on any
   page, and no admin screen (group "Medewerkers" has no admin access);
3. and no request changes anything in the database (every row of every table is compared).

A new app's URLs are covered without changing this file. When a new URL answers an anonymous
visitor with a page, the test fails and names it.
"""

import hashlib
import re
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.db.models import Model
from django.http import HttpResponse
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.regex_helper import normalize
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site
from wagtail_factories import DocumentFactory, ImageFactory

from academy_pages import approval
from academy_pages.models import CourseQuestion, Evaluation, Registration
from knowledge_base.models import ArticleFeedback
from people.groups import EMPLOYEES
from search.models import Synonym
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
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

# --- The walk through the resolver -------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One URL pattern with the chain of includes it sits in."""

    chain: tuple  # URLResolver, ..., URLPattern

    @property
    def leaf(self):
        return self.chain[-1]

    @property
    def name(self):
        namespaces = [level.namespace for level in self.chain[:-1] if level.namespace]
        return ":".join([*namespaces, self.leaf.name or ""])

    @property
    def route(self):
        return "".join(str(level.pattern) for level in self.chain)

    @property
    def view(self):
        return self.leaf.callback

    def formats(self):
        """(format string, parameter names) per level, as Django's reverse() sees them."""
        return [normalize(level.pattern.regex.pattern)[0] for level in self.chain]


def walk(patterns, chain=()):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, (*chain, pattern))
        else:
            yield Route((*chain, pattern))


ROUTES = list(walk(get_resolver().url_patterns))


def route_id(route):
    return f"{route.name or '-'} {route.route}"


# --- Values for the parameters ----------------------------------------------------------------
#
# A parameter gets its value by name (FILL); the values come from the data set below, where
# employee A owns registrations, an evaluation, feedback and an approval link. A parameter
# named pk, id or object_id gets an existing object of the view's model when the view says
# which model it shows (Wagtail's viewsets do), else A's registration. Unnamed groups get the
# values in UNNAMED by URL name. Any other parameter gets 1 (int converter) or "x": a new app's
# URL is walked all the same.
#
# Personal tokens: A's approval token is "token". Feed tokens are a later feature: add a
# "feed_token" row here (A's feed token) when they exist, and the walk checks that B cannot
# read A's feed with it.

FILL = {
    "registration_pk": lambda w: w.a_registration.pk,
    "session_id": lambda w: w.a_past_session.pk,  # ended: registering is refused, nothing changes
    "page_id": lambda w: w.article.pk,
    "page_pk": lambda w: w.article.pk,
    "parent_page_id": lambda w: w.kb_index.pk,
    "page_to_move_id": lambda w: w.article.pk,
    "destination_id": lambda w: w.kb_index.pk,
    "image_id": lambda w: w.image.pk,
    "document_id": lambda w: w.document.pk,
    "doc_id": lambda w: w.document.pk,
    "revision_id": lambda w: w.article.latest_revision_id,
    "revision_id_a": lambda w: "earliest",
    "revision_id_b": lambda w: "latest",
    "collection_id": lambda w: w.image.collection_id,
    "query_id": lambda w: w.query.pk,
    "redirect_id": lambda w: w.redirect.pk,
    "token": lambda w: w.a_approval_token,
    "uidb64": lambda w: urlsafe_base64_encode(force_bytes(w.a.pk)),
    "app_label": lambda w: "knowledge_base",
    "app_name": lambda w: "knowledge_base",
    "content_type_app_name": lambda w: "knowledge_base",
    "model_name": lambda w: "topic",
    "content_type_model_name": lambda w: "topic",
    "action_name": lambda w: "delete",
    "action": lambda w: "delete",
    "file_format": lambda w: "csv",
    "filter_spec": lambda w: "original",
    "path": lambda w: w.image.file.name,  # protected media: a real file
}
OBJECT_ID_NAMES = {"pk", "id", "object_id"}
UNNAMED = {
    "wagtailimages_serve": lambda w: ["x", str(w.image.pk), "original"],
    "wagtaildocs_serve": lambda w: [str(w.document.pk), w.document.filename],
}
# URLs whose ids are content every employee may read (pages, documents, images, media files),
# not an employee's own objects; any other URL with a parameter is treated as personal.
CONTENT_URL_NAMES = {
    "wagtail_serve",
    "wagtaildocs_serve",
    "wagtailimages_serve",
    "protected_media",
    "search:click",
}


def model_of(view):
    model = getattr(view, "view_initkwargs", {}).get("model")
    model = model or getattr(getattr(view, "view_class", None), "model", None)
    return model if isinstance(model, type) and issubclass(model, Model) else None


def value_for(name, converter, route, world):
    if name in FILL and not (name == "path" and route.name == "wagtail_serve"):
        return str(FILL[name](world))
    if name in OBJECT_ID_NAMES:
        model = model_of(route.view)
        obj = model._default_manager.order_by("pk").first() if model is not None else None
        return str(obj.pk if obj is not None else world.a_registration.pk)
    return "1" if converter is not None and converter.regex == "[0-9]+" else "x"


def urls_for(route, world):
    """The paths to ask for this route: one, or one per page for Wagtail's page serving."""
    if route.name == "wagtail_serve":
        return world.page_paths
    path = ""
    unnamed = iter(UNNAMED[route.name](world)) if route.name in UNNAMED else None
    for level, (fmt, params) in zip(route.chain, route.formats(), strict=True):
        converters = getattr(level.pattern, "converters", {})
        values = {}
        for name in params:
            if name.startswith("_"):  # an unnamed group
                values[name] = next(unnamed) if unnamed else "1"
            else:
                values[name] = value_for(name, converters.get(name), route, world)
        path += fmt % values
    return ["/" + path]


def takes_ids(route):
    """Whether the route takes the id or token of someone's own object."""
    params = [name for _fmt, names in route.formats() for name in names]
    return bool(params) and route.name not in CONTENT_URL_NAMES


# --- The data set: employee A's objects, and employee B ------------------------------------------

A_FIRST_NAME = "Aafke"
A_LAST_NAME = "Achterhuis"
A_EMAIL = "aafke.achterhuis@westbetuwe.nl"
A_SECRET = "GEHEIM-VAN-AAFKE"  # in A's answers, feedback comment, evaluation and cancellation
A_MARKERS = [A_LAST_NAME, A_EMAIL, A_SECRET]


class World:
    pass


def make_world():
    w = World()
    home = Site.objects.get(is_default_site=True).root_page
    employees = Group.objects.get(name=EMPLOYEES)
    leader = UserFactory(username="leidinggevende-a")
    w.a = EmployeeProfileFactory(
        user=UserFactory(username="aafke", first_name=A_FIRST_NAME, last_name=A_LAST_NAME, email=A_EMAIL),
        team=TeamFactory(name="Team Dienstverlening"),
        team_leader=leader,
    ).user
    w.b = EmployeeProfileFactory(user=UserFactory(username="bram", first_name="Bram", last_name="Bos")).user
    for user in (w.a, w.b, leader):
        user.groups.add(employees)

    w.kb_index = KnowledgeBaseIndexPageFactory(parent=home)
    w.article = KnowledgeArticlePageFactory(parent=w.kb_index, title="Het goede gesprek")
    w.article.topics.add(TopicFactory(name="Samenwerken"))
    w.article.save_revision().publish()
    ArticleFeedback.objects.record(w.article, w.a, useful=False, comment=A_SECRET)

    academy = AcademyIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=academy, title="Presenteren")
    # A required question: the walk's empty POSTs must not sign B up for the course, which B may
    # do for themselves and which is no change to A's data.
    CourseQuestion.objects.create(page=course, label="Motivatie", field_type="singleline", required=True)
    event = EventPageFactory(parent=academy)
    SessionFactory(course=None, event=event, slot=EventSlotFactory(event=event), title="Workshop", days=[20])
    w.a_registration = register(
        SessionFactory(course=course, days=[14]), w.a, answers={"Motivatie": A_SECRET}
    )
    w.a_past_session = SessionFactory(course=course, days=[-7])
    attended = RegistrationFactory(session=w.a_past_session, user=w.a, answers={"Motivatie": A_SECRET})
    Evaluation.objects.create(registration=attended, rating=9, remarks=A_SECRET)
    # to evaluate: no evaluation yet
    RegistrationFactory(session=SessionFactory(course=course, days=[-3]), user=w.a)
    approval_course = CoursePageFactory(parent=academy, title="Leidinggeven", requires_approval=True)
    pending = register(SessionFactory(course=approval_course), w.a)
    w.a_approval_token = approval.make_token(pending)

    w.image = ImageFactory(title="Teamfoto")
    w.document = DocumentFactory(title="Handleiding")
    Synonym.objects.create(terms="M365, Microsoft 365")
    w.query = Query.get("gesprek")
    SearchPromotion.objects.create(query=w.query, page=w.article, sort_order=0)
    w.redirect = Redirect.objects.create(old_path="/oud", redirect_page=w.article)

    w.page_paths = page_paths()
    w.login_url = resolve_url(settings.LOGIN_URL)
    w.b_session = logged_in_session(w.b)
    w.baseline = snapshot()
    return w


def page_paths():
    """Every page's path, and the sub-routes of routable pages (filled like any URL)."""
    paths = []
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        url = page.get_url()
        if not url:
            continue
        paths.append(url)
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_resolver().url_patterns:
                if pattern.name:
                    args = dict.fromkeys(pattern.pattern.converters, "999999")
                    if "session_id" in args:
                        args["session_id"] = str(
                            Registration.objects.filter(user__username="aafke").first().session_id
                        )
                    paths.append(url + page.reverse_subpage(pattern.name, kwargs=args))
    return paths


def logged_in_session(user):
    client = Client()
    client.force_login(user)  # updates last_login: before the baseline is taken
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Made once for the module and rolled back after it; each test runs in a savepoint."""
    with django_db_blocker.unblock(), rolled_back():
        yield make_world()


# --- Has anything changed? -----------------------------------------------------------------------

# Sessions are the client's own state: logging out (a POST like any other here) deletes B's.
NOT_COMPARED = {"django_session"}


def snapshot():
    """Per table: the number of rows and a checksum of all their values."""
    state = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            if table in NOT_COMPARED:
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted(repr(row) for row in cursor.fetchall())
            state[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return state


def assert_unchanged(world, who, route):
    after = snapshot()
    changed = sorted(
        table
        for table in after.keys() | world.baseline.keys()
        if after.get(table) != world.baseline.get(table)
    )
    assert not changed, f"{who}: a request to {route_id(route)} changed the table(s) {', '.join(changed)}"


# --- The checks ---------------------------------------------------------------------------------

REFUSED = {401, 403, 404, 405}


def content_of(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def is_exempt(path, name):
    return name in settings.LOGIN_EXEMPT_URL_NAMES or path.startswith(
        tuple(settings.LOGIN_EXEMPT_PATH_PREFIXES)
    )


def check_anonymous(method, path, name, response, login_url):
    """The rule for anonymous visitors; raises AssertionError with the reason."""
    status = response.status_code
    assert status < 500, f"{method} {path} ({name}) gives {status} to an anonymous visitor"
    if is_exempt(path, name):
        return
    if status == 302:
        assert response["Location"].startswith(login_url), (
            f"{method} {path} ({name}) sends an anonymous visitor to {response['Location']}, "
            "not to the login page"
        )
        return
    assert status in REFUSED, (
        f"{method} {path} ({name}) answered {status} to an anonymous visitor: every URL must redirect "
        "to the login page or answer 401/403/404/405, unless it is in LOGIN_EXEMPT_URL_NAMES"
    )


@pytest.mark.parametrize("route", ROUTES, ids=route_id)
def test_an_anonymous_visitor_is_served_nothing_and_changes_nothing(world, route):
    client = Client(raise_request_exception=False)
    for path in urls_for(route, world):
        for method in ("GET", "POST"):
            response = client.get(path) if method == "GET" else client.post(path)
            check_anonymous(method, path, route.name, response, world.login_url)
    assert_unchanged(world, "An anonymous visitor", route)


# Admin URLs an employee may open: the icon sprite and the translations of the admin's scripts
# (no data), and the admin's login and password reset (for everyone, like ours).
ADMIN_OPEN_TO_EMPLOYEES = {
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
# Editor-only screens outside /admin/ (none today); list them here to have them checked too.
EDITOR_ONLY_OUTSIDE_ADMIN = set()
ADMIN_LOGIN_PREFIXES = ("/admin/login/", "/account/inloggen/")


def check_employee(method, path, route, response, personal):
    """The rules for employee B; raises AssertionError with the reason."""
    status = response.status_code
    assert status < 500, f"{method} {path} ({route.name}) gives {status} to employee B"
    content = content_of(response)
    for marker in A_MARKERS:
        assert marker not in content, (
            f"{method} {path} ({route.name}) shows employee A's data ({marker}) to B"
        )
    editor_only = path.startswith("/admin/") or route.name in EDITOR_ONLY_OUTSIDE_ADMIN
    if editor_only and route.name not in ADMIN_OPEN_TO_EMPLOYEES:
        if status == 302:
            assert response["Location"].startswith(ADMIN_LOGIN_PREFIXES), (
                f"{method} {path} ({route.name}) sends employee B to {response['Location']}"
            )
        else:
            assert status in REFUSED, f"{method} {path} ({route.name}) answered {status} to employee B"
    elif personal and route.name not in {*settings.LOGIN_EXEMPT_URL_NAMES, *ADMIN_OPEN_TO_EMPLOYEES}:
        assert status in {*REFUSED, 302, 303, 400}, (
            f"{method} {path} ({route.name}) answered {status} to employee B with employee A's ids"
        )


@pytest.mark.parametrize("route", ROUTES, ids=route_id)
def test_employee_b_gets_nothing_of_employee_a_and_no_editor_screen(world, route):
    client = Client(raise_request_exception=False)
    client.cookies[settings.SESSION_COOKIE_NAME] = world.b_session
    personal = takes_ids(route)
    for path in urls_for(route, world):
        for method in ("GET", "POST"):
            response = client.get(path) if method == "GET" else client.post(path)
            check_employee(method, path, route, response, personal)
    assert_unchanged(world, "Employee B", route)


# --- The test above can fail ------------------------------------------------------------------


def test_the_walk_reaches_into_every_include():
    names = {route.name for route in ROUTES}

    assert len(ROUTES) > 250
    assert {
        "people:login",
        "search:search",
        "academy_ics",
        "academy_approval:approve",
        "academy_cancel_registration",
        "wagtail_serve",
        "wagtailadmin_pages:edit",
        "academy_sessions:participants",
        "kennisbank_review:mark_reviewed",
        "people_import:index",
        "academy_status_report",
    } <= names


def test_every_filled_url_reaches_its_own_view(world):
    """The values make real URLs: each one resolves to the pattern it was made from (unless an
    earlier pattern catches the same address, as Wagtail's own page serving is caught by ours)."""
    unreached = []
    for route in ROUTES:
        for path in urls_for(route, world):
            try:
                match = resolve(path)
            except Resolver404:
                unreached.append(f"{route_id(route)}: {path}")
                continue
            if match.func is not route.view and match.url_name != route.leaf.name:
                unreached.append(f"{route_id(route)}: {path} -> {match.view_name}")
    assert [line for line in unreached if not re.search(r"wagtail_serve|\^\.\*/\$|\^\$", line)] == []


def test_a_page_served_to_an_anonymous_visitor_fails_the_check():
    with pytest.raises(AssertionError, match="answered 200 to an anonymous visitor"):
        check_anonymous(
            "GET", "/nieuwe-app/", "nieuwe_app:index", HttpResponse("geheim"), "/account/inloggen/"
        )


def test_a_redirect_elsewhere_fails_the_check():
    response = HttpResponse(status=302)
    response["Location"] = "/nieuwe-app/"
    with pytest.raises(AssertionError, match="not to the login page"):
        check_anonymous("GET", "/x/", "x", response, "/account/inloggen/")


def test_employee_a_data_shown_to_b_fails_the_check():
    route = next(route for route in ROUTES if route.name == "academy_evaluation")
    with pytest.raises(AssertionError, match="shows employee A's data"):
        check_employee("GET", "/x/", route, HttpResponse(f"Ingevuld door {A_EMAIL}", status=404), True)
    with pytest.raises(AssertionError, match="with employee A's ids"):
        check_employee("GET", "/x/", route, HttpResponse("Evaluatie", status=200), True)


def test_an_admin_screen_served_to_b_fails_the_check():
    route = next(route for route in ROUTES if route.name == "academy_sessions:index")
    with pytest.raises(AssertionError, match="answered 200 to employee B"):
        check_employee("GET", "/admin/academy/sessions/", route, HttpResponse("Sessies"), False)


def test_the_snapshot_sees_any_changed_row(world):
    world.b.first_name = "Bert"
    world.b.save(update_fields=["first_name"])
    with pytest.raises(AssertionError, match="auth_user"):
        assert_unchanged(world, "Test", ROUTES[0])
