"""Context for templates of kennisbank's pages that show what search records, without those
templates loading search code (data flows kennisbank <- search <- toptaken)."""

from django.utils.functional import SimpleLazyObject

from search.analytics.helpfulness import feedback_state


def helpfulness(request) -> dict:
    """``helpfulness``: the state of "Was dit antwoord nuttig?" under an answer, read from the
    query string only when a template uses it."""
    return {"helpfulness": SimpleLazyObject(lambda: feedback_state(request))}
