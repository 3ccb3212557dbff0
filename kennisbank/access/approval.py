"""The default workflow for answers: submit -> the owner department approves -> published.

The data migration creates it and links it to the answers index; an index made later (import,
demo, admin) is linked when it is created (link_new_index, connected in KennisbankConfig.ready). Editors with publish permission publish directly
while REVIEW_EDITORS_MAY_SKIP_APPROVAL is on (see kennisbank.access.rules).
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.mail import EmailMessage
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page, TaskState, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from kennisbank.access.rules import ANSWER, edits_every_answer, member_department_ids, ownership
from kennisbank.models import OwnerDepartmentApprovalTask
from kennisbank.people import display_name

logger = logging.getLogger(__name__)

# Names as the municipality sees them in Settings -> Workflows (data, like group names).
TASK_NAME = "Goedkeuring door eigenaar-afdeling"
WORKFLOW_NAME = "Antwoorden: goedkeuring door eigenaar-afdeling"


def answer_workflow() -> Workflow:
    """The active workflow with the owner department's approval; created when missing."""
    workflow = Workflow.objects.filter(
        active=True,
        workflow_tasks__task__in=OwnerDepartmentApprovalTask.objects.filter(active=True),
    ).first()
    if workflow:
        return workflow
    task, _ = OwnerDepartmentApprovalTask.objects.get_or_create(name=TASK_NAME)
    workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def link_answer_workflow(index):
    """Give the answers under `index` the answer workflow, unless the index has a workflow of
    its own already (the municipality chose one in the admin)."""
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": answer_workflow()})


def link_new_index(sender, instance, created, raw=False, **kwargs):
    """post_save of KennisbankIndexPage: however the index is made (admin, import, demo), its
    answers go through the owner department's approval."""
    if created and not raw:
        link_answer_workflow(instance)


class OwnerDepartmentSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """E-mails the approvers when a change waits for their department's approval, naming who
    asks (templates/wagtailadmin/notifications/task_state_submitted.txt)."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, OwnerDepartmentApprovalTask)

    def get_context(self, task_state, **kwargs):
        # Who asks: templates/wagtailadmin/notifications/task_state_submitted.txt names them.
        context = super().get_context(task_state, **kwargs)
        context["submitter"] = kwargs.get("user") or task_state.workflow_state.requested_by
        return context

    def get_recipient_users(self, task_state, **kwargs):
        approvers = task_state.task.specific.approvers(task_state.workflow_state.content_object)
        if submitter := kwargs.get("user"):
            approvers = approvers.exclude(pk=submitter.pk)
        return approvers


def no_autosave_by_approver(request, page):
    """before_edit_page: the editor does not save an approver's typing on its own.

    Wagtail saves every change half a second after it is typed, as a draft under the typist's
    name. An approver who changed a word was thereby someone who took part in the change
    (OwnerDepartmentApprovalTask.submitter_ids) before clicking anything: the change moved to
    another approver, and the page was locked for them, so they could not even undo it. Now
    their change is saved only when they choose "Bewaar concept" (and is then approved by a
    colleague); "Goedkeuren" with a change says so (AnswerPageForm.clean).
    """
    if request.method != "POST" or request.accepts("text/html"):
        return None
    task = page.current_workflow_task
    if task is None or not isinstance(task.specific, OwnerDepartmentApprovalTask):
        return None
    if not task.specific.user_can_approve(page, request.user):
        return None
    return JsonResponse(
        {
            "success": False,
            # A code the editor shows with its message (and keeps saving on later changes).
            "error_code": "validation_error",
            "error_message": gettext(
                "Not saved automatically, because you approve this answer. Choose “Save "
                "draft” to keep your change: a colleague then approves it."
            ),
        },
        status=400,
    )


CANCEL_ACTION = "action-cancel-workflow"


def may_withdraw(user, state) -> bool:
    """Whether `user` may withdraw the submission `state` ("Goedkeuring intrekken"): whoever
    submitted it, and the Redactie (a submitter who left). Wagtail also lets every approver
    withdraw it, which ends the four-eyes check without a word to the submitter: an approver
    who disagrees asks for changes, which says why."""
    return state.requested_by_id == user.pk or edits_every_answer(user)


def only_the_submitter_withdraws(menu_items, request, context):
    """construct_page_action_menu: no "Goedkeuring intrekken" for a colleague's submission."""
    state = context.get("page") and context["page"].current_workflow_state
    if state is None or may_withdraw(request.user, state):
        return
    menu_items[:] = [item for item in menu_items if item.name != CANCEL_ACTION]


