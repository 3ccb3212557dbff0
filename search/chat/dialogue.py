"""What the chatbot says: answer when it is sure, ask when it is torn, hand over when it is not.

Whether it is sure is search.judgement's verdict, the same one the website, the workbench and
the API show. What the chat adds is the conversation: a follow-up ("en wat kost dat?") is
resolved against the subject of the previous answer, and moves to the answer in that subject
that fits the follow-up's own words (the costs, not the lost-passport answer again); a question
with a subject of its own starts a new topic; a question that fits neither gets no suggestions
from the previous topic.
"""

from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search.chat import intents
from search.chat.handoff import crisis_handoff, handoff
from search.crisis import MESSAGES as CRISIS_MESSAGES
from search.crisis import crisis_in
from search.index import get_index
from search.judgement import (
    MAX_OPTIONS,
    Judgement,
    Verdict,
    judge,
    judge_results,
    relevant,
)
from search.retrieval import Result, answer_result, find_answers
from search.understanding import is_filler, normalise, stem
from search.understanding.aspects import ASPECT_STEMS

# The questions offered when the bot is not sure ("Bedoelt u ...?" and the hand-over): five,
# so a citizen more often sees the right one without calling. On the pooled question sets
# (benchmarks/chat_quality.py --set all) a right answer was among the answer and the
# suggestions for 0.927 with three and 0.953 with five; on imported content (--bare), 0.881
# and 0.922. Beside a direct answer, the related questions stay at MAX_OPTIONS.
MAX_SUGGESTIONS = 5


class Outcome:
    ANSWERED = Verdict.ANSWER
    CLARIFIED = Verdict.OPTIONS
    HANDED_OVER = Verdict.NOTHING
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
    # Resolved against the previous answer's subject ("en wat kost dat?").
    follow_up: bool = False
    # The answer a typed "ja" or "nee" rated, so the page can take away its rating buttons.
    rated_answer: int | None = None
    # A message from someone in danger or crisis (search.crisis): the help lines come first.
    crisis: str | None = None
    # Asked in another language: an answer opened later from these options says it is Dutch.
    in_another_language: bool = False

    def handoff(self, now=None) -> dict | None:
        if self.crisis is not None:
            return crisis_handoff(self.crisis, now)
        if self.handoff_reason is None:
            return None
        return handoff(self.handoff_reason, now)


def message_terms(text: str, index=None) -> set[str]:
    """The index terms of the message's own content words (fillers left out)."""
    index = index or get_index()
    return {
        term
        for word in normalise(text).split()
        if not is_filler(word)
        for term, _factor in index.word_terms(word)
    }


def subject_of(result: Result) -> str:
    """The subject an answer shares with its siblings: its question's most shared specific word.

    "Mijn paspoort of ID-kaart is kwijt of gestolen. Wat moet ik doen?" is about "paspoort"
    (shared by every passport answer), not "gestolen" (its own aspect); words people ask about
    any subject (ASPECT_WORDS: "kost", "duurt") are never it. Words of its national
    product name (UPL) come first, then words the editors also gave as keywords (both name
    things, where a question's other words are often verbs: "betaal"); fillers and words common
    to a fifth of all answers ("gemeente") are never the subject.
    """
    index = get_index()
    document = index.documents.get(result.page_id)
    if document is None:
        return ""
    words = [
        word
        for word in document.tokens["title"]
        if not is_filler(word) and not index.is_common(word) and stem(word) not in ASPECT_STEMS
    ]
    product_stems = {stem(word) for word in normalise(document.upl_label).split()}
    keyword_stems = {stem(word) for word in document.tokens.get("keywords", [])}
    candidates = (
        [word for word in words if stem(word) in product_stems]
        or [word for word in words if stem(word) in keyword_stems]
        or words
    )
    if not candidates:
        return ""
    return max(
        candidates,
        # On a tie the longer word: a thing's name ("grofvuil") rather than a verb's form.
        key=lambda word: (index.document_frequency(stem(word)), len(word)),
    )


def _subject_stems(subject: str) -> set[str]:
    """The stems of the subject and of its one-word synonyms: "Wat kost trouwen?" is about
    the subject "huwelijk". Empty for no subject."""
    if not subject:
        return set()
    synonyms = get_index().synonyms
    stems = {stem(subject)}
    for number, _matched in synonyms.matches([subject]):
        stems |= {stem(phrase[0]) for phrase in synonyms.groups[number] if len(phrase) == 1}
    return stems


