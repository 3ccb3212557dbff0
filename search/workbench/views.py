"""The workbench pages. All of them render on the server and work without JavaScript;
workbench.js adds live results (from `search_results`), shortcuts and the copy button.

Analytics count a workbench search once it is settled: when the agent submits the search
(Enter without choosing a result) or opens a result (then with the click and its rank), never
per keystroke. The search's token travels in the links (?zoekactie=) so that going back to the
results or opening a second result does not count the search again.
"""

import re

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from wagtail.models import Site
from wagtail.templatetags.wagtailcore_tags import richtext

from kennisbank.ids import as_id
from kennisbank.models import AnswerPage, ContactSettings
from search.analytics.recording import record_click, record_search, token_from
from search.models import Channel
from search.understanding import MAX_QUERY_LENGTH
from search.workbench import start_screen
from search.workbench.access import pending_form, workbench_view
from search.workbench.forms import AnswerCorrectionForm, ContactRegistrationForm
from search.workbench.lookup import search_answers
from search.workbench.plain_text import answer_text

RESULTS_SHOWN = 10
# In the address live results write: ?q=…&live=1.
LIVE_PARAMETER = "live"
# href="/vragen/…" but not a protocol-relative href="//…".
SITE_RELATIVE_HREF = re.compile(r'href="/(?!/)')
# A link to a page of this site, without query or fragment: href="/vragen/paspoort/".
SITE_RELATIVE_LINK = re.compile(r'href="(/(?!/)[^"?#]*)"')


def _query(request) -> str:
    return request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]


def _rank(value) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def _heading(query: str) -> str:
    if query:
        return _("Results for “%(query)s”") % {"query": query}
    return _("Find an answer")


def _results_context(query: str, token: str | None = None) -> dict:
    found = search_answers(query, limit=RESULTS_SHOWN) if query else None
    count = len(found.hits) if found else 0
    return {
        "query": query,
        "heading": _heading(query),
        "found": found,
        "token": token,
        "status": ngettext("%(counter)s answer found", "%(counter)s answers found", count)
        % {"counter": count}
        if found
        else "",
    }


def _contact_form(request, *, answer=None, query="", data=None):
    """The contact moment form, with the agent's recent answers to tick (the open one ticked)
    and their last channel chosen."""
    initial = {"channel": request.session.get(start_screen.CHANNEL_SESSION_KEY)}
    if answer is not None:
        initial.update(answers=[answer.pk], department=answer.owner_department_id)
    elif query:
        initial["question"] = query
    if data is None and (pending := _pending(request, reverse("workbench:register"))):
        initial.update(pending)
    return ContactRegistrationForm(
        data, initial=initial, answer_ids=start_screen.contact_answer_ids(request.session)
    )


def _pending(request, path: str) -> dict | None:
    """The form the agent filled in before their session expired (access.pending_form), with
    a message that it is back."""
    pending = pending_form(request, path)
    if pending is not None:
        messages.warning(
            request,
            _(
                "Your session had expired, so nothing was saved. What you filled in is back: "
                "check it and send it again."
            ),
        )
    return pending


def _start_page(request, *, contact_form=None, status=200, shown_query=None):
    """The start screen for the search in the address, or for `shown_query`: the one on
    screen when a contact form came back with errors (already counted then)."""
    query = _query(request) if shown_query is None else shown_query.strip()[:MAX_QUERY_LENGTH]
    token = token_from(request.GET.get("zoekactie"))
    # The address live results write (workbench.js): not a settled search, but Back or a
    # reload after opening one of them, which counted it (start_screen.remember_search).
    live = request.GET.get(LIVE_PARAMETER) == "1"
    if live and token is None:
        token = start_screen.settled_search(request.session, query)
    context = _results_context(query, token)
    found = context["found"]
    # A search submitted here is settled; one we come back to (with its token) was counted.
    if found and not found.is_empty and token is None and shown_query is None and not live:
        context["token"] = record_search(
            Channel.WORKBENCH, query, found.response, outcome=found.outcome, results=found.hits
        )
    no_answer = found is not None and not found.is_empty and not found.hits
    context.update(
        # Straight into the search box, unless a form came back with errors to fix.
        autofocus_search=contact_form is None,
        recent=start_screen.recent_answers(request.session),
        frequent=start_screen.frequent_today(),
        contact_form=contact_form or _contact_form(request, query=query if no_answer else ""),
    )
    return TemplateResponse(request, "search/workbench/start.html", context, status=status)


