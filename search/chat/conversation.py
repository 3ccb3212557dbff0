"""One chat exchange, the same for the JSON API (website widget, bridges) and the chat page
that works without JavaScript: check the message, let the dialogue answer, record the question
for analytics, and remember which answers the citizen may rate.

What a session remembers for rating (answer id -> analytics token) lives in the same cache
entry as the dialogue's state, so it disappears with the conversation.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from search.analytics.recording import record_click, record_feedback, record_search
from search.chat import intents, sessions
from search.chat.dialogue import (
    SMALL_TALK_REPLIES,
    Outcome,
    Turn,
    answer_reply,
    confirmed_option,
    respond,
)
from search.scrubbing import Kind, find_personal_data

MAX_MESSAGE_LENGTH = 1000
# Answers per conversation that can still be rated; older ones drop off.
RATEABLE_ANSWERS = 20
_RATEABLE = "rateable_answers"
_UNANSWERED = "unanswered_event"
# What the last question got: "nee" after an answer rates it, after options it refuses them.
_LAST_OUTCOME = "last_outcome"
_THANKED = "thanked"
# The questions "Bedoelt u ...?" offered, {"ids": [...], "foreign"}: a typed "ja" opens the
# only one, "de tweede" or "2" the second.
_OPTIONS = "options"
# Kept by sessions saved before the list was: the one question offered, {"id", "foreign"}.
_SINGLE_OPTION = "single_option"


# Personal data a citizen should not type in a chat. Names are left out: a name that is no
# personal data ("Van Gogh museum") would get the warning too often.
_PRIVATE_KINDS = frozenset(
    {
        Kind.BSN,
        Kind.IBAN,
        Kind.EMAIL,
        Kind.PHONE,
        Kind.POSTCODE_HOUSE_NUMBER,
        Kind.ADDRESS,
        Kind.DATE_OF_BIRTH,
    }
)
_PRIVACY_NOTED = "privacy_noted"


def _shares_personal_data(message: str) -> bool:
    return any(match.kind in _PRIVATE_KINDS for match in find_personal_data(message))


@dataclass(frozen=True)
class Exchange:
    session_id: str
    turn: Turn
    event_id: str | None


def message_error(message) -> str | None:
    """What is wrong with a citizen's message, in Dutch, or None when it can be answered."""
    if message is not None and not isinstance(message, str):
        # A program sent it (a bridge, an integration): tell its developer what is wrong.
        return _("The message must be text.")
    if not message or not message.strip():
        return _("Type a message.")
    if len(message) > MAX_MESSAGE_LENGTH:
        return _("Your message is too long. Use at most 1,000 characters.")
    return None


def take_turn(message: str, session_id: str | None, channel: str) -> Exchange:
    """The bot's reply to a valid `message`; an unknown `session_id` starts a new session."""
    session_id, state = sessions.load(session_id)
    message = message.replace("\x00", " ")
    options = _offered_options(state)
    choice = intents.chosen_option(message) if options else None
    if choice is not None:
        turn, event_id = _choose_option(choice, options, state, channel)
        sessions.save(session_id, state)
        return Exchange(session_id=session_id, turn=turn, event_id=event_id)
    intent = intents.classify(message)
    if intent in (intents.Intent.YES, intents.Intent.NO):
        turn, event_id = _reply_to_yes_or_no(intent == intents.Intent.YES, state, channel)
        sessions.save(session_id, state)
        return Exchange(session_id=session_id, turn=turn, event_id=event_id)
    turn = respond(message, state)
    if turn.crisis is None and not state.get(_PRIVACY_NOTED) and _shares_personal_data(message):
        # Said once per conversation: the chat needs none of it, and it is not kept.
        state[_PRIVACY_NOTED] = True
        turn.reply = (
            _(
                "You do not need to type personal details here, such as your BSN, e-mail address "
                "or phone number; we do not keep them."
            )
            + " "
            + turn.reply
        )
    state.pop(_OPTIONS, None)
    if turn.intent == intents.Intent.QUESTION:
        state[_LAST_OUTCOME] = turn.outcome
        if turn.outcome == Outcome.CLARIFIED and turn.suggestions:
            state[_OPTIONS] = {
                "ids": [suggestion.page_id for suggestion in turn.suggestions],
                "foreign": turn.in_another_language,
            }
    elif turn.intent == intents.Intent.THANKS:
        # "Graag gedaan! Heeft u nog een vraag?": a "nee" now answers that, not the answer
        # before it, which it would otherwise rate as unhelpful.
        state[_LAST_OUTCOME] = _THANKED
    else:
        state.pop(_LAST_OUTCOME, None)
    event_id = _record(message, turn, state, channel)
    if turn.answer is not None:
        _make_rateable(state, turn.answer.page_id, event_id)
    sessions.save(session_id, state)
    return Exchange(session_id=session_id, turn=turn, event_id=event_id)


