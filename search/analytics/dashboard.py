"""A dashboard panel for those who read the analytics: how many search events were lost in the
last 30 days, shown only when any were (search.analytics.recording counts them)."""

from wagtail.admin.ui.components import Component

from search.analytics.recording import lost_events
from search.reports.base import can_view_analytics


class LostEventsPanel(Component):
    name = "search_lost_events"
    template_name = "search/analytics/dashboard_lost_events.html"
    order = 160

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count}


def add_lost_events_panel(request, panels):
    if can_view_analytics(request.user) and (count := lost_events()):
        panels.append(LostEventsPanel(count))
