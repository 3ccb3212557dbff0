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
from search.analytics.recording import add_feedback_reason, record_feedback
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
    return {"state": THANKS if state == THANKS else ""}


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
    if over_limit(f"vote:{voter}", 1):
        # The same answer rated again within the minute from the same address: a double
        # click, or back and submit again. Counted once, as the chat counts a rating once;
        # a second "Nee" still gets the question what was wrong with the first.
        reference = shared_state.get(f"vote-reason:{voter}") if vote == "nee" else None
        if reference:
            return _back(answer, ASK_REASON, f=reference)
        return _back(answer, THANKS)
    event = record_feedback(
        answer.pk, vote == "ja", Channel.WEBSITE, search_token=request.POST.get("zoekactie")
    )
    if vote == "nee" and event is not None:
        reference = signing.dumps(event.pk, salt=SIGNING_SALT)
        shared_state.set(f"vote-reason:{voter}", reference, 60)
        return _back(answer, ASK_REASON, f=reference)
    return _back(answer, THANKS)
