"""The editors' report of what readers answered to "Was dit nuttig?"."""

import pytest

from tests.factories.knowledge_base import ArticleFeedbackFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/kennisbank/feedback/"


@pytest.fixture
def feedback(make_article):
    article = make_article(title="Het goede gesprek")
    voters = [UserFactory(first_name="Anne", last_name="Jansen")] + [UserFactory() for _ in range(3)]
    ArticleFeedbackFactory(article=article, user=voters[0], useful=True, comment="Heel bruikbaar")
    ArticleFeedbackFactory(article=article, user=voters[1], useful=True)
    ArticleFeedbackFactory(article=article, user=voters[2], useful=True)
    ArticleFeedbackFactory(article=article, user=voters[3], useful=False, comment="Voorbeeld ontbreekt")
    make_article(title="Zonder reacties")
    return article


def test_report_shows_counts_share_and_comments_without_names(editor_client, feedback):
    response = editor_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het goede gesprek" in html
    assert "Zonder reacties" not in html
    row = response.context["object_list"][0]
    assert (row.useful_count, row.not_useful_count, row.useful_percentage) == (3, 1, "75%")
    assert "Heel bruikbaar" in html and "Voorbeeld ontbreekt" in html
    assert "Anne" not in html and "Jansen" not in html


def test_report_exports_csv(editor_client, feedback):
    response = editor_client.get(REPORT_URL, {"export": "csv"})
    content = response.getvalue().decode()
    assert "Aandeel nuttig" in content
    assert "Het goede gesprek,3,1,75%" in content


def test_employee_cannot_open_the_feedback_report(employee_client, feedback):
    response = employee_client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert "Heel bruikbaar" not in response.content.decode()
