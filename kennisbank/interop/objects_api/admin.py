"""The Objects API link in the admin: the keys (Beheerders) and the VAC links with their
failures (a report for the Redactie). The status of one answer in its editor: panel.py."""

import django_filters

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet

from kennisbank.models import ObjectsApiToken, VacSync
from kennisbank.reports.base import ReportMenuItem
from kennisbank.reports.columns import YesNoColumn

# The session key under which a new key waits for the one page that shows it.
NEW_KEY_SESSION = "objects_api_new_key"


class KeyCreateView(CreateView):
    """Makes the key itself and sends the browser on to the page that shows it once.

    Post, redirect, show: reloading the page that shows the key must not make a second key.
    """

    created_url_name = None

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # A new key is never revoked; "Ingetrokken" on the new-key form only asked a question.
        form.fields.pop("revoked", None)
        return form

    def form_valid(self, form):
        token, key = ObjectsApiToken.issue(form.cleaned_data["name"], self.request.user)
        self.request.session[NEW_KEY_SESSION] = {"id": token.pk, "key": key}
        return redirect(self.created_url_name)


class KeyCreatedView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Shows a new key once: the session holds it until this page has been shown."""

    template_name = "kennisbank/admin/objects_api_key_created.html"
    page_title = _("Key made")
    header_icon = "key"
    index_url_name = None

    def get(self, request, *args, **kwargs):
        new_key = request.session.pop(NEW_KEY_SESSION, None)
        token = new_key and ObjectsApiToken.objects.filter(pk=new_key["id"]).first()
        if not token:
            messages.warning(
                request,
                _(
                    "This key has already been shown and cannot be shown again. Lost it? "
                    "Revoke it and make a new key."
                ),
            )
            return redirect(self.index_url_name)
        self.token, self.key = token, new_key["key"]
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Objects API keys")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            token=self.token, key=self.key, index_url=reverse(self.index_url_name), **kwargs
        )


class ObjectsApiTokenViewSet(ModelViewSet):
    model = ObjectsApiToken
    name = "objects_api_keys"
    icon = "key"
    menu_label = _("Objects API keys")
    add_to_settings_menu = True
    add_view_class = KeyCreateView
    created_view_class = KeyCreatedView
    form_fields = ["name", "revoked"]
    # "Ingetrokken" in words: a red cross beside every working key would read as a fault.
    list_display = [
        "name",
        "prefix",
        "created_at",
        "last_used_at",
        Column(
            "revoked",
            label=_("Status"),
            accessor=lambda token: _("Revoked") if token.revoked else _("In use"),
        ),
    ]
    ordering = ["name"]
    search_fields = ["name"]
    search_backend_name = None

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(created_url_name=self.get_url_name("created"), **kwargs)

    @property
    def created_view(self):
        return self.created_view_class.as_view(
            permission_policy=self.permission_policy,
            any_permission_required=["add"],
            index_url_name=self.get_url_name("index"),
        )

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("created/", self.created_view, name="created")]


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
        YesNoColumn("pending", label=_("Waiting to be sent")),
        YesNoColumn("failed", label=_("Refused")),
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
