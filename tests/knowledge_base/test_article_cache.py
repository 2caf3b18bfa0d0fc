"""The article's rendered contents, body and related articles are cached fragments: never stale,
and never holding anything of the reader."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from wagtail.models import PageViewRestriction, Site

from intranet.models import ContentVersion
from knowledge_base.models import ArticleFeedback, RelatedArticle
from people.groups import EDITORS
from tests.factories.knowledge_base import TopicFactory
from tests.factories.people import UserFactory
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


def fragment_key(article, name):
    """The key ``{% wagtailpagecache %}`` gives a fragment of the article's template."""
    site = Site.objects.get(is_default_site=True)
    article.refresh_from_db()  # the cache key holds the publishing time
    return make_template_fragment_key(name, [ContentVersion.current(), "nl", article.cache_key, site.pk])


def test_the_cached_fragments_hold_the_article_and_nothing_of_the_reader(make_article, client):
    article = make_article(title="Ontwikkelgesprek", body=[paragraph("<p>Zo bereid je het voor.</p>")])
    article.save_revision().publish()
    fenna = UserFactory(first_name="Fenna", last_name="de Vries", email="fenna@westbetuwe.nl")
    joost = UserFactory(first_name="Joost", last_name="Bakker", email="joost@westbetuwe.nl")
    ArticleFeedback.objects.create(
        article=article, user=fenna, useful=True, comment="Fenna's eigen opmerking"
    )

    pages = {}
    for user in (fenna, joost):
        client.force_login(user)
        pages[user.first_name] = client.get(article.url).content.decode()

    fragment = cache.get(fragment_key(article, "kb_article"))
    assert fragment is not None and "Zo bereid je het voor." in fragment
    assert cache.get(fragment_key(article, "kb_article_breadcrumbs")) is not None
    for text in ("Fenna", "Joost", "fenna@", "joost@", "eigen opmerking", "csrfmiddlewaretoken"):
        assert text not in fragment
    # Each reader gets the same article, and only their own name, answer and token around it.
    assert "Fenna de Vries" in pages["Fenna"] and "Joost Bakker" not in pages["Fenna"]
    assert "Joost Bakker" in pages["Joost"] and "Fenna de Vries" not in pages["Joost"]
    assert "eigen opmerking" in pages["Fenna"] and "eigen opmerking" not in pages["Joost"]
    assert "Zo bereid je het voor." in pages["Joost"]


def test_a_preview_is_never_cached(make_article, editor_client):
    article = make_article(title="Ontwikkelgesprek", body=[paragraph("<p>Gepubliceerd.</p>")])
    article.save_revision().publish()
    original_request = editor_client.get(article.url).wsgi_request
    article.body = [paragraph("<p>In voorbeeld.</p>")]
    article.save_revision()
    preview = article.get_latest_revision_as_object().make_preview_request(original_request)
    assert "In voorbeeld." in preview.content.decode()
    assert "Gepubliceerd." in editor_client.get(article.url).content.decode()


def test_a_renamed_topic_shows_at_once(make_article, employee_client):
    topic = TopicFactory(name="Lean")
    article = make_article(title="Verspillingen", topics=[topic])
    article.save_revision().publish()
    assert ">Lean</a>" in employee_client.get(article.url).content.decode()
    topic.name = "Lean en procesverbetering"
    topic.save()
    assert ">Lean en procesverbetering</a>" in employee_client.get(article.url).content.decode()
