"""An article is served from a shell cached for all readers, with each reader's own parts
rendered per request (intranet.personal): nobody ever sees another reader's parts."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from intranet import personal
from knowledge_base.models import ArticleFeedback
from people.groups import EDITORS, EMPLOYEES
from tests.factories.knowledge_base import KnowledgeArticlePageFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(kb_index):
    return KnowledgeArticlePageFactory(parent=kb_index, title="Het goede gesprek", slug="het-goede-gesprek")


def reader(first_name, group=EMPLOYEES, **client_options):
    user = UserFactory(first_name=first_name, last_name="de Vries")
    user.groups.add(Group.objects.get(name=group))
    browser = Client(**client_options)
    browser.force_login(user)
    return user, browser


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_each_reader_sees_their_own_name_and_answer_only(article):
    anna, anna_browser = reader("Anna")
    bram, bram_browser = reader("Bram")
    ArticleFeedback.objects.create(article=article, user=anna, useful=False, comment="Te lang voor mij")

    for _ in range(2):  # the first request renders the shell, the second reuses it
        anna_page = anna_browser.get(article.url).content.decode()
        bram_page = bram_browser.get(article.url).content.decode()

        assert "Anna de Vries" in anna_page and "Bram de Vries" not in anna_page
        assert "Bram de Vries" in bram_page and "Anna de Vries" not in bram_page
        assert "Te lang voor mij" in anna_page and "Te lang voor mij" not in bram_page
        assert "was not useful" in anna_page or "niet nuttig" in anna_page
        assert re.search(r'value="no" checked', anna_page)
        assert "checked" not in bram_page
        assert "Het goede gesprek" in anna_page and "Het goede gesprek" in bram_page


def test_readers_with_the_same_answer_share_a_shell_but_not_their_comments(article):
    anna, anna_browser = reader("Anna")
    bram, bram_browser = reader("Bram")
    ArticleFeedback.objects.create(article=article, user=anna, useful=False, comment="Te lang voor mij")
    ArticleFeedback.objects.create(article=article, user=bram, useful=False, comment="Mist een voorbeeld")
    anna_browser.get(article.url)  # Anna's request renders the shell for the answer "no"

    with CaptureQueriesContext(connection) as queries:
        bram_page = bram_browser.get(article.url).content.decode()
    assert not any("knowledge_base_topic" in query["sql"] for query in queries)  # Anna's shell
    assert "Mist een voorbeeld" in bram_page and "Te lang voor mij" not in bram_page
    assert re.search(r'value="no" checked', bram_page)
    anna_page = anna_browser.get(article.url).content.decode()
    assert "Te lang voor mij" in anna_page and "Mist een voorbeeld" not in anna_page


def test_every_reader_gets_a_working_csrf_token_of_their_own(article):
    anna, anna_browser = reader("Anna", enforce_csrf_checks=True)
    bram, bram_browser = reader("Bram", enforce_csrf_checks=True)
    anna_token = csrf_token(anna_browser.get(article.url).content.decode())
    bram_token = csrf_token(bram_browser.get(article.url).content.decode())
    assert anna_token != bram_token

    response = bram_browser.post(
        article.url + "nuttig/", {"useful": "yes", "comment": "", "csrfmiddlewaretoken": bram_token}
    )

    assert response.status_code == 302
    assert ArticleFeedback.objects.get(article=article, user=bram).useful is True


def test_a_readers_message_is_shown_to_them_once_and_to_nobody_else(article):
    anna, anna_browser = reader("Anna")
    bram, bram_browser = reader("Bram")
    bram_browser.get(article.url)  # Bram's request renders the shell

    anna_browser.post(article.url + "nuttig/", {"useful": "yes", "comment": ""})

    thanks = "Bedankt voor je reactie."
    assert thanks in anna_browser.get(article.url).content.decode()
    assert thanks not in anna_browser.get(article.url).content.decode()
    assert thanks not in bram_browser.get(article.url).content.decode()


@pytest.mark.parametrize("first", ["editor", "employee"])
def test_only_editors_get_the_userbar_whoever_came_first(article, first):
    _editor, editor_browser = reader("Eva", group=EDITORS)
    _employee, employee_browser = reader("Bram")
    browsers = {"editor": editor_browser, "employee": employee_browser}
    browsers[first].get(article.url)

    assert "wagtail-userbar" in editor_browser.get(article.url).content.decode()
    assert "wagtail-userbar" not in employee_browser.get(article.url).content.decode()


def test_the_shell_is_reused_until_the_article_changes(article):
    _anna, anna_browser = reader("Anna")
    anna_browser.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        anna_browser.get(article.url)
    assert not any("knowledge_base_topic" in query["sql"] for query in queries)  # shell from cache

    article.title = "Het goede gesprek voeren"
    article.save_revision().publish()
    assert "Het goede gesprek voeren" in anna_browser.get(article.url).content.decode()


def test_a_marker_without_the_sites_secret_stays_text():
    forged = "<p><!--personal 0123456789abcdef0123 includes/user_name.html--></p>"
    assert personal.marker("includes/user_name.html") not in forged
    assert personal._marker_pattern().search(forged) is None