def _is_about(result: Result, subject_stems: set[str]) -> bool:
    """Whether an answer's question mentions the subject or a synonym (`_subject_stems`),
    compared by stem."""
    title = {stem(word) for word in normalise(result.title).split()}
    return bool(subject_stems & title)


def _fits(result: Result, terms: set[str]) -> bool:
    """Whether the answer's question contains one of the message's own words (or a synonym)."""
    index = get_index()
    document = index.documents.get(result.page_id)
    if document is None or not terms:
        return False
    return any(
        term in terms
        for word in document.tokens["title"]
        for term, _factor in index.word_terms(word)
    )


def _names_subject(result: Result, terms: set[str]) -> bool:
    """Whether the message names the answer's own subject ("grofvuil")."""
    subject = subject_of(result)
    index = get_index()
    return bool(subject) and any(term in terms for term, _factor in index.word_terms(subject))


def _owners(results: list[Result]) -> set[int]:
    """The departments that own `results` (those still in the index)."""
    documents = get_index().documents
    return {
        documents[result.page_id].department_id for result in results if result.page_id in documents
    }


# Asked without a subject, when something is open is asked of the municipality itself:
# "wanneer zijn jullie open?" offered a Woo request and a loose paving stone.
_OPENING_STEMS = frozenset(stem(word) for word in ("open", "openingstijden"))


def _asks_only_an_aspect(question: str) -> bool:
    """Whether every content word of the message is an aspect word ("kost", "duurt"), other
    than when it asks when the municipality is open."""
    words = [word for word in normalise(question).split() if not is_filler(word)]
    stems = {stem(word) for word in words}
    return bool(words) and stems <= ASPECT_STEMS and not stems & _OPENING_STEMS


def _follow_up(question: str, state: dict, own: Judgement) -> Judgement | None:
    """The judgement of a follow-up within the previous subject, or None when the message is
    not one (then it stands on its own)."""
    subject = state.get("topic")
    index = get_index()
    own_terms = message_terms(question, index) - {
        term for term, _factor in index.word_terms(subject)
    }
    within = judge(f"{question} {subject}", limit=MAX_OPTIONS * 3)
    previous = state.get("answer_id")
    # Once per follow-up: looking up the synonyms per result repeated the same work.
    subject_stems = _subject_stems(subject)
    only_an_aspect = _asks_only_an_aspect(question)
    in_subject = [result for result in within.results if _is_about(result, subject_stems)]
    # The previous answer was already given: a follow-up asks something else about the
    # subject, unless its own words are in that answer's question.
    about = [
        result for result in in_subject if result.page_id != previous or _fits(result, own_terms)
    ]
    if not about and only_an_aspect:
        # "en wat kost dat?" about moving house, whose only answer says "Het is gratis": that
        # answer is still where it is answered, so it is offered again rather than the costs
        # of other subjects. ("hoe laat is het in China?" names something else.)
        about = in_subject
    if not about:
        return None
    named = {
        subject_of(result)
        for result in own.results[:MAX_OPTIONS]
        if not _is_about(result, subject_stems) and _names_subject(result, own_terms)
    }
    if any(
        not any(_is_about(result, stems) for result in about)
        for stems in map(_subject_stems, named)
    ):
        # "en wanneer wordt het grofvuil opgehaald?": the message names a subject of its own
        # that no answer in the old subject mentions: a new topic. ("kan ik daar bezwaar tegen
        # maken?" after the WOZ value stays: "Hoe maak ik bezwaar tegen de WOZ-waarde?" is in
        # the old subject and mentions "bezwaar".)
        return None
    fitting = [result for result in about if _fits(result, own_terms)] if own_terms else about
    if fitting:
        # "en wat kost dat?": the sibling whose question has "kost" in it.
        verdict = judge_results(question, fitting, within.evidence)
        results = fitting + [result for result in about if result not in fitting]
    else:
        # No question in the subject has the follow-up's words: ask which one is meant rather
        # than answer from another subject that has them. That other answer is offered last,
        # in case the subject was named in other words ("bezoek" for a parking permit).
        verdict = Verdict.OPTIONS
        # Among the first four only, as when the bot offered three: a fifth or sixth answer
        # sharing one word with the message does not make it a follow-up.
        elsewhere = [
            result
            for result in own.results[: MAX_OPTIONS + 1]
            if result not in about and _fits(result, own_terms)
        ]
        if only_an_aspect:
            # Aspect words alone ("en wat kost dat?") name no subject, so they mean the
            # previous one; another subject's answer is an option only from the department
            # that owns it (paying the tax in instalments, after its remission), never the
            # costs of a passport after bulky waste.
            subject_owners = _owners(about)
            elsewhere = [result for result in elsewhere if _owners([result]) & subject_owners]
        if not elsewhere and not only_an_aspect:
            # "en wie wint het WK voetbal?": words of its own that no answer's question has,
            # in this subject or any other. Not a follow-up; it stands on its own.
            return None
        results = about[: MAX_OPTIONS - 1] + elsewhere[:1] + about[MAX_OPTIONS - 1 :]
    return Judgement(
        verdict=verdict, results=results, evidence=within.evidence, response=within.response
    )


