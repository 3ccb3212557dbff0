"""What the chatbot says: answer when it is sure, ask when it is torn, hand over when it is not.

The decision rests on search.retrieval's scores (0 to 1, comparable across queries): a clear
best match above CHAT_ANSWER_THRESHOLD with a lead of CHAT_MARGIN over the next is answered;
close matches above CHAT_CLARIFY_THRESHOLD become "Bedoelt u ...?"; anything weaker is handed
over to a person, because a confident wrong answer is worse than an honest "I don't know".
The thresholds are settings, calibrated with benchmarks/chat_quality.py.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from search.chat import intents
from search.chat.handoff import contact_channels
from search.index import get_index
from search.retrieval import Result, find_answers
from search.understanding import is_filler, normalise, stem

MAX_SUGGESTIONS = 3


class Outcome:
    ANSWERED = "answered"
    CLARIFIED = "clarified"
    HANDED_OVER = "handed_over"
    SMALL_TALK = "small_talk"


@dataclass
class Turn:
    reply: str
    outcome: str
    answer: Result | None = None
    suggestions: list[Result] = field(default_factory=list)
    handoff_reason: str | None = None
    confidence: float = 0.0

    def handoff(self, now=None) -> dict | None:
        if self.handoff_reason is None:
            return None
        return {"reason": self.handoff_reason, "channels": contact_channels(now)}


def thresholds():
    return (
        getattr(settings, "CHAT_ANSWER_THRESHOLD", 0.5),
        getattr(settings, "CHAT_CLARIFY_THRESHOLD", 0.45),
        getattr(settings, "CHAT_MARGIN", 0.1),
    )


def _decide(results: list[Result]) -> str:
    answer_at, clarify_at, margin = thresholds()
    if not results or results[0].score < clarify_at:
        return Outcome.HANDED_OVER
    runner_up = results[1].score if len(results) > 1 else 0.0
    if results[0].score >= answer_at and results[0].score - runner_up >= margin:
        return Outcome.ANSWERED
    return Outcome.CLARIFIED


def _search(message: str, state: dict) -> list[Result]:
    question = intents.strip_pleasantries(message)
    results = find_answers(question, limit=MAX_SUGGESTIONS + 1).results
    topic = state.get("topic")
    if topic and intents.is_follow_up(message) and _decide(results) != Outcome.ANSWERED:
        # "en wat kost dat?" after an answer about passports: ask about the passport.
        with_topic = find_answers(f"{question} {topic}", limit=MAX_SUGGESTIONS + 1).results
        if with_topic and (not results or with_topic[0].score >= results[0].score):
            return with_topic
    return results


def topic_of(title: str) -> str:
    """The subject of an answer, for follow-ups: its two rarest content words ("paspoort")."""
    index = get_index()
    words = [word for word in normalise(title).split() if not is_filler(word)]
    words.sort(key=lambda word: index.document_frequency(stem(word)))
    return " ".join(words[:2])


def respond(message: str, state: dict) -> Turn:
    """The bot's turn for one citizen message; updates the session `state` in place."""
    intent = intents.classify(message)
    if intent == intents.Intent.PERSON:
        return Turn(
            reply=_("Of course. You can reach a colleague in these ways:"),
            outcome=Outcome.HANDED_OVER,
            handoff_reason=_("You asked to talk to a person."),
            confidence=1.0,
        )
    if intent == intents.Intent.GREETING:
        return Turn(
            reply=_(
                "Hello! I am the digital assistant of the municipality. What is your question?"
            ),
            outcome=Outcome.SMALL_TALK,
            confidence=1.0,
        )
    if intent == intents.Intent.THANKS:
        return Turn(
            reply=_("You're welcome! Do you have another question?"),
            outcome=Outcome.SMALL_TALK,
            confidence=1.0,
        )
    if intent == intents.Intent.NO_WORDS:
        return Turn(
            reply=_("I did not understand that. Please type your question in a few words."),
            outcome=Outcome.SMALL_TALK,
        )
    if intent == intents.Intent.GOODBYE:
        return Turn(
            reply=_("Goodbye, and have a nice day!"), outcome=Outcome.SMALL_TALK, confidence=1.0
        )

    results = _search(message, state)
    outcome = _decide(results)
    confidence = results[0].score if results else 0.0
    if outcome == Outcome.ANSWERED:
        best = results[0]
        state["topic"] = topic_of(best.title)
        return Turn(
            reply=best.short_answer,
            outcome=outcome,
            answer=best,
            suggestions=results[1 : MAX_SUGGESTIONS + 1],
            confidence=confidence,
        )
    if outcome == Outcome.CLARIFIED:
        return Turn(
            reply=_("Do you mean one of these questions?"),
            outcome=outcome,
            suggestions=results[:MAX_SUGGESTIONS],
            confidence=confidence,
        )
    return Turn(
        reply=_("I am not sure about that. A colleague can help you further:"),
        outcome=outcome,
        suggestions=results[:MAX_SUGGESTIONS] if results else [],
        handoff_reason=_("No answer fits your question well enough."),
        confidence=confidence,
    )
