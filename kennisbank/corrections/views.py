"""Admin views for corrections of answers: the full list, and "Handled". Registered in
wagtail_hooks.py; the dashboard panel is in kennisbank/corrections/dashboard.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request

from kennisbank.corrections import handling
from kennisbank.models import AnswerCorrection


def corrections_index(request):
    """All open corrections the user is responsible for (the dashboard shows the first few)."""
    items = handling.corrections_for(request.user)
    return TemplateResponse(
        request,
        "kennisbank/admin/corrections_index.html",
        {
            "items": items,
            "show_department": handling.sees_all_departments(request.user),
            "next": reverse("kennisbank:corrections"),
        },
    )


@require_POST
def mark_handled(request, correction_id):
    item = get_object_or_404(AnswerCorrection.objects.select_related("answer"), pk=correction_id)
    if not handling.can_handle(request.user, item):
        raise PermissionDenied
    if item.is_open:
        handling.mark_handled(item, request.user)
    messages.success(
        request,
        _("The feedback on “%(title)s” is marked as handled.") % {"title": item.answer.title},
    )
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