def _make_rateable(state: dict, answer_id: int, event_id: str | None) -> None:
    rateable = state.setdefault(_RATEABLE, {})
    rateable.pop(answer_id, None)
    rateable[answer_id] = event_id
    for oldest in list(rateable)[:-RATEABLE_ANSWERS]:
        del rateable[oldest]


def _record(message: str, turn: Turn, state: dict, channel: str) -> str | None:
    # Greetings, thanks and asking for a person are conversation, not a need for content:
    # counted as searches they would swamp the reports of what citizens look for.
    if turn.intent != intents.Intent.QUESTION:
        return None
    shown = ([turn.answer] if turn.answer else []) + list(turn.suggestions)
    event_id = record_search(
        channel,
        message,
        outcome=turn.outcome,
        confidence=turn.confidence,
        results=shown,
        # After a question the bot could not answer, the next one is usually the same need in
        # other words; linking them shows editors which phrasing was missing.
        reformulation_of=state.pop(_UNANSWERED, None),
        follow_up=turn.follow_up,
    )
    if event_id and turn.outcome != Outcome.ANSWERED:
        state[_UNANSWERED] = event_id
    return event_id


def _offered_options(state: dict) -> dict | None:
    """The questions the last turn offered to choose from, {"ids", "foreign"}, or None."""
    if state.get(_LAST_OUTCOME) != Outcome.CLARIFIED:
        return None
    if old := state.pop(_SINGLE_OPTION, None):
        # An int: saved before the language was kept too.
        old = old if isinstance(old, dict) else {"id": old}
        state[_OPTIONS] = {"ids": [old["id"]], "foreign": old.get("foreign", False)}
    return state.get(_OPTIONS)


def _choose_option(choice: int, options: dict, state: dict, channel: str):
    """ "de tweede" or "2" after "Bedoelt u een van deze vragen?": the answer to that question,
    as if it was clicked; a number beyond the list asks again."""
    ids = options["ids"]
    if not -len(ids) <= choice <= len(ids) or choice == 0:
        reply = _("Choose the question you mean above, or type your question.")
        return Turn(intent=intents.Intent.QUESTION, reply=reply, outcome=Outcome.SMALL_TALK), None
    state.pop(_LAST_OUTCOME, None)
    state.pop(_OPTIONS, None)
    position = choice if choice > 0 else len(ids) + 1 + choice
    return _open_option(ids[position - 1], position, options.get("foreign", False), state, channel)


def _reply_to_yes_or_no(yes: bool, state: dict, channel: str) -> tuple[Turn, str | None]:
    """A typed "ja" or "nee" and the search it answers, if any: what it says depends on the
    bot's last turn, and it is never searched for itself ("nee" is no need for content)."""
    options = _offered_options(state)
    if yes and options and len(options["ids"]) == 1:
        return _choose_option(1, options, state, channel)
    return _plain_reply_to_yes_or_no(yes, state, channel), None


