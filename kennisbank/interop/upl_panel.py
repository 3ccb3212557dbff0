"""Under the UPL chooser in the answer editor: a warning when the chosen name left the list."""

from wagtail.admin.panels import Panel


class UplStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "kennisbank/admin/upl_status_panel.html"

        def is_shown(self):
            upl = getattr(self.instance, "upl", None)
            return upl is not None and not upl.listed and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["upl"] = self.instance.upl
            return context
