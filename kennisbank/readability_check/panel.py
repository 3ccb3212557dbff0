"""The readability panel in the answer editor.

A Wagtail side panel beside the text (added by the editor views in editor.py). The server
renders it with the analysis of the text in the form, so it works without JavaScript.
readability-panel.js then posts the short and full answer from the live form to
kennisbank.readability_check.views.analyse_readability while the editor types and swaps in the
HTML it returns, which is rendered by the same template as here.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.side_panels import BaseSidePanel

from kennisbank.readability import Analysis, Finding
from kennisbank.readability.sentences import split_sentences
from kennisbank.readability_check.analysis import AnswerReadability, ReadabilityLevel, level_of

RESULTS_TEMPLATE = "kennisbank/admin/readability_results.html"
# The id of Wagtail's page form in the edit and create views.
FORM_ID = "page-edit-form"
# Refusals of kennisbank.readability_check (analysis.check_confirmed, blocking.check_publishable).
OPEN_ON_ERRORS = {"confirm_harder_than_b1", "harder_than_b1"}


@dataclass(frozen=True)
class Highlight:
    """A finding in its sentence: the text before it, the flagged excerpt and the text after."""

    before: str
    excerpt: str
    after: str
    finding: Finding


# Words of context shown on either side of a finding, and the longest marked excerpt
# (a long sentence is shown by its start and end): the editor sees the problem words,
# not the whole sentence again.
CONTEXT_WORDS = 4
MAX_EXCERPT_CHARS = 80
ELLIPSIS = "…"


def highlight(text: str, finding: Finding, sentences: list) -> Highlight:
    """The finding with a few words of its sentence around it; `sentences` as split_sentences."""
    sentence = next((span for span in sentences if span.start <= finding.start < span.end), None)
    if sentence is None:
        start, end = finding.start, finding.end
    else:
        start, end = sentence.start, max(sentence.end, finding.end)
    before = text[start : finding.start].split(" ")
    after = text[finding.end : end].split(" ")
    return Highlight(
        before=(ELLIPSIS if len(before) > CONTEXT_WORDS + 1 else "")
        + " ".join(before[-(CONTEXT_WORDS + 1) :]),
        excerpt=_shorten(text[finding.start : finding.end]),
        after=" ".join(after[: CONTEXT_WORDS + 1])
        + (ELLIPSIS if len(after) > CONTEXT_WORDS + 1 else ""),
        finding=finding,
    )


def _shorten(excerpt: str) -> str:
    """A long excerpt as its first and last words around an ellipsis."""
    if len(excerpt) <= MAX_EXCERPT_CHARS:
        return excerpt
    half = MAX_EXCERPT_CHARS // 2
    head = excerpt[:half].rsplit(" ", 1)[0]
    tail = excerpt[-half:].split(" ", 1)[-1]
    return f"{head} {ELLIPSIS} {tail}"


def _summary(label, analysis: Analysis) -> dict:
    level = level_of(analysis)
    return {
        "label": label,
        "analysis": analysis,
        "level": level,
        "scored": level != ReadabilityLevel.UNKNOWN,
    }


def _part(label, analysis: Analysis) -> dict:
    sentences = split_sentences(analysis.text)
    return {
        **_summary(label, analysis),
        "highlights": [
            highlight(analysis.text, finding, sentences) for finding in analysis.findings
        ],
    }


def results_context(readability: AnswerReadability) -> dict:
    # "Publishing and the report use this level": the level the answer is judged on.
    if readability.judged is readability.short_answer:
        label = _("Short answer, which reads harder than both together")
    else:
        label = _("Short and full answer together")
    return {
        "overall": _summary(label, readability.judged),
        "parts": [
            _part(_("Short answer"), readability.short_answer),
            _part(_("Full answer"), readability.body),
        ],
    }


def render_results(readability: AnswerReadability) -> str:
    return render_to_string(RESULTS_TEMPLATE, results_context(readability))


class ReadabilitySidePanel(BaseSidePanel):
    """Level, difficulty and findings of the short and the full answer of an AnswerPage, in a
    side panel of the editor: it opens beside the text (resizable, as Wagtail's preview), so the
    findings stay in view while the editor types. The toggle's counter shows the number of
    findings. The side panels are outside the page form, so the confirmation box names the form
    (form="page-edit-form")."""

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Toggle readability")
        icon_name = "doc-full"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            context["count"] = self.panel.finding_count
            return context

    name = "readability"
    title = _("Readability")
    template_name = "kennisbank/admin/readability_panel.html"
    # After Wagtail's status panel, before preview (400) and checks.
    order = 150

    class Media:
        js = ["kennisbank/js/readability-panel.js"]
        css = {"all": ["kennisbank/css/readability-panel.css"]}

    def __init__(self, page, request, form):
        self.form = form
        # The form has put the text it was given on the page: after a refused publish, that is
        # what the editor sees and what is analysed.
        self.readability = page.readability()
        super().__init__(page, request)

    @property
    def finding_count(self) -> int:
        return len(self.readability.short_answer.findings) + len(self.readability.body.findings)

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(results_context(self.readability))
        context["url"] = reverse("kennisbank:analyse_readability")
        context["form_id"] = FORM_ID
        context["unsaved"] = self.form.is_bound
        context["checked_at"] = self.object.readability_checked_at
        # The confirmation is only asked for above B1; the script shows it when the text
        # being typed gets there.
        context["harder_than_b1"] = self.readability.harder_than_b1
        # Publishing was refused for the level: the panel opens by itself to show why and
        # where to confirm.
        context["open"] = any(
            error.code in OPEN_ON_ERRORS for error in self.form.non_field_errors().as_data()
        )
        return context
