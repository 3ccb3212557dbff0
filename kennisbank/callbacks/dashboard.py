"""The dashboard panel of open call-back requests (construct_homepage_panels)."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

from kennisbank.callbacks.handling import callbacks_for, edits_every_answer

MAX_LISTED = 10


class CallbacksPanel(Component):
    name = "kennisbank_callbacks"
    template_name = "kennisbank/admin/dashboard_callbacks.html"
    order = 130

    def __init__(self, items, show_department):
        self.items = items
        self.show_department = show_department

    def get_context_data(self, parent_context):
        return {
            "items": self.items[:MAX_LISTED],
            "total": self.items.count(),
            "show_department": self.show_department,
            "index_url": reverse("kennisbank:callbacks"),
            "next": reverse("wagtailadmin_home"),
            "csrf_token": parent_context["csrf_token"],
        }


def add_callbacks_panel(request, panels):
    """construct_homepage_panels: open call-backs, only when there are some for this user."""
    items = callbacks_for(request.user)
    if items.exists():
        panels.append(CallbacksPanel(items, edits_every_answer(request.user)))
