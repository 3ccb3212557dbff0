"""The chat page that works without JavaScript (/digitale-assistent/).

The widget on every page enhances this plain form; without JavaScript its link leads here. The
page shows the last question and its reply, not the whole conversation: the session id in a
hidden field keeps the conversation going (follow-ups such as "en wat kost dat?" still work),
without a cookie and without echoing earlier messages back and forth.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from search.chat.bridge import SCOPE
from search.chat.conversation import feedback_thanks, message_error, rate_answer, take_turn
from search.chat.handoff import handoff
from search.models import Channel
from search.ratelimit import is_rate_limited

TEMPLATE = "search/chat/page.html"
HELPFUL = {"ja": True, "nee": False}


# CSRF protection works through a cookie, and public pages set none. Nor is there anything to
# forge: the form acts on no account and no cookie-bound session, only on a conversation whose
# random id a forging site cannot know.
@csrf_exempt
@require_http_methods(["GET", "POST"])
@never_cache
def chat_page(request):
    if request.method == "GET":
        return TemplateResponse(request, TEMPLATE, {})
    session_id = request.POST.get("session_id", "")
    if is_rate_limited(request, SCOPE):
        context = {"error": _("Too many requests. Please wait a minute and try again.")}
        response = TemplateResponse(
            request, TEMPLATE, {**context, "session_id": session_id}, status=429
        )
        response["Retry-After"] = "60"
        return response
    if "helpful" in request.POST:
        return _feedback(request, session_id)

    message = request.POST.get("message", "")
    if error := message_error(message):
        context = {"error": error, "message": message, "session_id": session_id}
        return TemplateResponse(request, TEMPLATE, context, status=400)
    exchange = take_turn(message, session_id, Channel.CHATBOT)
    context = {
        "question": message,
        "turn": exchange.turn,
        "handoff": exchange.turn.handoff(),
        "session_id": exchange.session_id,
    }
    return TemplateResponse(request, TEMPLATE, context)


def _feedback(request, session_id):
    helpful = HELPFUL.get(request.POST["helpful"])
    try:
        answer_id = int(request.POST.get("answer_id", ""))
    except ValueError:
        answer_id = None
    if helpful is None or answer_id is None:
        return TemplateResponse(
            request,
            TEMPLATE,
            {"feedback": _("Choose Yes or No."), "session_id": session_id},
            status=400,
        )
    if rate_answer(session_id, answer_id, helpful, Channel.CHATBOT):
        feedback = feedback_thanks(helpful)
    else:
        # A double click, or the back button and "Nee" again: counted once, and the citizen
        # still gets the page the first click gave, not an error.
        feedback = _("This conversation did not give that answer, or it has been rated already.")
    context = {"feedback": feedback, "session_id": session_id}
    if not helpful:
        context["handoff"] = handoff(_("The answer did not help."))
    return TemplateResponse(request, TEMPLATE, context)