@require_GET
@workbench_view
def start(request):
    """The start screen; with ?q= also the results (the search form's plain GET)."""
    return _start_page(request)


@require_GET
@workbench_view
def search_results(request):
    """Live results while typing, as HTML for the results list and a status line. Not counted
    in the analytics: the agent has not settled on a query yet."""
    context = _results_context(_query(request))
    return JsonResponse(
        {
            "query": context["query"],
            "count": len(context["found"].hits) if context["found"] else 0,
            "status": context["status"],
            "heading": context["heading"],
            "html": render_to_string("search/workbench/includes/results.html", context, request),
        }
    )


@require_GET
@workbench_view
def open_result(request, page_id: int):
    """A result's link: count the search (unless it was counted already) and the click with
    its rank, then show the answer."""
    answer = get_object_or_404(AnswerPage.objects.live(), pk=page_id)
    query = _query(request)
    token = token_from(request.GET.get("zoekactie"))
    rank = _rank(request.GET.get("positie"))
    if query and rank:
        if token is None:
            found = search_answers(query, limit=RESULTS_SHOWN)
            token = record_search(
                Channel.WORKBENCH, query, found.response, outcome=found.outcome, results=found.hits
            )
        if token:
            record_click(token, answer.pk, rank)
            start_screen.remember_search(request.session, query, token)
    parameters = {"q": query, "zoekactie": token} if query and token else {"q": query}
    url = reverse("workbench:answer", args=[answer.pk])
    return redirect(f"{url}?{urlencode(parameters)}" if query else url)


def _back_url(request) -> str:
    query = _query(request)
    token = token_from(request.GET.get("zoekactie"))
    if not query:
        return reverse("workbench:start")
    parameters = {"q": query, **({"zoekactie": token} if token else {})}
    return f"{reverse('workbench:start')}?{urlencode(parameters)}"


def _answer_page(request, answer, *, contact_form=None, corrections_form=None, status=200):
    contact = ContactSettings.for_request(request)
    channels = contact.channel_list(timezone.now())
    body, notes = _links_in_workbench(
        request, _rendered_body(answer, request), str(richtext(answer.internal_notes))
    )
    # Open when it came back with errors, or with what was filled in before a login.
    feedback_open = corrections_form is not None
    if corrections_form is None:
        pending = _pending(request, reverse("workbench:feedback", args=[answer.pk]))
        corrections_form = AnswerCorrectionForm(initial=pending)
        feedback_open = pending is not None
    context = {
        "answer": answer,
        # The answer's own rendered rich text, with its links rewritten.
        "body": mark_safe(body),  # noqa: S308
        "notes": mark_safe(notes),  # noqa: S308
        "department": answer.owner_department,
        "query": _query(request),
        "back_url": _back_url(request),
        "plain_text": answer_text(answer, absolute=request.build_absolute_uri, channels=channels),
        "channels": channels,
        "related": answer.related_answers,
        "contact_form": contact_form or _contact_form(request, answer=answer),
        "corrections_form": corrections_form,
        "feedback_open": feedback_open,
    }
    return TemplateResponse(request, "search/workbench/answer.html", context, status=status)


def _live_answer(page_id):
    return get_object_or_404(
        AnswerPage.objects.live().select_related("owner_department"), pk=page_id
    )


@require_GET
@workbench_view
def answer_view(request, page_id: int):
    answer = _live_answer(page_id)
    start_screen.remember_opened(request.session, answer.pk)
    return _answer_page(request, answer)