def _remember(state: dict, turn_outcome: str, results: list[Result]) -> None:
    """What the next message may lean on: the subject of this answer or of these options."""
    state.pop("topic", None)
    state.pop("answer_id", None)
    if turn_outcome == Outcome.ANSWERED:
        state["topic"] = subject_of(results[0])
        state["answer_id"] = results[0].page_id
    elif turn_outcome == Outcome.CLARIFIED:
        # "Bedoelt u ...?" with three passport questions: a follow-up is about the passport.
        subjects = {subject_of(result) for result in results[:MAX_OPTIONS]}
        if len(subjects) == 1 and "" not in subjects:
            state["topic"] = subjects.pop()
    if not state.get("topic"):
        state.pop("topic", None)


def confirmed_option(page_id: int, state: dict) -> tuple[Result, list[Result]] | None:
    """The answer a citizen said "ja" to when asked "Bedoelt u deze vraag?", with the related
    questions any answer comes with; its subject is now the conversation's. None when it is no
    longer public."""
    result = answer_result(page_id)
    if result is None:
        return None
    _remember(state, Outcome.ANSWERED, [result])
    # Related as they would be had the citizen asked the answer's own question (the search
    # alone: no verdict is needed on an answer already chosen).
    neighbours = [
        other
        for other in find_answers(result.title, limit=MAX_OPTIONS + 1).results
        if other.page_id != page_id
    ]
    return result, neighbours[:MAX_OPTIONS]


def answer_reply(result: Result, foreign: bool) -> str:
    """The reply that gives `result`: its short answer, said to be Dutch for a question in
    another language."""
    if foreign:
        return _("The answer is in Dutch.") + " " + result.short_answer
    return result.short_answer


def understood_judgement(message: str, state: dict) -> tuple[Judgement, bool]:
    """The judgement on a message in this conversation, and whether it was a follow-up."""
    question = intents.strip_pleasantries(message)
    own = judge(intents.question_text(message), limit=MAX_SUGGESTIONS + 1)
    # "wat moet ik meenemen?" right after the passport answer asks about the passport, as "en
    # wat kost dat?" does: a question of aspect words only names no other subject. On its own
    # it went to "vuurwerk meenemen uit het buitenland".
    if state.get("topic") and (intents.is_follow_up(message) or _asks_only_an_aspect(question)):
        followed = _follow_up(question, state, own)
        if followed is not None:
            return followed, True
    if own.verdict == Verdict.ANSWER and _asks_only_an_aspect(question):
        # "hoe lang duurt het?" with no subject before it: how long does what take? Whichever
        # answer the words "lang duurt" fit best is a guess, so offer the options instead.
        own = replace(own, verdict=Verdict.OPTIONS)
    return own, False


