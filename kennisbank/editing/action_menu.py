"""The approval buttons of the page editor, named after what they do.

Wagtail names the submit button after the workflow: "Stuur door naar Antwoorden: goedkeuring
door eigenaar-afdeling", a name an administrator chose as data, too long for a button. And
after "Wijzigingen vragen", Wagtail offers both "Stuur opnieuw door naar <task>" and "Restart
workflow": with the answers' single approval task they do the same, so editors saw two buttons
for one action.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.models import WorkflowState

RESTART_ACTION = "action-restart-workflow"


class SubmitForApprovalMenuItem(SubmitForModerationMenuItem):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page else None
        if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            context["label"] = _("Submit for approval again")
        else:
            context["label"] = _("Submit for approval")
        return context


def approval_buttons_in_words(menu_items, request, context):
    """construct_page_action_menu: one submit button, labelled with its action."""
    page = context.get("page")
    state = page.current_workflow_state if page else None
    resubmitting = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    kept = []
    for item in menu_items:
        if type(item) is SubmitForModerationMenuItem:
            item = SubmitForApprovalMenuItem(order=item.order)
        elif resubmitting and item.name == RESTART_ACTION:
            continue
        kept.append(item)
    menu_items[:] = kept
