"""The public JSON API: GET /api/search/ and the OpenAPI document describing it.

No cookies, no CSRF token, no personal data: a municipality's other systems (a chat or
WhatsApp bridge, the intranet) can call it as they like, within API_RATE_LIMIT per IP.
"""

from functools import wraps

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from search.analytics.recording import record_search
from search.judgement import judge
from search.models import Channel
from search.openapi import openapi_document
from search.ratelimit import rate_limited
from search.retrieval import suggest_questions

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


def _limit(raw: str | None) -> int | None:
    """The number of results asked for (the default when not given); None when it is no whole
    number from 1 to MAX_LIMIT."""
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    if not raw.isdigit() or len(raw) > 3 or not 1 <= int(raw) <= MAX_LIMIT:
        return None
    return int(raw)


def _error(message: str, status: int = 400, **headers) -> JsonResponse:
    response = JsonResponse({"error": message}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def get_only(view):
    """Only GET (and HEAD): any other method is a JSON 405 with Allow, not a CSRF page. Safe
    without CSRF protection because a GET changes nothing and takes no cookies."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return _error(_("Use GET for this address."), status=405, Allow="GET, HEAD")
        return view(request, *args, **kwargs)

    return wrapper


def post_only(view):
    """Only POST: a browser that opens the address gets a JSON 405 that says so, not an empty
    page. The views themselves decide about CSRF."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "POST":
            return _error(_("Use POST for this address."), status=405, Allow="POST")
        return view(request, *args, **kwargs)

    return wrapper


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any address under /api/ that does not exist: a JSON 404, as an API client expects,
    rather than the website's page."""
    return _error(
        _("This API address does not exist. The addresses are listed in /api/openapi.json."),
        status=404,
    )


@get_only
@never_cache
@rate_limited("search")
def search_api(request):
    query = request.GET.get("q", "")
    limit = _limit(request.GET.get("limit"))
    if limit is None:
        return _error(_("Give “limit” as a whole number from 1 to %(max)s.") % {"max": MAX_LIMIT})
    judgement = judge(query, limit=limit)
    response = judgement.response
    if response.understood.is_empty:
        return _error(_("Type a question or a few words to search for."))
    record_search(
        Channel.API,
        query,
        response,
        outcome=judgement.outcome,
        confidence=judgement.confidence,
        results=judgement.results,
    )
    return JsonResponse(
        {
            "query": query,
            "corrected_query": response.corrected_query,
            "judgement": judgement.verdict,
            "results": [result_dict(result, request) for result in judgement.results],
        }
    )


@get_only
def openapi(request):
    return JsonResponse(
        openapi_document(request.build_absolute_uri("/")), json_dumps_params={"indent": 2}
    )


@get_only
@rate_limited("suggest")
def suggest_api(request):
    if "q" not in request.GET:
        return _error(_("Give “q”: the text typed so far."))
    suggestions = [
        {**suggestion, "url": request.build_absolute_uri(suggestion["url"])}
        for suggestion in suggest_questions(request.GET["q"])
    ]
    return JsonResponse({"suggestions": suggestions})
