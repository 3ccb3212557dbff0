"""The answer editor with the readability side panel (AnswerPageViewSet uses these views)."""

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView

from kennisbank.readability_check.panel import ReadabilitySidePanel


class ReadabilitySidePanelMixin:
    def get_side_panels(self):
        side_panels = super().get_side_panels()
        side_panels.append(ReadabilitySidePanel(self.page, self.request, self.form))
        return side_panels


class AnswerEditView(ReadabilitySidePanelMixin, EditView):
    pass


class AnswerCreateView(ReadabilitySidePanelMixin, CreateView):
    pass
