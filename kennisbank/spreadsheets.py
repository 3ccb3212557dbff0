"""CSV exports that open right in a Dutch spreadsheet, and that it cannot run as formulas.

Every CSV export in the admin (our reports and snippets, and Wagtail's own) goes through
Wagtail's SpreadsheetExportMixin, so both are settled once, there:

- Dutch Excel splits a CSV file on ";" (the list separator of a Dutch Windows) and reads it
  as UTF-8 only when it starts with a byte order mark. Wagtail writes "," without one: a
  double-clicked export showed every row in one column, with "Ã©" for "é". The exports are
  therefore separated by ";", start with the mark, and write numbers with a decimal comma
  (which Dutch Excel reads as a number, where "7.5" became a date), yes or no as "Ja" or
  "Nee" (Wagtail wrote "True"), and times as the municipality's clock shows them, to the
  minute (Wagtail wrote "2026-12-07 11:46:02.816092+00:00", and UTC into XLSX files: an hour
  off in winter).
- Wagtail keeps XLSX cells that start with "=" as text, but writes CSV cells as they are. Some
  exported text comes from anyone on the internet: the search analytics export what citizens
  typed. A search for `=HYPERLINK("http://…","klik")` became a live formula for the editor
  who opened the export; such cells now start with a quote.
- Wagtail names the one sheet of an XLSX export "Sheet1"; it is named after the report.
"""

import csv
import datetime
import re
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.admin.views.mixins import Echo, ExcelDateFormatter, SpreadsheetExportMixin

DELIMITER = ";"
BYTE_ORDER_MARK = "\ufeff".encode()
# What a spreadsheet reads as the start of a formula, or of a cell it splits or runs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel refuses a sheet name with these characters, or longer than 31 characters.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LENGTH = 31


def as_text_cell(value):
    """A text value that a spreadsheet would evaluate, with a leading quote (OWASP's advice:
    the quote is not shown, the text is); numbers and everything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_dutch_cell(value):
    """A cell as Dutch Excel reads it: a fraction with a decimal comma, yes or no in words,
    text guarded (as_text_cell)."""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")
    return as_text_cell(value)


def local_time(value: datetime.datetime) -> datetime.datetime:
    """An aware time as the municipality's clock shows it, without a time zone (what a
    spreadsheet cell holds)."""
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def local_time_text(value: datetime.datetime) -> str:
    return local_time(value).strftime("%Y-%m-%d %H:%M")


def dutch_csv_exports():
    """Make every CSV export Dutch and formula-safe, and every export's times local; called once
    from KennisbankConfig.ready."""
    if getattr(SpreadsheetExportMixin.write_csv_row, "dutch", False):
        return
    SpreadsheetExportMixin.custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_XLSX: local_time,
            SpreadsheetExportMixin.FORMAT_CSV: local_time_text,
        },
    }
    write_csv_row = SpreadsheetExportMixin.write_csv_row

    def write_dutch_csv_row(self, writer, row_dict):
        # The mixin preprocesses each value when it writes the row; this runs after it.
        return write_csv_row(self, _DutchCells(writer), row_dict)

    def stream_dutch_csv(self, queryset):
        # Wagtail's stream_csv, with the separator and the byte order mark.
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=DELIMITER)
        headings = {field: self.get_heading(queryset, field) for field in self.list_export}
        yield BYTE_ORDER_MARK + writer.writerow(headings)
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_named_xlsx(self, queryset, output):
        # Wagtail's write_xlsx, with a sheet named after the report.
        from openpyxl import Workbook

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=sheet_name(self))
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            row = self.to_row_dict(item)
            worksheet.append(self.generate_xlsx_row(worksheet, row, date_format=date_format))
        workbook.save(output)

    write_dutch_csv_row.dutch = True
    SpreadsheetExportMixin.write_csv_row = write_dutch_csv_row
    SpreadsheetExportMixin.stream_csv = stream_dutch_csv
    SpreadsheetExportMixin.write_xlsx = write_named_xlsx


def sheet_name(view) -> str:
    """The report's title as Excel allows it for a sheet name."""
    title = getattr(view, "page_title", "") or view.get_filename()
    name = SHEET_NAME_FORBIDDEN.sub("-", str(title)).strip()[:SHEET_NAME_LENGTH].strip()
    return name or _("Export")


class _DutchCells:
    """A csv writer that writes every cell as_dutch_cell."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow({field: as_dutch_cell(value) for field, value in row.items()})
