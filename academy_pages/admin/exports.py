"""Spreadsheet files for the Academy's admin screens: XLSX, and CSV the way Dutch Excel opens it."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Excel reads a CSV as UTF-8 only when it starts with a byte order mark, and a Dutch Excel
# splits columns on semicolons (the comma is the decimal separator there).
CSV_BOM = "\ufeff"
CSV_DELIMITER = ";"


def to_xlsx(headings, rows, *, sheet_title="Export"):
    """An XLSX workbook with one sheet: bold headings, then the rows, as bytes."""
    workbook = Workbook()
    sheet = workbook.active
    # Excel refuses sheet titles longer than 31 characters.
    sheet.title = sheet_title[:31]
    sheet.append([str(heading) for heading in headings])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_csv(headings, rows):
    """CSV as UTF-8 bytes with a byte order mark and semicolons."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([str(heading) for heading in headings])
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return (CSV_BOM + buffer.getvalue()).encode("utf-8")


def file_response(content, filename, file_format):
    """A download response for bytes made by `to_xlsx` or `to_csv`."""
    content_type = XLSX_CONTENT_TYPE if file_format == "xlsx" else "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
