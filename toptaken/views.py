from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from kennisbank.models import AnswerPage
from search.analytics.recording import record_click, record_search, token_from
from search.models import Channel
from search.retrieval import find_answers
from toptaken.models import TopTaskPage

RESULTS_PER_PAGE = 10
MAX_RESULTS = 50


def search(request):
    """The citizen search page; a plain GET form, so it works without JavaScript."""
    query = request.GET.get("q", "")
    response = find_answers(query, limit=MAX_RESULTS) if query.strip() else None
    paginator = Paginator(response.results if response else [], RESULTS_PER_PAGE)
    page_number = request.GET.get("pagina")
    try:
        results = paginator.page(page_number or 1)
    except (PageNotAnInteger, EmptyPage):
        results = paginator.page(1)
    event = request.GET.get("zoekactie")
    # A search is counted once, when asked; paging through its results is the same search.
    if response is not None and not response.understood.is_empty and not page_number:
        event = record_search(
            Channel.WEBSITE, query, response, reformulation_of=request.GET.get("vorige")
        )
    searched_in_vain = response is not None and not response.results
    context = {
        "query": query[:200],
        "searched": response is not None,
        "corrected_query": response.corrected_query if response else None,
        "results": results,
        "event": token_from(event),
        "top_tasks": TopTaskPage.objects.live().public().order_by("path")
        if searched_in_vain
        else [],
    }
    return TemplateResponse(request, "toptaken/search.html", context)


@never_cache
def open_result(request, page_id: int):
    """A search result's link: count the click (which answer, at which rank), then go there.
    Only live, public answers are redirected to, so the link cannot send anyone elsewhere."""
    answer = AnswerPage.objects.live().public().filter(pk=page_id).first()
    if answer is None:
        raise Http404
    try:
        rank = int(request.GET.get("positie", ""))
    except ValueError:
        rank = 0
    if rank > 0:
        record_click(request.GET.get("zoekactie"), answer.pk, rank)
    return redirect(answer.url)
