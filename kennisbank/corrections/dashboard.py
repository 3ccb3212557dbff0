"""The dashboard panel of open corrections from the contact centre (construct_homepage_panels)."""

from kennisbank.corrections.handling import corrections_for, sees_all_departments
from kennisbank.reports.panels import OpenItemsPanel


class CorrectionsPanel(OpenItemsPanel):
    """Open corrections from the contact centre: for a member their own department's, for the
    Redactie every department's (handling.py decides)."""

    name = "kennisbank_corrections"
    template_name = "kennisbank/admin/dashboard_corrections.html"
    order = 140
    index_url_name = "kennisbank:corrections"


def add_corrections_panel(request, panels):
    """construct_homepage_panels: open corrections, only when there are some for this user."""
    items = corrections_for(request.user)
    if items.exists():
        panels.append(CorrectionsPanel(items, sees_all_departments(request.user)))
