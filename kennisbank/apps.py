from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = _("Knowledge base")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import AbstractPage, TaskState
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import task_submitted

        from kennisbank.approval import OwnerDepartmentSubmissionNotifier
        from kennisbank.permissions import policy

        # Every page permission check in the admin goes through the ownership rule.
        register_permission_policy(AbstractPage, policy)
        task_submitted.connect(
            OwnerDepartmentSubmissionNotifier(),
            sender=TaskState,
            dispatch_uid="kennisbank_owner_department_submitted",
            weak=False,
        )
