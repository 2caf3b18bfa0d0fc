"""The monthly newsletter: the web version, the archive, and the e-mail version."""

import re
from html.parser import HTMLParser

import pytest
from django.core import mail
from wagtail_factories import ImageFactory

from teasers import newsletter
from teasers.models import NewsletterArticle, NewsletterTeaser
from tests.factories.knowledge_base import KnowledgeArticlePageFactory
from tests.factories.teasers import NewsletterIndexPageFactory, NewsletterPageFactory, TeaserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return NewsletterIndexPageFactory(parent=home_page)


@pytest.fixture
def issue(archive, kb_index):
    article = KnowledgeArticlePageFactory(parent=kb_index, title="Het goede gesprek")
    page = NewsletterPageFactory(
        parent=archive,
        title="Samen leren in december",
        foreword=f'<p>Lees ook <a linktype="page" id="{article.pk}">het goede gesprek</a>.</p>',
        foreword_photo=ImageFactory(title="Marieke"),
    )
    teaser = TeaserFactory(
        title="Leercafé december", image=ImageFactory(title="Koffie"), image_alt="Collega's aan de koffie"
    )
    NewsletterTeaser.objects.create(page=page, teaser=teaser, sort_order=0)
    NewsletterArticle.objects.create(page=page, article=article, sort_order=0)
    return page


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html):
    parser = Elements()
    parser.feed(html)
    return parser.tags


def test_the_web_version_shows_foreword_teasers_and_articles(employee_client, issue):
    content = employee_client.get(issue.url).content.decode()

    assert "Marieke Jansen" in content
    assert "Kwartiermaker lerende organisatie" in content
    assert "Leercafé december" in content
    assert "Het goede gesprek" in content
    # Employees get no mailing buttons.
    assert "e-mail/" not in content


def test_the_archive_lists_past_issues_newest_first(employee_client, archive):
    import datetime

    NewsletterPageFactory(parent=archive, title="Februari", issue_date=datetime.date(2022, 2, 1))
    NewsletterPageFactory(parent=archive, title="Juni", issue_date=datetime.date(2022, 6, 1))

    content = employee_client.get(archive.url).content.decode()

    assert content.index("Juni") < content.index("Februari")


def test_the_email_version_has_no_scripts_and_only_inline_styles(issue):
    html = newsletter.email_html(issue)
    tags = parse(html)

    assert "<script" not in html.lower()
    assert not [tag for tag, _attrs in tags if tag in ("script", "style", "link", "iframe", "form")]
    assert not [attrs for _tag, attrs in tags if "class" in attrs]
    assert not re.search(r"\son\w+=", html)  # no event handlers
    assert any(tag == "table" for tag, _attrs in tags)


def test_the_email_version_uses_absolute_addresses(issue):
    tags = parse(newsletter.email_html(issue))
    images = [attrs["src"] for tag, attrs in tags if tag == "img"]
    links = [attrs["href"] for tag, attrs in tags if tag == "a"]

    assert len(images) == 2  # the author's photo and the teaser's image
    assert all(src.startswith("http://testserver/") for src in images)
    assert links and all(href.startswith("http://testserver/") for href in links)
    assert f"http://testserver{issue.url}" in links
    assert any("/kennisbank/" in href for href in links)  # the link inside the foreword


def test_editors_download_the_email_version(editor_client, issue):
    response = editor_client.get(issue.url + "e-mail/")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="nieuwsbrief-2026-12.html"'
    assert b"Leercaf" in response.content


def test_employees_cannot_download_or_send(employee_client, issue):
    assert employee_client.get(issue.url + "e-mail/").status_code == 403
    assert employee_client.post(issue.url + "testmail/").status_code == 403
    assert mail.outbox == []


def test_an_editor_sends_a_test_to_themselves(editor_client, editor, issue):
    response = editor_client.post(issue.url + "testmail/")

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [editor.email]
    assert message.subject == "Nieuwsbrief Samen West Betuws Werken, december 2026"
    html = message.alternatives[0][0]
    assert "<script" not in html
    assert "Leercafé december" in message.body


def test_a_test_mail_needs_post(editor_client, issue):
    assert editor_client.get(issue.url + "testmail/").status_code == 405
