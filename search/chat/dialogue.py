"""What the chatbot says: answer when it is sure, ask when it is torn, hand over when it is not.

The decision rests on search.retrieval's scores (0 to 1, comparable across queries): a clear
best match above CHAT_ANSWER_THRESHOLD with a lead of CHAT_MARGIN over the next is answered;
close matches above CHAT_CLARIFY_THRESHOLD become "Bedoelt u ...?"; anything weaker is handed
over to a person, because a confident wrong answer is worse than an honest "I don't know".

With meaning-based search on, the words and the meaning each name a best answer. When both
name the answer on top, that agreement is strong evidence: it is answered from the lower
CHAT_AGREEMENT_THRESHOLD. When they name different answers, the bot asks "Bedoelt u ...?"
instead of answering; when no word matched at all (a question in another language), meaning
alone is offered as options from CHAT_MEANING_ONLY_THRESHOLD, never answered. Hybrid scores have their own thresholds (CHAT_HYBRID_*); without a
model the words-only thresholds apply, as before. All are calibrated with
benchmarks/chat_quality.py --calibrate.
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
# Among the first few results, an answer whose question is entirely about what was asked gets
# up to this much extra when ordering them (see _focus_order).
FOCUS_BONUS = 0.05


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
    # Anything but a question (greeting, thanks, asking for a person) is conversation.
    intent: str = intents.Intent.QUESTION

    def handoff(self, now=None) -> dict | None:
        if self.handoff_reason is None:
            return None
        return {"reason": self.handoff_reason, "channels": contact_channels(now)}


@dataclass(frozen=True)
class Evidence:
    """What the two rankings said: their best answers (None: that side found nothing)."""

    lexical_best: int | None = None
    semantic_best: int | None = None
    semantic_near_best: frozenset[int] = frozenset()

    @property
    def has_meaning(self) -> bool:
        return self.semantic_best is not None

    def _semantic_tops(self) -> frozenset[int]:
        return self.semantic_near_best | {self.semantic_best}

    def agrees_on(self, page_id: int) -> bool:
        return (
            self.has_meaning and self.lexical_best == page_id and page_id in self._semantic_tops()
        )

    @property
    def disagrees(self) -> bool:
        return (
            self.has_meaning
            and self.lexical_best is not None
            and self.lexical_best not in self._semantic_tops()
        )


WORDS_ONLY = Evidence()


def thresholds(hybrid: bool = False):
    """(answer, clarify, margin) for words-only or for hybrid scores."""
    if hybrid:
        return (
            settings.CHAT_HYBRID_ANSWER_THRESHOLD,
            settings.CHAT_HYBRID_CLARIFY_THRESHOLD,
            settings.CHAT_HYBRID_MARGIN,
        )
    return (
        settings.CHAT_ANSWER_THRESHOLD,
        settings.CHAT_CLARIFY_THRESHOLD,
        settings.CHAT_MARGIN,
    )


def _decide(results: list[Result], evidence: Evidence = WORDS_ONLY) -> str:
    answer_at, clarify_at, margin = thresholds(evidence.has_meaning)
    if not results:
        return Outcome.HANDED_OVER
    best = results[0]
    top_score = max(result.score for result in results)
    runner_up = max((result.score for result in results[1:]), default=0.0)
    if evidence.agrees_on(best.page_id):
        # Words and meaning found the same answer on their own: strong evidence, also
        # below the usual thresholds.
        agreement_at = settings.CHAT_AGREEMENT_THRESHOLD
        if best.score >= min(answer_at, agreement_at) and best.score - runner_up >= margin:
            return Outcome.ANSWERED
    if evidence.has_meaning and evidence.lexical_best is None:
        # Not one word matched (often a question in another language): meaning alone is
        # offered as options, never answered, since nothing confirms it.
        meaning_only_at = settings.CHAT_MEANING_ONLY_THRESHOLD
        return Outcome.CLARIFIED if top_score >= meaning_only_at else Outcome.HANDED_OVER
    if top_score < clarify_at:
        return Outcome.HANDED_OVER
    if evidence.disagrees:
        # Words point one way, meaning another: one of them misread the question.
        return Outcome.CLARIFIED
    # The first result is not always the highest scored: _focus_order may have put a more
    # focused one first. Then it is a near-tie, and a near-tie is never answered.
    if best.score >= answer_at and best.score - runner_up >= margin:
        return Outcome.ANSWERED
    return Outcome.CLARIFIED


def _title_focus(result: Result, message_terms: set[str], index) -> float:
    """Share of the answer's question (its title) that the message asks about (0 to 1).

    "Ik heb een vraag over mijn rijbewijs" fits "Hoe verleng ik mijn rijbewijs?" (half of it)
    better than "Ik heb een buitenlands rijbewijs. Moet ik het omwisselen?" (a quarter), even
    when both cover the one word of the message equally.
    """
    document = index.documents.get(result.page_id)
    if document is None:
        return 0.0
    title_words = [word for word in document.tokens["title"] if not is_filler(word)]
    if not title_words:
        return 0.0
    asked = sum(
        1
        for word in title_words
        if any(term in message_terms for term, _factor in index.word_terms(word))
    )
    return asked / len(title_words)


def _focus_order(results: list[Result], question: str) -> list[Result]:
    """The results with the first few reordered by score plus a small bonus for focus.

    Scores of a long, chatty message are close together; the bonus decides near-ties in
    favour of the answer whose question is about what was asked, and never moves a clearly
    better answer (the bonus is at most FOCUS_BONUS).
    """
    if len(results) < 2:
        return results
    index = get_index()
    message_terms = {
        term
        for word in normalise(question).split()
        if not is_filler(word)
        for term, _factor in index.word_terms(word)
    }
    head = results[: MAX_SUGGESTIONS + 1]
    focus = {id(result): _title_focus(result, message_terms, index) for result in head}
    head = sorted(head, key=lambda result: -(result.score + FOCUS_BONUS * focus[id(result)]))
    return head + results[MAX_SUGGESTIONS + 1 :]


def _found(text: str) -> tuple[list[Result], Evidence]:
    response = find_answers(text, limit=MAX_SUGGESTIONS + 1)
    return _focus_order(response.results, text), Evidence(
        response.lexical_best, response.semantic_best, response.semantic_near_best
    )


def _search(message: str, state: dict) -> tuple[list[Result], Evidence]:
    question = intents.strip_pleasantries(message)
    results, evidence = _found(question)
    topic = state.get("topic")
    if topic and intents.is_follow_up(message):
        # "en hoe lang duurt het?" after an answer about passports is about the passport, even
        # when another answer's question happens to contain "hoe lang duurt het".
        with_topic = f"{question} {topic}"
        results_with_topic, evidence_with_topic = _found(with_topic)
        about = [result for result in results_with_topic if _is_about(result, topic)]
        if about:
            return (
                about + [result for result in results_with_topic if result not in about],
                evidence_with_topic,
            )
        topic_scores_higher = results_with_topic and (
            not results or results_with_topic[0].score >= results[0].score
        )
        if topic_scores_higher and _decide(results, evidence) != Outcome.ANSWERED:
            return results_with_topic, evidence_with_topic
    return results, evidence


def _is_about(result: Result, topic: str) -> bool:
    """Whether an answer's question mentions the topic's rarest word, its subject ("paspoort"
    in "paspoort kost"), compared by stem."""
    title = {stem(word) for word in normalise(result.title).split()}
    return bool(topic) and stem(topic.split()[0]) in title


def _asks_exactly(question: str, result: Result) -> bool:
    """The message is the answer's question itself ("Hoe vraag ik een ID-kaart aan?")."""
    return normalise(question) == normalise(result.title)


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
            intent=intent,
            reply=_("Of course. You can reach a colleague in these ways:"),
            outcome=Outcome.HANDED_OVER,
            handoff_reason=_("You asked to talk to a person."),
            confidence=1.0,
        )
    if intent == intents.Intent.GREETING:
        return Turn(
            intent=intent,
            reply=_(
                "Hello! I am the digital assistant of the municipality. What is your question?"
            ),
            outcome=Outcome.SMALL_TALK,
            confidence=1.0,
        )
    if intent == intents.Intent.THANKS:
        return Turn(
            intent=intent,
            reply=_("You're welcome! Do you have another question?"),
            outcome=Outcome.SMALL_TALK,
            confidence=1.0,
        )
    if intent == intents.Intent.NO_WORDS:
        return Turn(
            intent=intent,
            reply=_("I did not understand that. Please type your question in a few words."),
            outcome=Outcome.SMALL_TALK,
        )
    if intent == intents.Intent.GOODBYE:
        return Turn(
            intent=intent,
            reply=_("Goodbye, and have a nice day!"),
            outcome=Outcome.SMALL_TALK,
            confidence=1.0,
        )

    results, evidence = _search(message, state)
    outcome = _decide(results, evidence)
    if outcome == Outcome.CLARIFIED and _asks_exactly(
        intents.strip_pleasantries(message), results[0]
    ):
        outcome = Outcome.ANSWERED
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
        # Found by meaning alone, not one word in common: most likely another language.
        in_other_words = evidence.has_meaning and evidence.lexical_best is None
        return Turn(
            reply=_("Do you mean one of these questions? The answers are in Dutch.")
            if in_other_words
            else _("Do you mean one of these questions?"),
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
