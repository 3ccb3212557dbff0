from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = _("Knowledge base")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import AbstractPage, TaskState
        from wagtail.permissions import register_permission_policy
        from wagtail.signals import task_submitted

        # checks registers the translation check on import.
        from kennisbank import checks  # noqa: F401
        from kennisbank.access.approval import OwnerDepartmentSubmissionNotifier, link_new_index
        from kennisbank.access.rules import policy
        from kennisbank.interop import sc_feed
        from kennisbank.interop.objects_api import signals as objects_api_signals
        from kennisbank.models import KennisbankIndexPage, OfficialesePhrase
        from kennisbank.readability_check.officialese import forget_list
        from kennisbank.spreadsheets import dutch_csv_exports

        # CSV exports open in Dutch Excel, and never run what citizens typed as a formula.
        dutch_csv_exports()
        # Every page permission check in the admin goes through the ownership rule.
        register_permission_policy(AbstractPage, policy)
        task_submitted.connect(
            OwnerDepartmentSubmissionNotifier(),
            sender=TaskState,
            dispatch_uid="kennisbank_owner_department_submitted",
            weak=False,
        )
        post_save.connect(
            link_new_index, sender=KennisbankIndexPage, dispatch_uid="kennisbank_link_new_index"
        )
        # Changes to answers queue their VAC for the Objects API (KISS).
        objects_api_signals.connect()
        # The Samenwerkende Catalogi feed is built again after every change.
        sc_feed.connect()
        # The officialese list is cached for every worker; a change counts in the next check.
        for signal in (post_save, post_delete):
            signal.connect(
                forget_list, sender=OfficialesePhrase, dispatch_uid="kennisbank_officialese"
            )
