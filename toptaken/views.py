from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from search.retrieval import find_answers
from toptaken.models import TopTaskPage

RESULTS_PER_PAGE = 10
MAX_RESULTS = 50


def search(request):
    """The citizen search page; a plain GET form, so it works without JavaScript."""
    query = request.GET.get("q", "")
    response = find_answers(query, limit=MAX_RESULTS) if query.strip() else None
    paginator = Paginator(response.results if response else [], RESULTS_PER_PAGE)
    try:
        results = paginator.page(request.GET.get("pagina", 1))
    except (PageNotAnInteger, EmptyPage):
        results = paginator.page(1)
    searched_in_vain = response is not None and not response.results
    context = {
        "query": query[:200],
        "searched": response is not None,
        "corrected_query": response.corrected_query if response else None,
        "results": results,
        "top_tasks": TopTaskPage.objects.live().public().order_by("path")
        if searched_in_vain
        else [],
    }
    return TemplateResponse(request, "toptaken/search.html", context)
