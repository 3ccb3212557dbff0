"""The status of an answer's VAC in its editor (a panel on the Promote tab)."""

from django.apps import apps
from django.conf import settings

from wagtail.admin.panels import Panel


class VacStatusPanel(Panel):
    """In the answer editor: when its VAC was last sent to the Objects API, and any error."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "kennisbank/admin/vac_status_panel.html"

        def is_shown(self):
            return bool(settings.OBJECTS_API_URL) and bool(self.instance.pk) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            # Looked up by name: the answer model, which shows this panel, is imported by the
            # models package that holds VacSync.
            sync_model = apps.get_model("kennisbank", "VacSync")
            context["sync"] = sync_model.objects.filter(vac_uuid=self.instance.vac_uuid).first()
            return context
