"""The default workflow for answers: submit -> the owner department approves -> published.

The data migration creates it and links it to the answers index; an index made later (import,
demo, admin) is linked when it is created (link_new_index, connected in KennisbankConfig.ready). Editors with publish permission publish directly
while REVIEW_EDITORS_MAY_SKIP_APPROVAL is on (see kennisbank.access.rules).
"""

from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from kennisbank.models import OwnerDepartmentApprovalTask

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
    """E-mails the approvers when a change waits for their department's approval, with
    Wagtail's own "submitted for moderation" message."""

    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance.task.specific, OwnerDepartmentApprovalTask)

    def get_recipient_users(self, task_state, **kwargs):
        approvers = task_state.task.specific.approvers(task_state.workflow_state.content_object)
        if submitter := kwargs.get("user"):
            approvers = approvers.exclude(pk=submitter.pk)
        return approvers