# The reply to each kind of message that is no question (search.chat.intents); a person asked
# for and a crisis are handed over instead.
SMALL_TALK_REPLIES = {
    intents.Intent.GREETING: gettext_lazy(
        "Hello! I am the digital assistant of the municipality. What is your question?"
    ),
    intents.Intent.THANKS: gettext_lazy("You're welcome! Do you have another question?"),
    intents.Intent.NO_WORDS: gettext_lazy(
        "I did not understand that. Please type your question in a few words."
    ),
    intents.Intent.HELP: gettext_lazy(
        "I look up answers to questions about the municipality. Type your question in a few "
        "words, for example “paspoort aanvragen” or “grofvuil ophalen”."
    ),
    intents.Intent.ABOUT: gettext_lazy(
        "I am the digital assistant of the municipality: a computer program, not a person. I "
        "look up the answer to your question in the municipality's answers. Would you rather "
        "talk to a colleague? Type “medewerker”."
    ),
    intents.Intent.GOODBYE: gettext_lazy("Goodbye, and have a nice day!"),
}


def offered(outcome: str, results: list[Result]) -> list[Result]:
    """The questions a turn with `outcome` offers: related ones beside an answer, more when
    the bot is not sure. Beside an answer and with "Bedoelt u ...?", only those the website
    would list too (search.judgement.relevant): "hond" offered the two dog answers and then a
    bin not emptied and the remission of taxes. A hand-over offers what little there is."""
    if outcome == Outcome.ANSWERED:
        return relevant(results)[1 : MAX_OPTIONS + 1]
    if outcome == Outcome.CLARIFIED:
        return relevant(results)[:MAX_SUGGESTIONS]
    return results[:MAX_SUGGESTIONS]


def respond(message: str, state: dict) -> Turn:
    """The bot's turn for one citizen message; updates the session `state` in place."""
    if crisis := crisis_in(message):
        # Before anything else, and nothing searched: answers sharing a word ("zelfmoord":
        # registering a death) would hurt. Not recorded either: it is health data.
        return Turn(
            intent=intents.Intent.CRISIS,
            reply=str(CRISIS_MESSAGES[crisis]),
            outcome=Outcome.HANDED_OVER,
            crisis=crisis,
            confidence=1.0,
        )
    intent = intents.classify(message)
    if intent == intents.Intent.PERSON:
        return Turn(
            intent=intent,
            reply=_("Of course. You can reach a colleague in these ways:"),
            outcome=Outcome.HANDED_OVER,
            handoff_reason=_("You asked to talk to a person."),
            confidence=1.0,
        )
    if intent in SMALL_TALK_REPLIES:
        # Not understood (no words, noise) is said without confidence; the rest with.
        return Turn(
            intent=intent,
            reply=str(SMALL_TALK_REPLIES[intent]),
            outcome=Outcome.SMALL_TALK,
            confidence=0.0 if intent == intents.Intent.NO_WORDS else 1.0,
        )

    judgement, follow_up = understood_judgement(message, state)
    results, outcome = judgement.listed, judgement.verdict
    _remember(state, outcome, results)
    confidence = judgement.confidence
    if outcome == Outcome.ANSWERED:
        best = results[0]
        return Turn(
            # Asked in another language: say once why the answer reads in Dutch.
            reply=answer_reply(best, judgement.evidence.foreign),
            outcome=outcome,
            answer=best,
            suggestions=offered(outcome, results),
            confidence=confidence,
            follow_up=follow_up,
        )
    if outcome == Outcome.CLARIFIED:
        suggestions = offered(outcome, results)
        one = len(suggestions) == 1
        reply = _("Do you mean this question?") if one else _("Do you mean one of these questions?")
        if judgement.evidence.foreign:
            reply += " " + (_("The answer is in Dutch.") if one else _("The answers are in Dutch."))
        return Turn(
            reply=reply,
            outcome=outcome,
            suggestions=suggestions,
            confidence=confidence,
            follow_up=follow_up,
            in_another_language=judgement.evidence.foreign,
        )
    if judgement.evidence.foreign:
        # Asked in another language: whoever reads this may try again in Dutch.
        reply = _(
            "I have no good answer to that. If you can, ask your question in Dutch. A colleague "
            "can help you further:"
        )
    else:
        reply = _("I have no good answer to that. A colleague can help you further:")
    return Turn(
        reply=reply,
        outcome=outcome,
        suggestions=offered(outcome, results),
        handoff_reason=_("No answer fits your question well enough."),
        confidence=confidence,
        follow_up=follow_up,
    )
