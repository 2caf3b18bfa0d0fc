"""Anonymising old answers to "Was dit nuttig?": the votes still count, comment and reader go."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from knowledge_base.feedback import articles_with_feedback
from knowledge_base.models import ArticleFeedback
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db


def anonymise(*args):
    out = io.StringIO()
    call_command("anonymise_personal_data", *args, stdout=out)
    return out.getvalue()


def answer(article, user, useful, comment, days_ago):
    feedback, _created = ArticleFeedback.objects.record(article, user, useful, comment)
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    ArticleFeedback.objects.filter(pk=feedback.pk).update(created_at=moment, updated_at=moment)
    return feedback


def counts():
    return [
        (article.pk, article.useful_count, article.not_useful_count, article.feedback_count)
        for article in articles_with_feedback()
    ]


@pytest.fixture
def answers(make_article, employee):
    """Three years of answers on two articles, by the employee and two colleagues."""
    first, second = make_article(title="Verlof aanvragen"), make_article(title="Declaraties")
    colleague, other = UserFactory(), UserFactory()
    old = [
        answer(first, employee, False, "Onduidelijk, ik mis de link naar YouForce", days_ago=800),
        answer(first, colleague, True, "Fijn, bedankt Anja!", days_ago=760),
        answer(second, employee, True, "", days_ago=900),
    ]
    recent = [
        answer(second, colleague, False, "Het formulier klopt niet meer", days_ago=30),
        answer(first, other, True, "Duidelijk", days_ago=700),  # 23 months: kept
    ]
    return first, old, recent


def test_old_answers_keep_their_vote_but_lose_reader_and_comment(answers):
    _first, old, recent = answers
    report_before = counts()
    recent_before = list(ArticleFeedback.objects.filter(pk__in=[f.pk for f in recent]).values())

    output = anonymise()

    assert "knowledge_base.feedback" in output and "3 answers anonymised" in output
    assert counts() == report_before
    for feedback in ArticleFeedback.objects.filter(pk__in=[f.pk for f in old]):
        assert (feedback.user_id, feedback.comment) == (None, "")
    assert [f.useful for f in ArticleFeedback.objects.filter(pk__in=[f.pk for f in old]).order_by("pk")] == [
        False,
        True,
        True,
    ]
    assert list(ArticleFeedback.objects.filter(pk__in=[f.pk for f in recent]).values()) == recent_before


def test_the_employee_no_longer_sees_their_old_answer_and_may_answer_again(answers, employee_client):
    first, _old, _recent = answers
    html = employee_client.get(first.url).content.decode()
    assert "ik mis de link naar YouForce" in html
    assert "Je vond dit artikel niet nuttig" in html

    anonymise()

    html = employee_client.get(first.url).content.decode()
    assert "ik mis de link naar YouForce" not in html
    assert "Je vond dit artikel niet nuttig" not in html
    response = employee_client.post(first.url + first.reverse_subpage("feedback"), {"useful": "yes"})
    assert response.status_code == 302
    assert ArticleFeedback.objects.filter(article=first).count() == 4


def test_a_dry_run_reports_the_same_and_changes_nothing(answers):
    rows_before = list(ArticleFeedback.objects.order_by("pk").values())

    output = anonymise("--dry-run")

    assert "3 answers would be anonymised (dry run, nothing changed)" in output
    assert list(ArticleFeedback.objects.order_by("pk").values()) == rows_before
