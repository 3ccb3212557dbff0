"""Admin views for call-back requests: the full list, and "Done" (which erases the citizen's
name and number). Registered in kennisbank/admin_urls.py; the dashboard panel is dashboard.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request

from kennisbank.access.rules import edits_every_answer
from kennisbank.callbacks import handling
from kennisbank.models import CallbackRequest


def callbacks_index(request):
    return TemplateResponse(
        request,
        "kennisbank/admin/callbacks_index.html",
        {
            "items": handling.with_visible_contact(
                request.user, handling.callbacks_for(request.user)
            ),
            "show_department": edits_every_answer(request.user),
            "next": reverse("kennisbank:callbacks"),
        },
    )


@require_POST
def mark_done(request, callback_id):
    callback = get_object_or_404(CallbackRequest, pk=callback_id)
    if not handling.can_handle(request.user, callback):
        raise PermissionDenied
    if callback.is_open:
        handling.mark_done(callback, request.user)
    messages.success(request, _("The call-back request is marked as done."))
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
