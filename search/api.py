"""The public JSON API: GET /api/search/ and the OpenAPI document describing it.

No cookies, no CSRF token, no personal data: a municipality's other systems (a chat or
WhatsApp bridge, the intranet) can call it as they like, within API_RATE_LIMIT per IP.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from search.analytics.recording import record_search
from search.models import Channel
from search.openapi import openapi_document
from search.ratelimit import rate_limited
from search.retrieval import find_answers, suggest_questions

DEFAULT_LIMIT = 10
MAX_LIMIT = 50


def result_dict(result, request) -> dict:
    return {
        "id": result.page_id,
        "external_id": result.external_id,
        "title": result.title,
        "url": request.build_absolute_uri(result.url),
        "short_answer": result.short_answer,
        "score": result.score,
    }


def _limit(raw: str | None) -> int:
    try:
        return max(1, min(int(raw), MAX_LIMIT)) if raw else DEFAULT_LIMIT
    except ValueError:
        return DEFAULT_LIMIT


@require_GET
@never_cache
@rate_limited("search")
def search_api(request):
    query = request.GET.get("q", "")
    response = find_answers(query, limit=_limit(request.GET.get("limit")))
    if response.understood.is_empty:
        return JsonResponse(
            {"error": _("Type a question or a few words to search for.")}, status=400
        )
    record_search(Channel.API, query, response)
    return JsonResponse(
        {
            "query": query,
            "corrected_query": response.corrected_query,
            "results": [result_dict(result, request) for result in response.results],
        }
    )


@require_GET
def openapi(request):
    return JsonResponse(
        openapi_document(request.build_absolute_uri("/")), json_dumps_params={"indent": 2}
    )


@require_GET
@rate_limited("suggest")
def suggest_api(request):
    return JsonResponse({"suggestions": suggest_questions(request.GET.get("q", ""))})
