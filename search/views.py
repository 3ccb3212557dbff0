import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from kennisbank.models import AnswerPage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    """The citizen search page. Works without JavaScript; a GET form posts here."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = AnswerPage.objects.none()
    # Only words reach the engine: quotes, * and : are query syntax to FTS5 and PostgreSQL.
    terms = " ".join(re.findall(r"\w+", query))
    if terms:
        results = AnswerPage.objects.live().public().search(terms, operator="or")
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("pagina", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    return TemplateResponse(request, "search/search.html", {"query": query, "results": page})
