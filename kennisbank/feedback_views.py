"""Admin views for feedback on answers: the full list, and "Handled". Registered in
wagtail_hooks.py; the dashboard panel is in dashboard.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request

from kennisbank import feedback as answer_feedback
from kennisbank.models import AnswerFeedback


def feedback_index(request):
    """All open feedback the user is responsible for (the dashboard shows the first few)."""
    items = answer_feedback.feedback_for(request.user)
    return TemplateResponse(
        request,
        "kennisbank/admin/feedback_index.html",
        {
            "items": items,
            "show_department": answer_feedback.sees_all_departments(request.user),
            "next": reverse("kennisbank_feedback"),
        },
    )


@require_POST
def mark_handled(request, feedback_id):
    item = get_object_or_404(AnswerFeedback.objects.select_related("answer"), pk=feedback_id)
    if not answer_feedback.can_handle(request.user, item):
        raise PermissionDenied
    if item.is_open:
        answer_feedback.mark_handled(item, request.user)
    messages.success(
        request,
        _("The feedback on “%(title)s” is marked as handled.") % {"title": item.answer.title},
    )
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
