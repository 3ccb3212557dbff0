from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache

from kennisbank.models import AnswerPage
from search.analytics.recording import record_click, record_search, token_from
from search.crisis import HELP_LINES, MESSAGES, crisis_in
from search.judgement import MAX_OPTIONS, Verdict, judge, relevant
from search.models import Channel
from toptaken.models import TopTaskPage

RESULTS_PER_PAGE = 10
MAX_RESULTS = 50
# Shown under "Misschien zoekt u" when no answer fits well: a few, not a page of noise.
MAX_WEAK_RESULTS = 5


def search(request):
    """The citizen search page; a plain GET form, so it works without JavaScript.

    The page shows the same judgement as the chatbot (search.judgement): a good answer first;
    close options as "Bedoelt u een van deze?"; or, when nothing fits, says so plainly with the
    ways to ask a person and the weak results under "Misschien zoekt u". That last kind is
    recorded like the chatbot's hand-overs, so editors see it as missing content.
    """
    query = request.GET.get("q", "")
    # Someone in danger or crisis gets the help lines first (search.crisis); record_search
    # keeps nothing of such a search.
    crisis = crisis_in(query)
    judgement = judge(query, limit=MAX_RESULTS) if query.strip() else None
    response = judgement.response if judgement else None
    verdict = judgement.verdict if judgement else None
    shown = judgement.listed if judgement else []
    listed = relevant(shown) if verdict != Verdict.NOTHING else []
    paginator = Paginator(listed, RESULTS_PER_PAGE)
    page_number = request.GET.get("pagina")
    try:
        results = paginator.page(page_number or 1)
    except (PageNotAnInteger, EmptyPage):
        results = paginator.page(1)
    event = request.GET.get("zoekactie")
    # A search is counted once, when asked; paging through its results is the same search.
    if response is not None and not response.understood.is_empty and not page_number:
        event = record_search(
            Channel.WEBSITE,
            query,
            response,
            outcome=judgement.listed_outcome,
            confidence=judgement.confidence,
            results=shown,
            reformulation_of=request.GET.get("vorige"),
        )
    on_first_page = results.number == 1
    options = list(results)[:MAX_OPTIONS] if verdict == Verdict.OPTIONS and on_first_page else []
    context = {
        "query": query[:200],
        "searched": judgement is not None,
        # The search button pressed on an empty box (or only spaces): say what to do.
        "asked_empty": "q" in request.GET and judgement is None,
        "verdict": verdict,
        "corrected_query": judgement.did_you_mean if judgement else None,
        "results": results,
        "options": options,
        "more_results": [result for result in results if result not in options],
        "more_start": results.start_index() + len(options),
        "weak_results": shown[:MAX_WEAK_RESULTS] if verdict == Verdict.NOTHING else [],
        "event": token_from(event),
        "crisis_message": MESSAGES[crisis] if crisis else None,
        "help_lines": HELP_LINES[crisis] if crisis else (),
        "top_tasks": TopTaskPage.objects.live().public().order_by("path")
        if verdict == Verdict.NOTHING and not shown
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
    token = token_from(request.GET.get("zoekactie"))
    if rank > 0 and record_click(token, answer.pk, rank):
        # The answer's "Was dit antwoord nuttig?" then counts for this search too.
        return redirect(f"{answer.url}?{urlencode({'zoekactie': token})}")
    return redirect(answer.url)


def robots_txt(request):
    """Crawlers stay out of the admin, the workbench and search results; the Samenwerkende
    Catalogi feed is named, as municipalities do, for the harvesters of overheid.nl."""
    feed = request.build_absolute_uri(reverse("samenwerkende-catalogi"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /werkplek/",
        "Disallow: /zoeken/",
        "Disallow: /api/",
        "",
        f"# Samenwerkende Catalogi 4.0: {feed}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def contact(request):
    """Every contact channel with all its opening hours: where the chatbot's "Alle
    openingstijden" leads."""
    return TemplateResponse(request, "toptaken/contact.html", {})
