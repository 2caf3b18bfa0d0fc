"""Participant lists as XLSX and as CSV the way Dutch Excel opens it, parsed back."""

import csv
import io

import pytest
from openpyxl import load_workbook

from academy_pages import registration as workflow
from academy_pages.models import Attendance, Registration
from tests.academy_pages.admin_support import participants_url
from tests.factories.academy import SessionFactory
from tests.factories.people import UserFactory

pytestmark = pytest.mark.django_db

HEADINGS = ["Naam", "E-mail", "Team", "Status", "Aanwezigheid", "Ingeschreven op"]


@pytest.fixture
def session(course):
    session = SessionFactory(course=course, capacity=2)
    people = [
        UserFactory(username="s.celik", first_name="Şeyma", last_name="Çelik"),
        UserFactory(username="j.vdberg", first_name="Jan", last_name="van den Berg; jr."),
        UserFactory(username="p.smit", first_name="Piet", last_name="Smit"),
    ]
    for user in people:
        workflow.register(session, user, name=user.get_full_name(), email=user.email, team="Team Financiën")
    first = Registration.objects.get(user=people[0])
    first.attendance = Attendance.PRESENT
    first.save()
    return session


def test_xlsx_export_has_everyone_with_status_and_attendance(editor_client, session):
    response = editor_client.get(f"{participants_url(session)}export/xlsx/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'attachment; filename="deelnemers-' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell if cell is not None else "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADINGS
    assert [row[:5] for row in rows[1:]] == [
        ["Şeyma Çelik", "s.celik@westbetuwe.nl", "Team Financiën", "Ingeschreven", "Aanwezig"],
        ["Jan van den Berg; jr.", "j.vdberg@westbetuwe.nl", "Team Financiën", "Ingeschreven", ""],
        ["Piet Smit", "p.smit@westbetuwe.nl", "Team Financiën", "Op de wachtlijst", ""],
    ]


def test_csv_export_uses_semicolons_and_a_byte_order_mark(editor_client, session):
    response = editor_client.get(f"{participants_url(session)}export/csv/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(HEADINGS)
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == HEADINGS
    # A semicolon inside a value is quoted, so the columns stay intact.
    assert rows[2][:4] == [
        "Jan van den Berg; jr.",
        "j.vdberg@westbetuwe.nl",
        "Team Financiën",
        "Ingeschreven",
    ]
    assert [row[0] for row in rows[1:]] == ["Şeyma Çelik", "Jan van den Berg; jr.", "Piet Smit"]


def test_unknown_export_format_is_not_found(editor_client, session):
    assert editor_client.get(f"{participants_url(session)}export/pdf/").status_code == 404


def test_employees_cannot_download_the_list(employee_client, session):
    response = employee_client.get(f"{participants_url(session)}export/csv/")
    assert response.status_code == 302
    assert b"Piet Smit" not in response.content
