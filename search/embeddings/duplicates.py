"""“Bestaat dit antwoord al?”: existing answers that mean the same as a question being written.

The editor of an answer asks this endpoint while the question (title) is typed. It uses the
one retrieval path (words and meaning), so an editor sees what a citizen asking that
question would find; only answers that fit well (DUPLICATE_MIN_SCORE) are shown.
"""

from django.http import JsonResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from kennisbank.access.rules import answers_for_department
from search.index import get_index
from search.retrieval import find_answers

DUPLICATE_MIN_SCORE = 0.5
MAX_DUPLICATES = 5
MIN_QUESTION_LENGTH = 8


def similar_answers(question: str, exclude: int | None = None, user=None) -> list[dict]:
    """Live answers that fit `question` well, best first, without the answer being edited.

    Each links to its editor when `user` may edit it, else to the answer on the website: an
    editor link to another department's answer ended in "Sorry, u heeft geen toegang".
    """
    question = (question or "").replace("\x00", " ").strip()[:255]
    if len(question) < MIN_QUESTION_LENGTH:
        return []
    results = [
        result
        for result in find_answers(question, limit=MAX_DUPLICATES + 1).results
        if result.page_id != exclude and result.score >= DUPLICATE_MIN_SCORE
    ][:MAX_DUPLICATES]
    # The index holds each answer's department: no query for it.
    documents = get_index().documents
    return [
        {
            "title": result.title,
            "url": reverse("wagtailadmin_pages:edit", args=[result.page_id])
            if user is None or answers_for_department(user, _department_of(documents, result))
            else result.url,
            "score": result.score,
        }
        for result in results
    ]


def _department_of(documents, result) -> int | None:
    document = documents.get(result.page_id)
    return document.department_id if document else None


def similar_answers_view(request):
    try:
        exclude = int(request.GET.get("exclude") or 0) or None
    except ValueError:
        exclude = None
    return JsonResponse(
        {
            # An answer already in the knowledge base is not asked whether it exists, but
            # whether another one says the same.
            "heading": _("Is there another answer like this one?")
            if exclude
            else _("Does this answer already exist?"),
            # Worded as a question to check: the nearest answers are often siblings on the
            # same subject ("rijbewijs kwijt" for "paspoort kwijt"), which neither words nor
            # this model can tell from a true duplicate by score (both reach 0.95).
            "intro": _(
                "These answers are about the same subject. Check whether one of them "
                "already says this:"
            ),
            "answers": similar_answers(request.GET.get("q", ""), exclude, request.user),
        }
    )


urlpatterns = [
    path(
        "search/similar-answers/",
        similar_answers_view,
        name="search_similar_answers",
    )
]
