"""Properties of the employee CSV parser on arbitrary files (hypothesis).

The parser only reads the file: any bytes give either rows or an EmployeeImportError with
Dutch messages, never another exception.
"""

import csv
import datetime
import io

from hypothesis import assume, example, given
from hypothesis import strategies as st

from people.importing import COLUMNS, EmployeeImportError, parse_date, parse_employee_csv

cells = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", " ", '"', '""', ";", ",", "\n", "\r", "01-09-2025", "2025-02-30", "a@b.nl", "ï»¿"]),
)


@st.composite
def csv_files(draw):
    """Files that look like the import: a header of known and unknown columns, then rows."""
    header = draw(st.lists(st.sampled_from([*COLUMNS, "x", "", "EMAIL"]), min_size=0, max_size=10))
    rows = draw(st.lists(st.lists(cells, max_size=10), max_size=6))
    delimiter = draw(st.sampled_from([";", ","]))
    text = "\n".join(delimiter.join(row) for row in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


def has_a_cell_with_text(data):
    """Whether the file, read with the separator the parser picks, has a cell with text."""
    text = data.decode("utf-8-sig", errors="replace")
    header = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        return True  # the parser reports this one
    return any(cell.strip() for record in records for cell in record)


def parses_or_reports(data):
    try:
        rows = parse_employee_csv(data)
    except EmployeeImportError as error:
        assert error.errors and all(isinstance(message, str) and message for message in error.errors)
        return None
    assert rows
    return rows


@given(st.one_of(st.binary(max_size=300), csv_files()))
@example(b";;;")
@example(b'\n;""')
def test_any_file_gives_rows_or_an_import_error(data):
    parses_or_reports(data)


@given(csv_files())
@example(b"gebruikersnaam;voornaam;achternaam;email\njan;Jan;Jansen;jan@westbetuwe.nl")
@example('\ufeffgebruikersnaam,voornaam,achternaam,email\r\njan,"Jan",Jansen,jan@x.nl\r\n'.encode())
def test_any_file_with_a_header_of_text_gives_rows_or_an_import_error(data):
    # Files with a header of text: the rows that follow are read and checked.
    assume(has_a_cell_with_text(data))

    rows = parses_or_reports(data)

    for row in rows or []:
        assert row.username and row.first_name and row.last_name and row.email


@given(st.text(max_size=30))
@example("31-02-2025")
@example("0000-01-01")
@example("01-01-٢٠٢٥")
def test_a_date_parses_or_gives_a_value_error(value):
    try:
        result = parse_date(value)
    except ValueError:
        return
    assert isinstance(result, datetime.date)


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_dates_in_every_accepted_notation_read_back_the_same(day):
    for notation in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", f"{day.day}-{day.month}-%Y"):
        assert parse_date(day.strftime(notation)) == day
