"""POST /api/chat/: one message in, the bot's turn out; POST /api/chat/feedback/: was that
answer helpful? No cookies and no CSRF token, so the website widget, a WhatsApp bridge or any
other channel can use them; bridges identify themselves with a token (search.chat.bridge)."""

import json

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from search.api import post_only, result_dict
from search.chat.bridge import chat_channel
from search.chat.conversation import feedback_thanks, message_error, rate_answer, take_turn
from search.chat.handoff import handoff


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _answer_dict(result, request) -> dict:
    data = result_dict(result, request)
    del data["score"]
    return data


def _handoff_dict(data: dict | None, request) -> dict | None:
    """The hand-over with a full link to the opening hours: a bridge to WhatsApp or e-mail
    cannot follow a path of this site."""
    if data is None:
        return None
    return {**data, "all_hours_url": request.build_absolute_uri(data["all_hours_url"])}


def _json_object(request, expected: str) -> tuple[dict | None, JsonResponse | None]:
    """(payload, None), or (None, a Dutch 400 saying what is `expected`) when the body is not
    a JSON object."""
    try:
        payload = json.loads(request.body or b"")
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None, _error(_("The request is not valid JSON."))
    except (RecursionError, ValueError):
        # Nested deeper than Python follows, or an integer of thousands of digits.
        return None, _error(_("The JSON is nested too deeply or holds a number that is too large."))
    if not isinstance(payload, dict):
        return None, _error(expected)
    return payload, None


# Exempt because it takes no cookies: without a session cookie there is nothing to forge.
@csrf_exempt
@post_only
@never_cache
@chat_channel
def chat_api(request, channel):
    payload, error = _json_object(request, _("Send a JSON object with “message” and “session_id”."))
    if error:
        return error
    message = payload.get("message")
    if problem := message_error(message):
        return _error(problem)
    session_id = payload.get("session_id")
    if session_id is not None and not isinstance(session_id, str):
        return _error(_("Send “session_id” as text, or leave it out to start a conversation."))

    exchange = take_turn(message, session_id, channel)
    turn = exchange.turn
    return JsonResponse(
        {
            "session_id": exchange.session_id,
            "reply": turn.reply,
            "outcome": turn.outcome,
            "answer": _answer_dict(turn.answer, request) if turn.answer else None,
            "suggestions": [_answer_dict(result, request) for result in turn.suggestions],
            "handoff": _handoff_dict(turn.handoff(), request),
            "confidence": round(turn.confidence, 3),
            # Null when nothing was recorded (small talk, analytics off).
            "event_id": exchange.event_id,
            "rated_answer_id": turn.rated_answer,
        }
    )


@csrf_exempt
@post_only
@never_cache
@chat_channel
def feedback_api(request, channel):
    """{"session_id", "answer_id", "helpful": true/false} for an answer this session was given."""
    payload, error = _json_object(
        request, _("Send a JSON object with “session_id”, “answer_id” and “helpful”.")
    )
    if error:
        return error
    session_id, answer_id = payload.get("session_id"), payload.get("answer_id")
    helpful = payload.get("helpful")
    if not isinstance(helpful, bool):
        return _error(_("Send “helpful” as true or false."))
    # bool is an int in Python; true is no answer id.
    if not isinstance(session_id, str) or type(answer_id) is not int:
        return _error(_("Send the “session_id” and the “answer_id” of the answer you rate."))
    if not rate_answer(session_id, answer_id, helpful, channel):
        return _error(
            _("This conversation did not give that answer, or it has been rated already.")
        )
    return JsonResponse(
        {
            "message": feedback_thanks(helpful),
            # "Nee" means the citizen still needs help: the ways to a colleague, as buttons.
            "handoff": None
            if helpful
            else _handoff_dict(handoff(_("The answer did not help.")), request),
        }
    )
