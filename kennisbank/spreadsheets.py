"""CSV exports that a spreadsheet cannot run as formulas.

Wagtail's exports (SpreadsheetExportMixin) keep XLSX cells that start with "=" as text, but
write CSV cells as they are. Some exported text comes from anyone on the internet: the search
analytics export what citizens typed. A search for `=HYPERLINK("http://…","klik")` then became a
live formula in Excel or LibreOffice for the editor who opened the export. Every CSV export in
the admin (our reports and snippets, and Wagtail's own) goes through one method, so it is
guarded once, there.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

# What a spreadsheet reads as the start of a formula, or of a cell it splits or runs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    """A text value that a spreadsheet would evaluate, with a leading quote (OWASP's advice:
    the quote is not shown, the text is); numbers and everything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def protect_csv_exports():
    """Make every CSV export escape formula cells; called once from KennisbankConfig.ready."""
    if getattr(SpreadsheetExportMixin.write_csv_row, "protects_formulas", False):
        return
    write_csv_row = SpreadsheetExportMixin.write_csv_row

    def write_protected_csv_row(self, writer, row_dict):
        # The mixin preprocesses each value when it writes the row; this runs after it.
        return write_csv_row(self, _TextCells(writer), row_dict)

    write_protected_csv_row.protects_formulas = True
    SpreadsheetExportMixin.write_csv_row = write_protected_csv_row


class _TextCells:
    """A csv writer that escapes formula cells in every row written through it."""

    def __init__(self, writer):
        self.writer = writer

    def writerow(self, row):
        return self.writer.writerow({field: as_text_cell(value) for field, value in row.items()})
