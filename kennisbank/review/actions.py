"""Admin actions of the review cycle: "Still correct" (one answer or in bulk) and reassigning
answers to another department. Registered in wagtail_hooks.py."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import WorkflowState

from kennisbank import review
from kennisbank.access.rules import can_sign_off, edits_every_answer, member_department_ids, policy
from kennisbank.models import AnswerPage, Department


def _date(value: str) -> str:
    return date_format(datetime.date.fromisoformat(value), "j F Y")


@require_POST
def sign_off(request, answer_id):
    """ "Still correct" for one answer, from the editor, the dashboard or the report."""
    answer = get_object_or_404(AnswerPage.objects.select_related("owner_department"), pk=answer_id)
    if not can_sign_off(request.user, answer):
        raise PermissionDenied
    new_date = review.sign_off(answer, request.user)
    messages.success(
        request,
        _("“%(title)s” is signed off as still correct. Next review: %(date)s.")
        % {"title": answer.title, "date": date_format(new_date, "j F Y")},
    )
    if answer.current_workflow_state is not None:
        # A change of the answer waits for approval or for changes: the sign-off is about
        # the text on the website, which that change may be correcting.
        messages.warning(
            request,
            _(
                "A change to this answer still waits for approval. You signed off the text on "
                "the website; check the change too."
            ),
        )
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_pages:edit", args=[answer.pk])
    )


class AnswerBulkAction(PageBulkAction):
    """A bulk action on answers, offered in the answer listings ("My answers", "To review")."""

    models = [AnswerPage]

    @classmethod
    def get_queryset(cls, model, object_ids):
        return AnswerPage.objects.filter(pk__in=object_ids).select_related("owner_department")

    def get_all_objects_in_listing_query(self, parent_id):
        # "All" (id=all) means the answers this user may edit, not every answer there is.
        return policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        ).values_list("pk", flat=True)


class SignOffBulkAction(AnswerBulkAction):
    display_name = gettext_lazy("Still correct")
    action_type = "sign_off"
    aria_label = gettext_lazy("Sign off the selected answers as still correct")
    template_name = "kennisbank/admin/confirm_bulk_sign_off.html"
    action_priority = 10

    def check_perm(self, answer):
        return can_sign_off(self.request.user, answer)

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for answer in objects:
            review.sign_off(answer, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d answer is signed off as still correct.",
            "%(count)d answers are signed off as still correct.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class ReassignForm(forms.Form):
    department = forms.ModelChoiceField(
        label=gettext_lazy("New owner department"),
        queryset=Department.objects.filter(is_active=True),
        help_text=gettext_lazy(
            "This department keeps the answers correct from now on. The review dates stay."
        ),
    )


class ReassignBulkAction(AnswerBulkAction):
    display_name = gettext_lazy("Reassign")
    action_type = "reassign"
    aria_label = gettext_lazy("Move the selected answers to another department")
    template_name = "kennisbank/admin/confirm_bulk_reassign.html"
    action_priority = 20
    form_class = ReassignForm

    @cached_property
    def may_reassign(self) -> bool:
        return edits_every_answer(self.request.user)

    def check_perm(self, answer):
        return self.may_reassign

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "department": self.cleaned_form.cleaned_data["department"],
        }

    @classmethod
    def execute_action(cls, objects, department=None, user=None, **kwargs):
        return review.reassign(objects, department, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d answer now belongs to %(department)s.",
            "%(count)d answers now belong to %(department)s.",
            num_parent_objects,
        ) % {
            "count": num_parent_objects,
            "department": self.cleaned_form.cleaned_data["department"].name,
        }


def answer_bulk_actions(user) -> list[dict]:
    """The bulk actions on answers that `user` may take, for the listings' footer. Only a
    department signs its answers off (can_sign_off): offered to the Redactie, "Nog steeds
    juist" always ended in "U kunt deze antwoorden niet aftekenen"."""
    actions = [SignOffBulkAction] if user.is_superuser or member_department_ids(user) else []
    if edits_every_answer(user):
        actions.append(ReassignBulkAction)
    return [
        {
            "url": reverse(
                "wagtail_bulk_action", args=["kennisbank", "answerpage", action.action_type]
            ),
            "label": action.display_name,
            "aria_label": action.aria_label,
        }
        for action in actions
    ]


def reassign_button(page, user, view_name=None, next_url=None):
    """register_page_header_buttons: "Reassign" in the editor's header of an answer."""
    if not isinstance(page.specific_deferred, AnswerPage) or not edits_every_answer(user):
        return []
    url = reverse("wagtail_bulk_action", args=["kennisbank", "answerpage", "reassign"])
    query = {"id": page.pk, "next": next_url or reverse("wagtailadmin_pages:edit", args=[page.pk])}
    return [Button(_("Reassign"), f"{url}?{urlencode(query)}", icon_name="group", priority=60)]


def warn_about_past_review_date(request, page):
    """after_create_page / after_edit_page: an answer kept at a review date in the past (an
    overdue answer edited; a new date in the past is refused) is flagged, with what that means
    for it as saved."""
    if not isinstance(page, AnswerPage):
        return
    today = timezone.localdate()
    stored = (
        AnswerPage.objects.filter(pk=page.pk)
        .values("review_date", "live", "live_revision_id", "latest_revision_id")
        .first()
    )
    if stored is None:
        return
    # Read as stored now: approving in the workflow has just moved the date on (its sign-off),
    # after the page this hook gets was read.
    # Asked of the database: the edit view's page may hold the workflow states from before the
    # submission.
    submitted = page.workflow_states.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()
    if submitted and stored["review_date"] < today:
        # Submitted for approval: the department's approval is its sign-off, which moves the
        # date on; "counts as overdue and will be reminded" misled the submitter.
        date = stored["review_date"]
        message = _(
            "The review date of “%(title)s” (%(date)s) is in the past. When the department "
            "approves your change, that counts as its sign-off and the date moves on."
        )
    elif stored["live"] and stored["review_date"] < today:
        date = stored["review_date"]
        message = _(
            "The review date of “%(title)s” (%(date)s) is in the past, so the answer counts "
            "as overdue and its department will be reminded."
        )
    elif stored["live_revision_id"] != stored["latest_revision_id"] and page.review_date < today:
        # Saved as a draft: nothing changes until it is published.
        date = page.review_date
        message = _(
            "The review date of “%(title)s” (%(date)s) is in the past: once published, the "
            "answer counts as overdue and its department will be reminded."
        )
    else:
        return
    messages.warning(request, message % {"title": page.title, "date": date_format(date, "j F Y")})


def register_log_actions(actions):
    @actions.register_action(review.SIGN_OFF_ACTION)
    class SignOffFormatter(LogFormatter):
        label = gettext_lazy("Sign off as still correct")

        def format_message(self, log_entry):
            return _("Signed off as still correct; next review moved from %(old)s to %(new)s") % {
                "old": _date(log_entry.data["review_date"]["old"]),
                "new": _date(log_entry.data["review_date"]["new"]),
            }

    @actions.register_action(review.REASSIGN_ACTION)
    class ReassignFormatter(LogFormatter):
        label = gettext_lazy("Reassign to another department")

        def format_message(self, log_entry):
            owner = log_entry.data["owner_department"]
            return _("Owner department changed from %(old)s to %(new)s") % {
                "old": owner["old"]["name"],
                "new": owner["new"]["name"],
            }
