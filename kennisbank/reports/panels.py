"""Dashboard panels that list open items (corrections, call-back requests) with a link to the
full list and a form per item that returns to the dashboard."""

from django.urls import reverse

from wagtail.admin.ui.components import Component

MAX_LISTED = 10


class OpenItemsPanel(Component):
    """Subclasses set `name`, `template_name`, `order` and `index_url_name`."""

    index_url_name = None

    def __init__(self, items, show_department):
        self.items = items
        self.show_department = show_department

    def get_context_data(self, parent_context):
        return {
            "items": self.items[:MAX_LISTED],
            "total": self.items.count(),
            "show_department": self.show_department,
            "index_url": reverse(self.index_url_name),
            "next": reverse("wagtailadmin_home"),
            "csrf_token": parent_context["csrf_token"],
        }
