"""The Objects API link in the admin: the keys (Beheerders) and the VAC links with their
failures (a report for the Redactie). The status of one answer in its editor: panel.py."""

import django_filters

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from kennisbank.models import ObjectsApiToken, VacSync
from kennisbank.reports.base import ReportMenuItem
from kennisbank.reports.columns import YesNoColumn


class KeyCreateView(CreateView):
    """Makes the key itself and shows it once, on the page that follows, never again."""

    def form_valid(self, form):
        token, key = ObjectsApiToken.issue(form.cleaned_data["name"], self.request.user)
        return TemplateResponse(
            self.request,
            "kennisbank/admin/objects_api_key_created.html",
            {
                "token": token,
                "key": key,
                "index_url": self.get_success_url(),
                "header_title": _("Key made"),
            },
        )

    def get_success_url(self):
        return reverse(self.index_url_name)


class ObjectsApiTokenViewSet(ModelViewSet):
    model = ObjectsApiToken
    name = "objects_api_keys"
    icon = "key"
    menu_label = _("Objects API keys")
    add_to_settings_menu = True
    add_view_class = KeyCreateView
    form_fields = ["name", "revoked"]
    list_display = ["name", "prefix", "created_at", "last_used_at", YesNoColumn("revoked")]
    ordering = ["name"]
    search_fields = ["name"]
    search_backend_name = None


class VacSyncFilterSet(WagtailFilterSet):
    failed = django_filters.BooleanFilter(label=_("Refused"))
    pending = django_filters.BooleanFilter(label=_("Waiting to be sent"))

    class Meta:
        model = VacSync
        fields = ["failed", "pending", "action"]


class VacSyncViewSet(ModelViewSet):
    """Every answer's VAC link: what was sent when, and what went wrong (filter "Refused")."""

    model = VacSync
    name = "vac_links"
    icon = "warning"
    menu_label = _("VAC link to KISS")
    inspect_view_enabled = True
    # Nobody adds or edits a link by hand (only "view" is registered); the form is required.
    form_fields = ["question"]
    list_display = [
        "question",
        "action",
        YesNoColumn("pending", label=_("waiting")),
        YesNoColumn("failed", label=_("refused")),
        "attempts",
        "last_sent_at",
        "last_error",
    ]
    list_export = [
        "vac_uuid",
        "question",
        "action",
        "pending",
        "failed",
        "attempts",
        "last_sent_at",
        "last_error",
    ]
    filterset_class = VacSyncFilterSet
    search_fields = ["question", "last_error"]
    search_backend_name = None
    ordering = ["-failed", "-pending", "-queued_at"]

    def get_permissions_to_register(self):
        # The rows are written by the outbox only, never by hand.
        return super().get_permissions_to_register().filter(codename="view_vacsync")


def reports_menu_item():
    """The VAC links (failures first) among the reports, for whoever may see them."""
    return ReportMenuItem(
        _("VAC link to KISS"),
        reverse("vac_links:index"),
        name="vac-links",
        icon_name="warning",
        order=900,
        permission="kennisbank.view_vacsync",
    )