def _plain_reply_to_yes_or_no(yes: bool, state: dict, channel: str) -> Turn:
    intent = intents.Intent.YES if yes else intents.Intent.NO
    # Answered once: a second "nee" is not about that turn any more.
    last = state.pop(_LAST_OUTCOME, None)
    if last == Outcome.ANSWERED and state.get("answer_id") is not None:
        # The same as the "Ja" / "Nee" buttons under the answer (once: already rated is fine).
        rated = _rate(state, state["answer_id"], yes, channel)
        return Turn(
            intent=intent,
            reply=feedback_thanks(yes),
            outcome=Outcome.SMALL_TALK if yes else Outcome.HANDED_OVER,
            handoff_reason=None if yes else _("The answer did not help."),
            confidence=1.0,
            rated_answer=state["answer_id"] if rated else None,
        )
    if last == _THANKED and not yes:
        # No other question: the conversation is done.
        return Turn(
            intent=intent,
            reply=str(SMALL_TALK_REPLIES[intents.Intent.GOODBYE]),
            outcome=Outcome.SMALL_TALK,
        )
    state.pop(_OPTIONS, None)
    if last == Outcome.CLARIFIED:
        if yes:
            return Turn(
                intent=intent,
                reply=_("Choose the question you mean above, or type your question."),
                outcome=Outcome.SMALL_TALK,
            )
        return Turn(
            intent=intent,
            reply=_(
                "Then ask your question in other words, or ask a colleague. You can reach "
                "one in these ways:"
            ),
            outcome=Outcome.HANDED_OVER,
            handoff_reason=_("None of the questions I suggested fitted."),
            confidence=1.0,
        )
    return Turn(
        intent=intent,
        reply=_("What is your question? Type it in a few words."),
        outcome=Outcome.SMALL_TALK,
    )


def _open_option(page_id: int, position: int, foreign: bool, state: dict, channel: str):
    """An option chosen by typing ("ja", "de eerste"): the answer to that question as if it
    had been asked, counted as a click on the option, with the search it answers; a
    colleague's ways when the answer is no longer public."""
    opened = confirmed_option(page_id, state)
    if opened is None:
        return Turn(
            intent=intents.Intent.YES,
            reply=_("That answer is no longer available. A colleague can help you further:"),
            outcome=Outcome.HANDED_OVER,
            handoff_reason=_("The answer offered is no longer available."),
            confidence=1.0,
        ), None
    result, related = opened
    # The clarified search was a need answered after all, not one to rephrase.
    token = state.pop(_UNANSWERED, None)
    if token:
        record_click(token, page_id, position, channel)
    _make_rateable(state, page_id, token)
    state[_LAST_OUTCOME] = Outcome.ANSWERED
    return Turn(
        intent=intents.Intent.YES,
        reply=answer_reply(result, foreign),
        outcome=Outcome.ANSWERED,
        answer=result,
        suggestions=related,
        confidence=1.0,
    ), token


def rate_answer(session_id, answer_id: int, helpful: bool, channel: str) -> bool:
    """Record "Was dit antwoord nuttig?" for an answer this session was given, once.
    False when the session does not know the answer (unknown, expired or already rated)."""
    known_id, state = sessions.load(session_id)
    if known_id != session_id or not _rate(state, answer_id, helpful, channel):
        return False
    sessions.save(session_id, state)
    return True


def _rate(state: dict, answer_id: int, helpful: bool, channel: str) -> bool:
    """Record the rating of an answer the session was given and has not rated yet, linked to
    the search that gave it; False when there is none such."""
    rateable = state.get(_RATEABLE, {})
    if answer_id not in rateable:
        return False
    record_feedback(
        page_id=answer_id, helpful=helpful, channel=channel, search_token=rateable.pop(answer_id)
    )
    return True


def feedback_thanks(helpful: bool) -> str:
    """After "Nee" the citizen still needs an answer: point to a person, their right to one."""
    if helpful:
        return _("Thank you for your feedback.")
    return _("Thank you for your feedback. A colleague can help you further:")
