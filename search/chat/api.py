"""POST /api/chat/: one message in, the bot's turn out. No cookies and no CSRF token, so a
website widget, a WhatsApp bridge or any other channel can use it (see README)."""

import json

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from search.api import result_dict
from search.chat import sessions
from search.chat.dialogue import respond
from search.ratelimit import rate_limited

MAX_MESSAGE_LENGTH = 1000


def _error(message: str, status: int = 400) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def _answer_dict(result, request) -> dict:
    data = result_dict(result, request)
    del data["score"]
    return data


# Exempt because it takes no cookies: without a session cookie there is nothing to forge.
@csrf_exempt
@require_POST
@never_cache
@rate_limited("chat")
def chat_api(request):
    try:
        payload = json.loads(request.body or b"")
    except (json.JSONDecodeError, UnicodeDecodeError):
        return _error(_("The request is not valid JSON."))
    if not isinstance(payload, dict):
        return _error(_("Send a JSON object with “message” and “session_id”."))
    message = payload.get("message")
    if not isinstance(message, str) or not message.strip():
        return _error(_("Type a message."))
    if len(message) > MAX_MESSAGE_LENGTH:
        return _error(_("Your message is too long. Use at most 1,000 characters."))

    session_id, state = sessions.load(payload.get("session_id"))
    turn = respond(message.replace("\x00", " "), state)
    sessions.save(session_id, state)
    return JsonResponse(
        {
            "session_id": session_id,
            "reply": turn.reply,
            "answer": _answer_dict(turn.answer, request) if turn.answer else None,
            "suggestions": [_answer_dict(result, request) for result in turn.suggestions],
            "handoff": turn.handoff(),
            "confidence": round(turn.confidence, 3),
        }
    )
