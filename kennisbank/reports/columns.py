"""Table columns for the admin's listings and reports."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """A yes/no value as a tick or a cross that says "Ja" or "Nee" (not "True"/"False")."""

    cell_template_name = "kennisbank/admin/yes_no_cell.html"
