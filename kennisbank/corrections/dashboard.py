"""The dashboard panel of open corrections from the contact centre (construct_homepage_panels)."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from kennisbank.corrections.handling import corrections_for, sees_all_departments

MAX_LISTED = 10


class CorrectionsPanel(Component):
    """Open feedback from the contact centre: for a member their own department's, for the
    Redactie every department's (handling.py decides)."""

    name = "kennisbank_corrections"
    template_name = "kennisbank/admin/dashboard_corrections.html"
    order = 140

    def __init__(self, items, show_department):
        self.items = items
        self.show_department = show_department

    def get_context_data(self, parent_context):
        return {
            "items": self.items[:MAX_LISTED],
            "total": self.items.count(),
            "show_department": self.show_department,
            "index_url": reverse("kennisbank:corrections"),
            "next": reverse("wagtailadmin_home"),
            "csrf_token": parent_context["csrf_token"],
        }


def add_corrections_panel(request, panels):
    """construct_homepage_panels: open feedback, only when there is some for this user."""
    items = corrections_for(request.user)
    if items.exists():
        panels.append(CorrectionsPanel(items, sees_all_departments(request.user)))
