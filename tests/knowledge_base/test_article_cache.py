"""The article's rendered contents, body and related articles are cached, but never stale."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from knowledge_base.models import RelatedArticle
from people.groups import EDITORS
from tests.knowledge_base.conftest import heading, paragraph

pytestmark = pytest.mark.django_db


def related_part(html):
    return html[html.index('id="related-heading"') :] if 'id="related-heading"' in html else ""


def test_a_published_edit_shows_at_once(make_article, employee_client):
    article = make_article(title="Ontwikkelgesprek", body=[heading("Voorbereiden"), paragraph("<p>Oud.</p>")])
    article.save_revision().publish()
    html = employee_client.get(article.url).content.decode()
    assert "Oud." in html and 'href="#voorbereiden"' in html

    article.body = [heading("Terugblikken"), paragraph("<p>Nieuw.</p>")]
    article.save_revision().publish()
    html = employee_client.get(article.url).content.decode()
    assert "Nieuw." in html and 'href="#terugblikken"' in html
    assert "Oud." not in html and 'href="#voorbereiden"' not in html


def test_a_saved_draft_is_not_shown(make_article, employee_client):
    article = make_article(title="Ontwikkelgesprek", body=[paragraph("<p>Gepubliceerd.</p>")])
    article.save_revision().publish()
    employee_client.get(article.url)
    article.body = [paragraph("<p>Concept.</p>")]
    article.save_revision()
    html = employee_client.get(article.url).content.decode()
    assert "Gepubliceerd." in html and "Concept." not in html


def test_related_article_that_is_unpublished_or_restricted_disappears(make_article, employee_client):
    article = make_article(title="Verspillingen")
    gone = make_article(title="Lean in de praktijk")
    secret = make_article(title="Vertrouwelijk overleg")
    renamed = make_article(title="Leercafé")
    for other in (gone, secret, renamed):
        RelatedArticle.objects.create(page=article, article=other)
    article.save_revision().publish()
    html = related_part(employee_client.get(article.url).content.decode())
    assert "Lean in de praktijk" in html and "Vertrouwelijk overleg" in html and "Leercafé" in html

    gone.unpublish()
    restriction = PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=EDITORS)])
    renamed.title = "Leercafé najaar"
    renamed.save_revision().publish()

    html = related_part(employee_client.get(article.url).content.decode())
    assert "Lean in de praktijk" not in html
    assert "Vertrouwelijk overleg" not in html
    assert "Leercafé najaar" in html
