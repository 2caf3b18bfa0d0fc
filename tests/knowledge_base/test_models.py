"""Rules about one article: review date, reading time, contents, related articles, feedback."""

import datetime

import pytest
from django.db import IntegrityError
from django.utils import timezone

from knowledge_base.models import KnowledgeArticlePage, RelatedArticle
from tests.factories.knowledge_base import ArticleFeedbackFactory, TopicFactory
from tests.factories.people import UserFactory
from tests.knowledge_base.conftest import heading, paragraph

pytestmark = pytest.mark.django_db


def words(count):
    return " ".join(["woord"] * count)


def test_publishing_sets_review_date_six_months_after_first_publication(make_article):
    article = make_article(live=False, review_date=None)
    assert article.review_date is None
    article.save_revision().publish()
    article.refresh_from_db()
    published = timezone.localdate(article.first_published_at)
    assert article.review_date == article.default_review_date()
    assert (article.review_date - published).days in range(181, 185)


def test_review_date_chosen_by_editor_is_kept_on_publish(make_article):
    chosen = datetime.date(2030, 1, 15)
    article = make_article(live=False)
    article.review_date = chosen
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.review_date == chosen


def test_draft_without_review_date_gets_none(make_article):
    article = make_article(live=False)
    article.save_revision()
    article.refresh_from_db()
    assert article.review_date is None


def test_reading_time_is_at_least_one_minute(make_article):
    article = make_article(summary="Kort.", body=[])
    assert article.reading_time == 1


def test_reading_time_counts_words_at_200_per_minute(make_article):
    article = make_article(
        summary=words(10),
        body=[heading(words(5)), paragraph(f"<p>{words(400)}</p>"), paragraph(f"<p><b>{words(6)}</b></p>")],
    )
    # 421 words: just over two minutes, rounded up.
    assert article.reading_time == 3


def test_table_of_contents_follows_headings_with_unique_anchors(make_article):
    article = make_article(
        body=[heading("Aanpak"), paragraph("<p>x</p>"), heading("Details", "h3"), heading("Aanpak")]
    )
    toc = article.table_of_contents(article.body_with_anchors())
    assert [(item["anchor"], item["text"], item["level"]) for item in toc] == [
        ("aanpak", "Aanpak", "h2"),
        ("details", "Details", "h3"),
        ("aanpak-2", "Aanpak", "h2"),
    ]


def test_related_articles_put_the_editors_choice_first(make_article):
    lean = TopicFactory(name="Lean")
    article = make_article(title="Verspillingen", topics=[lean])
    automatic = make_article(title="Lean in de praktijk", topics=[lean])
    chosen = make_article(title="Leercafé")
    RelatedArticle.objects.create(page=article, article=chosen)
    assert article.related_articles() == [chosen, automatic]


def test_related_articles_skip_self_duplicates_drafts_and_private_pages(make_article):
    lean = TopicFactory(name="Lean")
    article = make_article(title="Verspillingen", topics=[lean])
    chosen_and_shared = make_article(title="Lean", topics=[lean])
    draft = make_article(title="Concept", topics=[lean], live=False)
    private = make_article(title="Geheim", topics=[lean])
    private.view_restrictions.create(restriction_type="login")
    RelatedArticle.objects.create(page=article, article=chosen_and_shared)
    RelatedArticle.objects.create(page=article, article=draft)
    assert article.related_articles() == [chosen_and_shared]


def test_related_articles_are_at_most_five(make_article):
    lean = TopicFactory(name="Lean")
    article = make_article(topics=[lean])
    for number in range(8):
        make_article(title=f"Lean {number}", topics=[lean])
    assert len(article.related_articles()) == 5


def test_automatic_related_articles_prefer_more_shared_topics(make_article):
    lean, hr = TopicFactory(name="Lean"), TopicFactory(name="HR")
    article = make_article(topics=[lean, hr])
    one = make_article(title="Een gedeeld", topics=[lean])
    two = make_article(title="Twee gedeeld", topics=[lean, hr])
    assert article.related_articles() == [two, one]


def test_related_articles_are_chosen_among_the_newest_of_each_topic(make_article, monkeypatch):
    """With many articles a topic is not ranked whole: only its newest few are candidates."""
    monkeypatch.setattr("knowledge_base.models.RELATED_CANDIDATES_PER_TOPIC", 2)
    lean, hr = TopicFactory(name="Lean"), TopicFactory(name="HR")
    older_but_sharing_both = make_article(title="Lean en HR", topics=[lean, hr])
    article = make_article(title="Verspillingen", topics=[lean, hr])
    newest_lean = [make_article(title=f"Lean {number}", topics=[lean]) for number in range(3)]
    newest_hr = [make_article(title=f"HR {number}", topics=[hr]) for number in range(2)]

    related = article.related_articles()

    assert older_but_sharing_both not in related
    assert set(related) == {*newest_lean[1:], *newest_hr}


def test_one_feedback_per_user_per_article(make_article):
    article = make_article()
    user = UserFactory()
    ArticleFeedbackFactory(article=article, user=user)
    with pytest.raises(IntegrityError):
        ArticleFeedbackFactory(article=article, user=user, useful=False)


def test_review_due_lists_live_articles_up_to_the_given_day(make_article):
    today = datetime.date(2027, 3, 1)
    overdue = make_article(title="Te laat", review_date=today - datetime.timedelta(days=1))
    soon = make_article(title="Binnenkort", review_date=today + datetime.timedelta(days=30))
    make_article(title="Later", review_date=today + datetime.timedelta(days=31))
    make_article(title="Concept", review_date=today - datetime.timedelta(days=5), live=False)
    assert set(KnowledgeArticlePage.objects.review_due(today)) == {overdue}
    assert set(KnowledgeArticlePage.objects.review_due(today, 30)) == {overdue, soon}
