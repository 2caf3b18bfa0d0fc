"""What other apps may show of the knowledge base, as plain data: the newest articles and the
ones updated most recently (the home page uses these; it never imports the models)."""

import datetime
from dataclasses import dataclass

from django.db.models import F

from knowledge_base.models import KnowledgeArticlePage

# Publishing writes the first and the last publication a moment apart: within this margin an
# article counts as never updated.
UPDATE_MARGIN = datetime.timedelta(minutes=1)


@dataclass(frozen=True)
class ArticleSummary:
    title: str
    summary: str
    url: str
    published_at: datetime.datetime | None
    updated_at: datetime.datetime | None


def _summaries(articles):
    return [
        ArticleSummary(
            title=article.title,
            summary=article.summary,
            url=article.url,
            published_at=article.first_published_at,
            updated_at=article.last_published_at,
        )
        for article in articles
    ]


def _readable():
    return KnowledgeArticlePage.objects.readable().only(
        "title", "summary", "url_path", "first_published_at", "last_published_at"
    )


def newest_articles(limit=5):
    """The articles published most recently for the first time, newest first."""
    return _summaries(_readable().order_by("-first_published_at", "-pk")[:limit])


def recently_updated_articles(limit=5, exclude_newest=5):
    """Articles republished most recently, leaving out the `exclude_newest` newest articles
    (they are listed as new already) and articles never changed after publishing."""
    newest = _readable().order_by("-first_published_at", "-pk").values("pk")[:exclude_newest]
    articles = (
        _readable()
        .exclude(pk__in=newest)
        .exclude(last_published_at=None)
        .exclude(last_published_at__lte=F("first_published_at") + UPDATE_MARGIN)
        .order_by("-last_published_at", "-pk")[:limit]
    )
    return _summaries(articles)
