"""An answer of another department opened in the editor (a link passed on, a bookmark): the
department member hears whose it is and what to do, instead of Wagtail's "Sorry, u heeft geen
toegang tot dit gedeelte", which gave no reason."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from kennisbank.access.rules import edits_every_answer, member_department_ids
from kennisbank.models import AnswerPage

EDIT_VIEW = "wagtailadmin_pages:edit"


class OtherDepartmentsAnswerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name != EDIT_VIEW:
            return None
        user = request.user
        if not user.is_authenticated or edits_every_answer(user):
            return None
        own = member_department_ids(user)
        if not own:
            return None
        answer = (
            AnswerPage.objects.filter(pk=view_kwargs.get("page_id"))
            .select_related("owner_department")
            .first()
        )
        if answer is None or answer.owner_department_id in own:
            return None
        messages.error(
            request,
            _(
                "“%(title)s” belongs to %(department)s: only that department and the Redactie "
                "change it. Something wrong in it? Tell %(department)s or the Redactie."
            )
            % {"title": answer.title, "department": answer.owner_department.name},
        )
        return redirect("wagtailadmin_home")
