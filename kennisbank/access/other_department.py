"""An answer of another department opened in the editor (a link passed on, a bookmark): the
department member hears whose it is and what to do, instead of Wagtail's "Sorry, u heeft geen
toegang tot dit gedeelte", which gave no reason."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from kennisbank.access.rules import answers_for_department, member_department_ids
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
        # Only a department member is refused an answer for its department; the Redactie edits
        # every answer, and anyone else is refused by Wagtail as before.
        if not user.is_authenticated or not member_department_ids(user):
            return None
        answer = (
            AnswerPage.objects.filter(pk=view_kwargs.get("page_id"))
            .select_related("owner_department")
            .first()
        )
        if answer is None or answers_for_department(user, answer.owner_department_id):
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
