"""Content governance in the admin: the "Te reviewen" report and marking an article reviewed."""

import csv
import datetime
import io

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from knowledge_base.models import KnowledgeArticlePage
from knowledge_base.review import MARK_REVIEWED_ACTION, next_review_date
from tests.admin_access import assert_sent_to_admin_login
from tests.factories.people import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/kennisbank/te-reviewen/"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def review_articles(make_article):
    owner = UserFactory(first_name="Joost", last_name="de Vries")
    return {
        "overdue": make_article(title="Verlopen artikel", review_date=days(-3), owner_person=owner),
        "soon": make_article(
            title="Binnenkort artikel", review_date=days(20), owner_team=TeamFactory(name="P&O")
        ),
        "later": make_article(title="Later artikel", review_date=days(45)),
        "draft": make_article(title="Concept artikel", review_date=days(-10), live=False),
    }


def test_report_lists_overdue_and_soon_due_live_articles_with_owner(editor_client, review_articles):
    response = editor_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Verlopen artikel") < html.index("Binnenkort artikel")
    assert "Later artikel" not in html
    assert "Concept artikel" not in html
    assert "Joost de Vries" in html and "P&amp;O" in html
    assert "Verlopen" in html and "Binnenkort" in html
    assert "Markeer als gereviewd" in html


def test_report_exports_to_csv_and_xlsx(editor_client, review_articles):
    response = editor_client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Artikel", "Reviewdatum", "Status", "Eigenaar"]
    titles = [row[0] for row in rows[1:]]
    assert "Verlopen artikel" in titles and "Binnenkort artikel" in titles
    assert "Later artikel" not in titles
    xlsx = editor_client.get(REPORT_URL, {"export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    overdue = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Verlopen artikel")
    assert overdue[1].value == datetime.datetime.combine(days(-3), datetime.time())  # a date, not text
    assert overdue[3].value == "Joost de Vries"


def test_report_exports_formula_like_titles_as_inert_text(editor_client, make_article):
    make_article(title="+31 6 bellen: zo werkt het", review_date=days(-1))

    sheet = load_workbook(io.BytesIO(editor_client.get(REPORT_URL, {"export": "xlsx"}).content)).active
    title = sheet["A2"]
    assert (title.value, title.data_type, title.quotePrefix) == ("+31 6 bellen: zo werkt het", "s", True)
    response = editor_client.get(REPORT_URL, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0] == "'+31 6 bellen: zo werkt het"


def test_mark_reviewed_sets_next_date_logs_and_confirms_in_dutch(editor_client, editor, review_articles):
    article = review_articles["overdue"]
    article.save_revision()
    url = reverse("kennisbank_review:mark_reviewed", args=[article.pk])
    response = editor_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == REPORT_URL
    article.refresh_from_db()
    assert article.review_date == next_review_date()
    assert article.latest_revision.content["review_date"] == next_review_date().isoformat()
    entry = PageLogEntry.objects.get(action=MARK_REVIEWED_ACTION)
    assert (entry.page_id, entry.user) == (article.pk, editor)
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages and messages[0].startswith("“Verlopen artikel” is gemarkeerd als gereviewd.")
    listed = [row.title for row in editor_client.get(REPORT_URL).context["object_list"]]
    assert listed == ["Binnenkort artikel"]


def test_mark_reviewed_needs_post(editor_client, review_articles):
    article = review_articles["overdue"]
    response = editor_client.get(reverse("kennisbank_review:mark_reviewed", args=[article.pk]))
    assert response.status_code == 405
    article.refresh_from_db()
    assert article.review_date == days(-3)


def test_mark_reviewed_of_unknown_article_is_404(editor_client):
    assert editor_client.post(reverse("kennisbank_review:mark_reviewed", args=[999999])).status_code == 404


def test_publishing_an_old_draft_keeps_the_new_review_date(editor_client, review_articles):
    article = review_articles["overdue"]
    article.save_revision()
    editor_client.post(reverse("kennisbank_review:mark_reviewed", args=[article.pk]))
    KnowledgeArticlePage.objects.get(pk=article.pk).latest_revision.publish()
    article.refresh_from_db()
    assert article.review_date == next_review_date()


def test_employee_cannot_open_the_report_or_mark_reviewed(employee_client, employee, review_articles):
    assert_sent_to_admin_login(employee_client.get(REPORT_URL), REPORT_URL)
    article = review_articles["overdue"]
    mark_reviewed_url = reverse("kennisbank_review:mark_reviewed", args=[article.pk])
    assert_sent_to_admin_login(employee_client.post(mark_reviewed_url), mark_reviewed_url)
    article.refresh_from_db()
    assert article.review_date == days(-3)
