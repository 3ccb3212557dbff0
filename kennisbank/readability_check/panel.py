"""The readability panel in the answer editor.

The server renders it with the analysis of the text in the form, so it works without
JavaScript. readability-panel.js then posts the short and full answer from the live form to
kennisbank.readability_check.views.analyse_readability while the editor types and swaps in the HTML it returns,
which is rendered by the same template as here.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from kennisbank.readability import Analysis, Finding
from kennisbank.readability.sentences import split_sentences
from kennisbank.readability_check.analysis import AnswerReadability, ReadabilityLevel, level_of

RESULTS_TEMPLATE = "kennisbank/admin/readability_results.html"


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
    return {
        "overall": _summary(_("Short and full answer together"), readability.overall),
        "parts": [
            _part(_("Short answer"), readability.short_answer),
            _part(_("Full answer"), readability.body),
        ],
    }


def render_results(readability: AnswerReadability) -> str:
    return render_to_string(RESULTS_TEMPLATE, results_context(readability))


class ReadabilityPanel(Panel):
    """Level, difficulty and findings of the short and the full answer of an AnswerPage."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "kennisbank/admin/readability_panel.html"

        class Media:
            js = ["kennisbank/js/readability-panel.js"]
            css = {"all": ["kennisbank/css/readability-panel.css"]}

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(results_context(self.instance.readability()))
            context["url"] = reverse("kennisbank:analyse_readability")
            # A bound form is being shown again with errors: the text is not the saved one.
            context["unsaved"] = self.form.is_bound
            context["checked_at"] = self.instance.readability_checked_at
            return context
