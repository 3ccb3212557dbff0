"""Open call-back requests on the dashboard (construct_homepage_panels), and their page in the
Reports menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kennisbank.access.rules import edits_every_answer
from kennisbank.callbacks.handling import callbacks_for, with_caller
from kennisbank.reports.base import ReportMenuItem
from kennisbank.reports.panels import OpenItemsPanel
from kennisbank.reports.readability import may_edit_answers


class CallbacksPanel(OpenItemsPanel):
    name = "kennisbank_callbacks"
    template_name = "kennisbank/admin/dashboard_callbacks.html"
    order = 130
    index_url_name = "kennisbank:callbacks"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = with_caller(parent_context["request"].user, context["items"])
        return context


def add_callbacks_panel(request, panels):
    """construct_homepage_panels: open call-backs, only when there are some for this user."""
    items = callbacks_for(request.user)
    if items.exists():
        panels.append(CallbacksPanel(items, edits_every_answer(request.user)))


def menu_item():
    return ReportMenuItem(
        _("Call-back requests"),
        reverse("kennisbank:callbacks"),
        name="callbacks",
        icon_name="mail",
        order=1120,
        permission=may_edit_answers,
    )