def _rendered_body(answer, request) -> str:
    return render_to_string(
        "search/workbench/includes/answer_body.html", {"answer": answer}, request
    )


def _links_in_workbench(request, *htmls: str) -> list[str]:
    """`htmls` with their links to other answers leading to those answers here, with their
    work instructions, not to the public site (where the agent would lose them); one query
    for all of them."""
    site = Site.find_for_request(request)
    paths = {path for html in htmls for path in SITE_RELATIVE_LINK.findall(html)}
    if site is None or not paths:
        return list(htmls)
    root = site.root_page.url_path.rstrip("/")
    answers = dict(
        AnswerPage.objects.live()
        .filter(url_path__in=[root + path for path in paths])
        .values_list("url_path", "pk")
    )

    def to_workbench(match):
        page_id = answers.get(root + match[1])
        if page_id is None:
            return match[0]
        return f'href="{reverse("workbench:answer", args=[page_id])}"'

    return [SITE_RELATIVE_LINK.sub(to_workbench, html) for html in htmls]


def _with_full_addresses(html: str, request) -> str:
    """A printout shows each link's address; "/vragen/paspoort/" leads nowhere on paper."""
    site = request.build_absolute_uri("/").rstrip("/")
    return SITE_RELATIVE_HREF.sub(f'href="{site}/', html)


@require_GET
@workbench_view
def print_view(request, page_id: int):
    """For handing to a citizen at the desk: the public answer and how to reach us, without
    internal notes or anything else meant for colleagues."""
    answer = _live_answer(page_id)
    contact = ContactSettings.for_request(request)
    return TemplateResponse(
        request,
        "search/workbench/print.html",
        {
            "answer": answer,
            "body": mark_safe(  # noqa: S308 - the answer's own rendered blocks, links rewritten
                _with_full_addresses(
                    _rendered_body(answer, request),
                    request,
                )
            ),
            "channels": contact.channel_list(timezone.now()),
            # The answer's own contact block lists the channels already.
            "lists_channels": any(block.block_type == "contact" for block in answer.body),
            "public_url": request.build_absolute_uri(answer.get_url(request) or "/"),
        },
    )


@workbench_view
def register_contact(request):
    """Save a contact moment; back to an empty start screen for the next citizen."""
    if request.method != "POST":
        # A reload of the address the form went to: the start screen, not an error page.
        return redirect("workbench:start")
    form = _contact_form(request, data=request.POST)
    if form.is_valid():
        form.save(request.user)
        request.session[start_screen.CHANNEL_SESSION_KEY] = form.cleaned_data["channel"]
        start_screen.contact_registered(request.session)
        messages.success(request, _("The contact moment is registered."))
        if left_out := getattr(form, "left_out", []):
            messages.info(
                request,
                _("Left out of the question, because we do not keep it: %(kinds)s.")
                % {"kinds": ", ".join(left_out)},
            )
        return redirect("workbench:start")
    # Show the errors where the form was filled in.
    answer = AnswerPage.objects.live().filter(pk=as_id(request.POST.get("antwoord"))).first()
    if answer is not None:
        return _answer_page(request, answer, contact_form=form, status=400)
    # The results the agent was looking at stay on screen next to the errors.
    return _start_page(
        request, contact_form=form, status=400, shown_query=request.POST.get("q", "")
    )


@workbench_view
def report_correction(request, page_id: int):
    answer = _live_answer(page_id)
    if request.method != "POST":
        return redirect("workbench:answer", answer.pk)
    form = AnswerCorrectionForm(request.POST)
    if not form.is_valid():
        return _answer_page(request, answer, corrections_form=form, status=400)
    form.save(answer, request.user)
    messages.success(
        request,
        _("Thank you. Your feedback went to %(department)s and to the editors.")
        % {"department": answer.owner_department.name},
    )
    return redirect("workbench:answer", answer.pk)
