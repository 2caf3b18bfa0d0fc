"""The frame every page shares: language, skip link, menu, search, account, messages, errors."""

import re

import pytest
from django.contrib import messages
from django.db import connection
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.views.defaults import server_error

from tests.factories.knowledge_base import KnowledgeBaseIndexPageFactory


@pytest.fixture
def home_html(employee_client, kb_index):
    return employee_client.get("/").content.decode()


@pytest.mark.django_db
def test_page_is_dutch_and_starts_with_a_skip_link_to_main(home_html):
    assert '<html lang="nl"' in home_html
    body = home_html.split("<body", 1)[1]
    first_link = re.search(r"<a [^>]*>", body).group(0)
    assert 'href="#main"' in first_link and "utrecht-skip-link" in first_link
    assert "Naar de hoofdinhoud" in body
    assert '<main id="main"' in body


@pytest.mark.django_db
def test_header_has_site_name_menu_search_and_account(home_html):
    assert "Samen West Betuws Werken" in home_html
    assert '<nav class="utrecht-nav-bar site-nav" aria-label="Hoofdmenu">' in home_html
    assert re.search(r'<a class="[^"]*site-nav__link" href="/" aria-current="page">Home</a>', home_html)
    assert re.search(r'<a class="[^"]*site-nav__link" href="/kennisbank/">Kennisbank</a>', home_html)
    assert '<form class="site-search" role="search" action="/zoeken/" method="get">' in home_html
    assert '<label class="visually-hidden" for="site-search-q">Zoeken op het intranet</label>' in home_html
    assert 'name="q"' in home_html
    assert 'href="/account/"' in home_html
    assert re.search(
        r'<form action="/account/uitloggen/" method="post">\s*<input type="hidden" '
        r'name="csrfmiddlewaretoken"',
        home_html,
    )


@pytest.mark.django_db
def test_menu_marks_the_section_of_the_current_page_and_skips_drafts(
    employee_client, home_page, make_article
):
    KnowledgeBaseIndexPageFactory(parent=home_page, title="Concept", slug="concept", live=False)
    article = make_article("Leercafé")
    html = employee_client.get(article.url).content.decode()
    assert re.search(r'href="/kennisbank/" aria-current="true">Kennisbank</a>', html)
    assert ">Concept</a>" not in html


@pytest.mark.django_db
def test_menu_makes_the_same_number_of_queries_for_2_and_8_sections(employee_client, home_page, fresh_caches):
    def count_queries():
        employee_client.get("/account/")  # one-time set-up (the content version's row)
        fresh_caches()  # count the menu's own queries, not a cached menu
        with CaptureQueriesContext(connection) as queries:
            assert employee_client.get("/account/").status_code == 200
        return len(queries)

    for n in range(2):
        KnowledgeBaseIndexPageFactory(parent=home_page, title=f"Sectie {n}", slug=f"sectie-{n}")
    few = count_queries()
    for n in range(2, 8):
        KnowledgeBaseIndexPageFactory(parent=home_page, title=f"Sectie {n}", slug=f"sectie-{n}")
    assert count_queries() == few


@pytest.mark.django_db
def test_anonymous_visitor_sees_no_menu_search_or_account(client):
    html = client.get("/account/inloggen/").content.decode()
    assert "site-nav" not in html
    assert 'role="search"' not in html
    assert "Uitloggen" not in html


@pytest.mark.django_db
def test_messages_are_shown_as_alerts(rf, employee):
    request = rf.get("/")
    request.user = employee
    request.session = {}
    from django.contrib.messages.storage.fallback import FallbackStorage

    request._messages = FallbackStorage(request)
    messages.success(request, "Opgeslagen.")
    messages.error(request, "Mislukt.")
    html = render_to_string("includes/messages.html", {"messages": messages.get_messages(request)})
    assert '<div class="utrecht-alert utrecht-alert--ok" role="status">' in html
    assert '<div class="utrecht-alert utrecht-alert--error" role="alert">' in html


@pytest.mark.django_db
def test_breadcrumbs_tag_lists_ancestors_below_the_root(rf, make_article):
    article = make_article("Leercafé")
    request = rf.get(article.url)
    html = Template("{% load intranet_tags %}{% breadcrumbs page %}").render(
        Context({"page": article, "request": request})
    )
    assert 'aria-labelledby="breadcrumb-heading"' in html
    assert re.search(r'href="/"[^>]*rel="home"', html)
    assert re.search(r'href="/kennisbank/"[^>]*rel="up">Kennisbank</a>', html)
    assert 'aria-current="page">Leercafé</a>' in html


@pytest.mark.django_db
def test_base_template_offers_a_breadcrumbs_block_outside_main():
    html = render_to_string("base.html", {})  # rendered without request: the frame must not break
    assert '<div class="site-breadcrumbs"></div>' in html
    assert html.index("site-breadcrumbs") < html.index('<main id="main"')


@pytest.mark.django_db
def test_missing_page_gives_a_styled_dutch_404(employee_client, home_page):
    response = employee_client.get("/bestaat-niet/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Pagina niet gevonden" in html
    assert "css/intranet.css" in html
    assert "site-nav" in html


def test_server_error_page_is_styled_and_dutch_without_database():
    request = RequestFactory().get("/")
    response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Er ging iets mis" in html
    assert '<html lang="nl"' in html
    assert "css/intranet.css" in html
    assert 'href="#main"' in html
