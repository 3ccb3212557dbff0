"""The "Werkplek" item in the Wagtail admin menu, for those who may use the workbench."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem

from search.workbench.access import may_use_workbench


class WorkbenchMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_workbench(request.user)


def workbench_menu_item():
    """register_admin_menu_item: high in the menu, right below the dashboard."""
    return WorkbenchMenuItem(
        _("Workbench"), reverse_lazy("workbench:start"), icon_name="search", order=50
    )
