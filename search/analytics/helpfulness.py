""" "Was dit antwoord nuttig?" under every answer on the website: a plain form, no JavaScript.

Two buttons post Ja or Nee; after Nee the page asks what was wrong, and that reason is added to
the same feedback through a signed, short-lived reference in the URL. No cookie and no CSRF
token (public pages set no cookies; without a session there is nothing to forge), rate limited
per IP like the APIs.
"""

from django.core import signing
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.http import urlencode
from django.views.decorators.csrf import csrf_exempt

from kennisbank.models import AnswerPage
from search import shared_state
from search.analytics.recording import (
    add_feedback_reason,
    change_feedback,
    record_feedback,
    token_from,
)
from search.models import Channel, FeedbackEvent
from search.ratelimit import client_ip, is_rate_limited, over_limit

SIGNING_SALT = "kennisbank.answer-feedback"
REASON_MAX_AGE = 60 * 60

THANKS = "bedankt"
ASK_REASON = "nee"


def _back(answer, state: str, **extra) -> HttpResponseRedirect:
    query = urlencode({"feedback": state, **extra})
    return HttpResponseRedirect(f"{answer.url}?{query}#nuttig")


def feedback_state(request) -> dict:
    """What the answer page shows in its feedback section, from its query string."""
    state = request.GET.get("feedback")
    if state == ASK_REASON and request.GET.get("f"):
        return {
            "state": ASK_REASON,
            "reference": request.GET["f"][:200],
            "reasons": FeedbackEvent.Reason.choices,
        }
    return {
        "state": THANKS if state == THANKS else "",
        # The search the citizen came from (toptaken.views.open_result), so that their vote
        # counts for that question in "Slecht beantwoord".
        "search": token_from(request.GET.get("zoekactie")) or "",
    }


@csrf_exempt
def answer_feedback(request, page_id: int):
    if request.method not in {"GET", "HEAD", "POST"}:
        return HttpResponseNotAllowed(["POST"])
    answer = AnswerPage.objects.live().public().filter(pk=page_id).first()
    if answer is None:
        raise Http404
    if request.method != "POST":
        # Reached by reloading the page after a vote or by a link someone shared: the
        # question is worth showing again, an empty 405 page is not.
        return HttpResponseRedirect(f"{answer.url}#nuttig")
    if is_rate_limited(request, "feedback"):
        return _back(answer, THANKS)

    reference = request.POST.get("f")
    if reference:
        try:
            event_id = signing.loads(reference, salt=SIGNING_SALT, max_age=REASON_MAX_AGE)
        except signing.BadSignature:
            return _back(answer, THANKS)
        add_feedback_reason(event_id, request.POST.get("reden", ""))
        return _back(answer, THANKS)

    vote = request.POST.get("nuttig")
    if vote not in {"ja", "nee"}:
        return _back(answer, "")
    voter = f"{client_ip(request)}:{answer.pk}"
    helpful = vote == "ja"
    if over_limit(f"vote:{voter}", 1):
        # The same answer rated again within the minute from the same address: a double
        # click, back and submit again, or a change of mind. Counted once, as the chat counts
        # a rating once; a change of mind changes that vote.
        previous = shared_state.get(f"vote-event:{voter}")
        if previous and previous["helpful"] != helpful:
            change_feedback(previous["event"], helpful)
            return _voted(answer, voter, previous["event"], helpful)
        reference = shared_state.get(f"vote-reason:{voter}") if vote == "nee" else None
        if reference:
            return _back(answer, ASK_REASON, f=reference)
        return _back(answer, THANKS)
    event = record_feedback(
        answer.pk, helpful, Channel.WEBSITE, search_token=request.POST.get("zoekactie")
    )
    if event is None:
        return _back(answer, THANKS)
    return _voted(answer, voter, event.pk, helpful)


def _voted(answer, voter: str, event_id: int, helpful: bool) -> HttpResponseRedirect:
    """Thanks, or after "Nee" the question what was wrong; the vote is kept for the minute in
    which the same address may change it."""
    shared_state.set(f"vote-event:{voter}", {"event": event_id, "helpful": helpful}, 60)
    if helpful:
        return _back(answer, THANKS)
    reference = signing.dumps(event_id, salt=SIGNING_SALT)
    shared_state.set(f"vote-reason:{voter}", reference, 60)
    return _back(answer, ASK_REASON, f=reference)
