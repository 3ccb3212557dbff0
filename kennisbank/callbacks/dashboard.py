"""The dashboard panel of open call-back requests (construct_homepage_panels)."""

from kennisbank.access.rules import edits_every_answer
from kennisbank.callbacks.handling import callbacks_for
from kennisbank.reports.panels import OpenItemsPanel


class CallbacksPanel(OpenItemsPanel):
    name = "kennisbank_callbacks"
    template_name = "kennisbank/admin/dashboard_callbacks.html"
    order = 130
    index_url_name = "kennisbank:callbacks"


def add_callbacks_panel(request, panels):
    """construct_homepage_panels: open call-backs, only when there are some for this user."""
    items = callbacks_for(request.user)
    if items.exists():
        panels.append(CallbacksPanel(items, edits_every_answer(request.user)))
