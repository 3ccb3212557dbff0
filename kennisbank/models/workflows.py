from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, TaskState, get_default_page_content_type

from kennisbank import review
from kennisbank.access.rules import ANSWER, approving, ownership, policy
from kennisbank.models.departments import Department
from kennisbank.readability_check.blocking import APPROVE, refuse_if_blocked

FALLBACK_PERMISSION = "kennisbank.approve_for_any_department"


class OwnerDepartmentApprovalTask(Task):
    """Approval by the members of the answer's owner department, with four eyes.

    The department is looked up for each answer when someone acts on it (from the answer as it
    is stored, not from the submitted draft), so one task serves every department and a
    reassigned answer goes to its new owner. Superusers publish directly and are no approvers.
    Pages that have no owner (the answers index itself) are approved by whoever may publish
    them.

    Nobody approves a change they submitted or last edited. When no other member of the owner
    department is left (a department of one, or every member took part in the change), the
    members of the department's deputy department approve, and without one (or when none of
    them is left either) those with the permission FALLBACK_PERMISSION: the Redactie.
    Approving publishes the change and counts as the department's sign-off.
    """

    class Meta:
        verbose_name = _("approval by the owner department")
        verbose_name_plural = _("approvals by the owner department")
        # Granted to the Redactie by migration: who approves when the department cannot.
        permissions = [
            (
                "approve_for_any_department",
                _("Approves answers when their department has nobody else to approve"),
            )
        ]

    @staticmethod
    def submitter_ids(obj) -> set[int]:
        """Who took part in the change under review: who submitted it and who saved its
        latest version."""
        ids = set()
        state = obj.current_workflow_state
        if state is not None and state.requested_by_id:
            ids.add(state.requested_by_id)
        revision = obj.latest_revision
        if revision is not None and revision.user_id:
            ids.add(revision.user_id)
        return ids

    @classmethod
    def get_description(cls):
        return _(
            "Members of the answer's owner department approve. The department is looked up "
            "for each answer."
        )

    def approvers(self, obj):
        """The users who may approve `obj` (active users only, never those who took part in
        the change)."""
        kind, owner_id = ownership(obj)
        if kind != ANSWER:
            return policy.users_with_permission_for_instance("publish", obj)
        users = get_user_model().objects.filter(is_active=True)
        submitters = self.submitter_ids(obj)
        owner = Department.objects.filter(pk=owner_id).first()
        for department in (owner, owner.deputy_department if owner else None):
            if department is None or not department.is_active:
                continue
            members = users.filter(groups__department=department).exclude(pk__in=submitters)
            if members.exists():
                return members.distinct()
        fallback = users.model.objects.with_perm(FALLBACK_PERMISSION, include_superusers=False)
        return fallback.exclude(pk__in=submitters).distinct()

    def user_can_approve(self, obj, user) -> bool:
        if not user.is_active:
            return False
        kind, _owner_id = ownership(obj)
        if kind != ANSWER:
            return obj.permissions_for_user(user).can_publish()
        return self.approvers(obj).filter(pk=user.pk).exists()

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
        if action_name == "approve":
            # Approving publishes: the department block on answers above B1 holds here too
            # (checked before anything changes; the middleware shows the Dutch message).
            refuse_if_blocked(page, user, APPROVE)
        # Approving publishes the change (Wagtail checks the approver's publish permission);
        # members may publish exactly this, now, and nothing on their own.
        token = approving.set((page.pk, user.pk))
        try:
            result = super().on_action(task_state, user, action_name, **kwargs)
        finally:
            approving.reset(token)
        if action_name == "approve" and ownership(page)[0] == ANSWER:
            # The department checked the answer: that is its sign-off (after publishing, which
            # copies the revision's review date onto the page).
            page.refresh_from_db()
            review.sign_off(page.specific, user)
        return result

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
        ).select_related("workflow_state")
        # Who approves depends on the department, its deputy and who took part in the change,
        # so it is decided per change; changes under review are few at any time.
        return in_progress.filter(
            pk__in=[
                state.pk
                for state in in_progress
                if self.user_can_approve(state.workflow_state.content_object, user)
            ]
        )
