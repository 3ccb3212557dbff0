"""The state of "Was dit antwoord nuttig?" under an answer, read from the page's query string
(search.analytics.feedback redirects there), so the answer page model needs no analytics code."""

from django import template

from search.analytics.feedback import feedback_state

register = template.Library()


@register.simple_tag(takes_context=True)
def answer_feedback_state(context) -> dict:
    return feedback_state(context["request"])
