"""Open corrections from the contact centre on the dashboard (construct_homepage_panels), and
their page in the Reports menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kennisbank.corrections.handling import corrections_for, sees_all_departments
from kennisbank.reports.base import ReportMenuItem
from kennisbank.reports.panels import OpenItemsPanel
from kennisbank.reports.readability import may_edit_answers


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


def menu_item():
    return ReportMenuItem(
        _("Feedback from the contact centre"),
        reverse("kennisbank:corrections"),
        name="corrections",
        icon_name="help",
        order=1110,
        permission=may_edit_answers,
    )
