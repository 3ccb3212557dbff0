from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, TaskState, get_default_page_content_type

from kennisbank.access.rules import ANSWER, approving, ownership, policy
from kennisbank.models.answers import AnswerPage


class OwnerDepartmentApprovalTask(Task):
    """Approval by the members of the answer's owner department.

    The department is looked up for each answer when someone acts on it (from the answer as it
    is stored, not from the submitted draft), so one task serves every department and a
    reassigned answer goes to its new owner. Superusers publish directly and are no approvers.
    Pages that have no owner (the answers index itself) are approved by whoever may publish
    them.
    """

    class Meta:
        verbose_name = _("approval by the owner department")
        verbose_name_plural = _("approvals by the owner department")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the answer's owner department approve. The department is looked up "
            "for each answer."
        )

    def approvers(self, obj):
        """The users who may approve `obj` (active users only)."""
        kind, owner_id = ownership(obj)
        if kind != ANSWER:
            return policy.users_with_permission_for_instance("publish", obj)
        users = get_user_model().objects.filter(is_active=True, groups__department__pk=owner_id)
        return users.distinct()

    def user_can_approve(self, obj, user) -> bool:
        if not user.is_active:
            return False
        kind, owner_id = ownership(obj)
        if kind != ANSWER:
            return obj.permissions_for_user(user).can_publish()
        return user.groups.filter(department__pk=owner_id).exists()

    def start(self, workflow_state, user=None):
        page = workflow_state.content_object
        # As Wagtail's group approval: a lock by someone who cannot approve would block the
        # approvers, so it is lifted.
        if page.locked_by_id and not self.user_can_approve(page, page.locked_by):
            page.locked, page.locked_by, page.locked_at = False, None, None
            page.save(update_fields=["locked", "locked_by", "locked_at"])
        return super().start(workflow_state, user=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object
        if not self.user_can_approve(page, user):
            raise PermissionDenied
        # Approving publishes the change (Wagtail checks the approver's publish permission);
        # members may publish exactly this, now, and nothing on their own.
        token = approving.set((page.pk, user.pk))
        try:
            return super().on_action(task_state, user, action_name, **kwargs)
        finally:
            approving.reset(token)

    def user_can_access_editor(self, obj, user):
        return self.user_can_approve(obj, user)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or self.user_can_approve(obj, user))

    def user_can_lock(self, obj, user):
        return self.user_can_approve(obj, user)

    def get_actions(self, obj, user):
        if not self.user_can_approve(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        in_progress = self.task_states.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type=get_default_page_content_type(),
        )
        # Workflow states point at their page by a text id.
        own_answers = (
            AnswerPage.objects.filter(owner_department__group__in=user.groups.all())
            .annotate(text_id=Cast("pk", output_field=CharField()))
            .values("text_id")
        )
        own = in_progress.filter(workflow_state__object_id__in=own_answers)
        all_answers = AnswerPage.objects.annotate(
            text_id=Cast("pk", output_field=CharField())
        ).values("text_id")
        # Rare: a page without owner (the answers index) submitted for approval.
        others = [
            state.pk
            for state in in_progress.exclude(workflow_state__object_id__in=all_answers)
            if self.user_can_approve(state.workflow_state.content_object, user)
        ]
        return own | in_progress.filter(pk__in=others)