def refuse_withdrawal_by_colleague(request, page):
    """before_edit_page: the same rule for a form posted without the menu (an old tab)."""
    if request.method != "POST" or not request.POST.get(CANCEL_ACTION):
        return None
    state = page.current_workflow_state
    if state is None or may_withdraw(request.user, state):
        return None
    messages.error(
        request,
        gettext(
            "Only %(name)s, who submitted this answer, can withdraw it. Choose “Ask for "
            "changes” and say why: %(name)s then gets your comment."
        )
        % {"name": display_name(state.requested_by) or gettext("the submitter")},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def show_the_changes_asked(request, page):
    """before_edit_page: an answer sent back with "Wijzigingen vragen" says, at the top of the
    editor, who asked and what they wrote. Wagtail showed only "LIVE"; the comment was in a
    closed side panel and the e-mail."""
    if request.method != "GET":
        return None
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    comment = task_state.specific.get_comment()
    name = display_name(task_state.finished_by) or gettext("The approver")
    if comment:
        message = gettext(
            "%(name)s asks for changes. Change the answer and submit it for approval again. "
            "The comment: “%(comment)s”"
        ) % {"name": name, "comment": comment}
    else:
        message = gettext(
            "%(name)s asks for changes. Change the answer and submit it for approval again."
        ) % {"name": name}
    messages.warning(request, message)
    return None


def tell_a_changing_approver_who_approves(request, page):
    """after_edit_page: a department member who saved a change to an answer waiting for the
    department's approval hears that a colleague approves it now (four eyes), rather than
    finding it gone from their list and the answer locked."""
    page = Page.objects.get(pk=page.pk).specific
    kind, owner_id = ownership(page)
    task = page.current_workflow_task
    if kind != ANSWER or task is None or not isinstance(task.specific, OwnerDepartmentApprovalTask):
        return
    user = request.user
    state = page.current_workflow_state
    if (
        owner_id not in member_department_ids(user)
        or user.pk not in task.specific.submitter_ids(page)
        # Whoever submitted the change knows someone else approves it.
        or state.requested_by_id == user.pk
    ):
        return
    approvers = task.specific.approvers(page)
    if approvers.filter(groups__department=owner_id).exists():
        message = gettext(
            "Your change is saved. Because you changed the answer, a colleague of your "
            "department approves it now (four eyes)."
        )
    else:
        message = gettext(
            "Your change is saved. Because you changed the answer and nobody else of your "
            "department is left to approve it, the deputy department or the Redactie approves "
            "it now (four eyes)."
        )
    messages.info(request, message)


PUBLISHED_WITHOUT_APPROVAL = "kennisbank.published_without_approval"


def report_publish_without_approval(request, page):
    """after_publish_page: the Redactie may publish an answer straight away (an urgent fix),
    but never unseen: the publication is in the answer's history and the owner department is
    told by e-mail, so its four eyes follow afterwards."""
    page = page.specific
    kind, owner_id = ownership(page)
    user = request.user
    if kind != ANSWER or owner_id in member_department_ids(user):
        return
    department = page.owner_department
    log(
        instance=page,
        action=PUBLISHED_WITHOUT_APPROVAL,
        user=user,
        data={"department": department.name},
    )
    addresses = department.reminder_addresses
    if not addresses:
        return
    body = render_to_string(
        "kennisbank/email/published_without_approval.txt",
        {
            "answer": page,
            "department": department,
            "publisher": display_name(user),
            "edit_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )
    subject = gettext("Published without your approval: %(title)s") % {"title": page.title}
    try:
        EmailMessage(subject, body, to=addresses).send()
    except OSError:
        # The publication stands and is in the history; a mail server that is down must not
        # turn the editor's publish into an error.
        logger.warning("Could not tell %s about a publication", department.name, exc_info=True)


def register_log_actions(actions):
    @actions.register_action(PUBLISHED_WITHOUT_APPROVAL)
    class PublishedWithoutApprovalFormatter(LogFormatter):
        label = gettext_lazy("Published without the department's approval")

        def format_message(self, log_entry):
            return gettext("Published without the approval of %(department)s") % {
                "department": log_entry.data.get("department", "")
            }
