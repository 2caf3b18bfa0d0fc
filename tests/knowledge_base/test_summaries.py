"""knowledge_base.summaries: the newest and recently updated articles for the home page."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from knowledge_base.summaries import newest_articles, recently_updated_articles
from tests.factories.knowledge_base import KnowledgeArticlePageFactory

pytestmark = pytest.mark.django_db


def article(kb_index, title, published_days_ago, updated_days_ago=None, **kwargs):
    page = KnowledgeArticlePageFactory(parent=kb_index, title=title, **kwargs)
    now = timezone.now()
    page.first_published_at = now - datetime.timedelta(days=published_days_ago)
    page.last_published_at = now - datetime.timedelta(days=updated_days_ago or published_days_ago)
    page.save()
    return page


def titles(summaries):
    return [summary.title for summary in summaries]


def test_newest_first_and_only_what_everyone_may_read(kb_index):
    article(kb_index, "Oud", 30)
    article(kb_index, "Nieuw", 1)
    article(kb_index, "Concept", 0, live=False)
    restricted = article(kb_index, "Alleen voor HR", 0)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)

    assert titles(newest_articles()) == ["Nieuw", "Oud"]
    assert newest_articles()[0].url.startswith("/kennisbank/")


def test_recently_updated_leaves_out_the_newest_and_the_never_updated(kb_index):
    article(kb_index, "Nieuw", 1)
    article(kb_index, "Bijgewerkt", 90, updated_days_ago=2)
    article(kb_index, "Nooit bijgewerkt", 60)
    article(kb_index, "Lang geleden bijgewerkt", 100, updated_days_ago=50)

    assert titles(recently_updated_articles(exclude_newest=1)) == ["Bijgewerkt", "Lang geleden bijgewerkt"]
