from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kennisbank.models import Department


class DepartmentFilterSet(WagtailFilterSet):
    class Meta:
        model = Department
        fields = ["is_active"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["name", "review_interval_months", "group", "is_active"]
    list_export = [
        "name",
        "slug",
        "reminder_emails",
        "escalation_email",
        "review_interval_months",
        "is_active",
    ]
    filterset_class = DepartmentFilterSet
    search_fields = ["name"]
    ordering = ["name"]


class KennisbankViewSetGroup(SnippetViewSetGroup):
    items = (DepartmentViewSet,)
    menu_icon = "help"
    menu_label = _("Knowledge base")
    menu_name = "kennisbank"
