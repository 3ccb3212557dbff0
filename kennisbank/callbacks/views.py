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

from kennisbank.access.rules import edits_every_answer, member_department_ids
from kennisbank.callbacks import handling
from kennisbank.models import CallbackRequest


def callbacks_index(request):
    user = request.user
    oversees_all = edits_every_answer(user)
    if oversees_all:
        nobody_waiting = _("Nobody is waiting for a call back.")
    elif member_department_ids(user):
        nobody_waiting = _("Nobody is waiting for a call back from your department.")
    else:
        # The KCC registers call-backs; the department that calls back sees them here.
        nobody_waiting = _("Call-back requests are seen here by the department that calls back.")
    return TemplateResponse(
        request,
        "kennisbank/admin/callbacks_index.html",
        {
            "items": handling.with_caller(user, handling.callbacks_for(user)),
            "show_department": oversees_all,
            "nobody_waiting": nobody_waiting,
            "next": reverse("kennisbank:callbacks"),
        },
    )


@require_POST
def mark_done(request, callback_id):
    callback = get_object_or_404(CallbackRequest, pk=callback_id)
    if not handling.calls_back(request.user, callback):
        raise PermissionDenied
    if callback.is_open:
        handling.mark_done(callback, request.user)
    messages.success(request, _("The call-back request is marked as done."))
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
