"""After approving or requesting changes, the approver hears what happened to the answer.

Wagtail said only "Pagina ‘…’ is gewijzigd." after "Goedkeuren en publiceren" in the editor,
and nothing at all after "Goedkeuren" on the dashboard, where the answer just vanished from
the list. Whether the change is on the website now, when the answer is next reviewed (the
approval is the department's sign-off) or who is asked to change it, is what the approver
wants to know. Both places (the editor's workflow action and the dashboard's) run through
here, so this is a middleware that compares the task before and after the request.
"""

from django.contrib import messages
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.models import TaskState, get_default_page_content_type

from kennisbank.models import AnswerPage
from kennisbank.people import display_name

EDIT_VIEW = "wagtailadmin_pages:edit"
WORKFLOW_ACTION_VIEW = "wagtailadmin_pages:workflow_action"


class ApprovalOutcomeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        task_state_id = getattr(request, "_kennisbank_acted_on", None)
        if task_state_id is not None:
            tell_the_outcome(request, task_state_id)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return None
        if match.view_name == WORKFLOW_ACTION_VIEW:
            task_state_id = view_kwargs.get("task_state_id")
        elif match.view_name == EDIT_VIEW and "action-workflow-action" in request.POST:
            task_state_id = (
                TaskState.objects.filter(
                    workflow_state__base_content_type=get_default_page_content_type(),
                    workflow_state__object_id=str(view_kwargs.get("page_id")),
                    status=TaskState.STATUS_IN_PROGRESS,
                )
                .values_list("pk", flat=True)
                .first()
            )
        else:
            return None
        request._kennisbank_acted_on = task_state_id
        return None


def tell_the_outcome(request, task_state_id):
    """A message for the user who just finished `task_state_id` (approved or asked for
    changes); nothing when the action did not go through (the form shows why)."""
    state = (
        TaskState.objects.filter(pk=task_state_id, finished_by=request.user)
        .select_related("workflow_state__requested_by")
        .first()
    )
    if state is None or state.status == TaskState.STATUS_IN_PROGRESS:
        return
    answer = (
        AnswerPage.objects.filter(pk=state.workflow_state.object_id)
        .select_related("owner_department")
        .first()
    )
    if answer is None:
        return
    if state.status == TaskState.STATUS_REJECTED:
        requester = state.workflow_state.requested_by
        messages.info(
            request,
            _(
                "You asked for changes to “%(title)s”. %(name)s sees this on the dashboard; "
                "the website keeps the answer as it was."
            )
            % {"title": answer.title, "name": display_name(requester) or _("The submitter")},
        )
    elif state.status == TaskState.STATUS_APPROVED:
        next_task = state.workflow_state.current_task_state
        if next_task is not None and next_task.status == TaskState.STATUS_IN_PROGRESS:
            messages.info(
                request,
                _("You approved “%(title)s”. The next step is: %(step)s.")
                % {"title": answer.title, "step": next_task.task.name},
            )
        elif answer.live and not answer.has_unpublished_changes:
            messages.success(
                request,
                _(
                    "You approved “%(title)s”: it is on the website like this now. This counts "
                    "as your department's sign-off; next review: %(date)s."
                )
                % {"title": answer.title, "date": date_format(answer.review_date, "j F Y")},
            )
