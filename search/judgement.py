"""One judgement for every channel: a good answer, close options, or nothing good.

The website, the chatbot, the workbench and the API ask the same question of the same
function, so "paspoort aanvragen" gets the same verdict everywhere; they differ only in how
they show it (the chat answers or asks "Bedoelt u ...?", the website puts the answer first or
lists "Bedoelt u een van deze?", and on "nothing good" every channel says so and offers the
contact channels).

The verdict rests on search.retrieval's scores (0 to 1, comparable across queries): a clear
best match above CHAT_ANSWER_THRESHOLD with a lead of CHAT_MARGIN over the next is a good
answer; close matches above CHAT_CLARIFY_THRESHOLD are options; anything weaker is nothing
good, because a confident wrong answer is worse than an honest "I don't know".

With meaning-based search on, the words and the meaning each name a best answer. When both
name the answer on top, that agreement is strong evidence: it is a good answer from the lower
CHAT_AGREEMENT_THRESHOLD (CHAT_NEAR_AGREEMENT_THRESHOLD when meaning only ties it with its own
first). When they name different answers, the result is options. When the
question is in another language (or no word matched at all), what meaning found is offered
as options from CHAT_MEANING_ONLY_THRESHOLD, and as the answer only when the question reads
as another language and meaning alone is clear (close to the question and well ahead of the
next answer). Hybrid scores have their own thresholds (CHAT_HYBRID_*); without a model the
words-only thresholds apply. All are calibrated with benchmarks/chat_quality.py --calibrate.

Rules, not a learned model, because a model did no better where it counts: a logistic
regression over the same evidence (best score, its lead, the words' and the meaning's best
and leads, agreement, language, length), trained on three of the four pooled question sets and
tested on the fourth, answered 0.51 directly right at 0.03 wrong on the demo content and 0.41
at 0.03 on it bare, where these rules give 0.50 at 0.01 and 0.36 at 0.03 (Dec 2026). What
holds the direct answers back is the order: the first result is right for 0.81 and 0.69 of
those questions, so no rule on top of it can answer 0.80 of them right without answering
many wrong.
"""

from dataclasses import dataclass

from django.conf import settings

from search.index import get_index
from search.models import Outcome
from search.retrieval import Result, SearchResponse, find_answers
from search.understanding import normalise
from search.understanding.aspects import is_aspect
from search.understanding.language import is_foreign

# How many options a citizen is offered, on every channel.
MAX_OPTIONS = 3


class Verdict:
    """The three judgements; the values are the analytics outcomes they are recorded as."""

    ANSWER = Outcome.ANSWERED
    OPTIONS = Outcome.CLARIFIED
    NOTHING = Outcome.HANDED_OVER


@dataclass(frozen=True)
class Evidence:
    """What the two rankings said: their best answers (None: that side found nothing)."""

    lexical_best: int | None = None
    semantic_best: int | None = None
    semantic_near_best: frozenset[int] = frozenset()
    # The question reads as another language than Dutch (search.understanding.language).
    foreign: bool = False
    # The semantic best's cosine similarity and its lead over the next answer by meaning.
    semantic_similarity: float = 0.0
    semantic_lead: float = 0.0

    @classmethod
    def of(cls, response: SearchResponse, *, foreign: bool = False) -> "Evidence":
        return cls(
            response.lexical_best,
            response.semantic_best,
            response.semantic_near_best,
            foreign,
            response.semantic_similarity,
            response.semantic_lead,
        )

    def clear_by_meaning(self, page_id: int) -> bool:
        """Meaning alone names `page_id`, close and well ahead of every other answer, for a
        question that reads as another language.

        The model finds a nearest answer for any text, also for text that means nothing:
        "blablabla", "test" and "asdfghjkl" all land close to the same answer about a bin not
        emptied, as close as a real English question lands to its answer. A question whose
        words no language knows, or that reads as Dutch while not one of its words matched,
        is therefore never answered on meaning alone.
        """
        return (
            self.foreign
            and self.semantic_best == page_id
            and self.semantic_similarity >= settings.CHAT_ACROSS_LANGUAGES_SIMILARITY
            and self.semantic_lead >= settings.CHAT_ACROSS_LANGUAGES_LEAD
        )

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

    @property
    def meaning_only(self) -> bool:
        """Found by meaning alone, not one word in common: most likely another language."""
        return self.has_meaning and self.lexical_best is None

    @property
    def across_languages(self) -> bool:
        """Asked in another language (or matched by meaning alone): no word confirms the
        Dutch answers found ("passport" corrected to "paspoort" is no confirmation), so they
        are options to show, and an answer only when meaning alone is clear (clear_by_meaning,
        for a question in another language only)."""
        return self.meaning_only or (self.foreign and self.has_meaning)


WORDS_ONLY = Evidence()


@dataclass(frozen=True)
class Judgement:
    verdict: str
    # Best first, as search.retrieval ordered them.
    results: list[Result]
    evidence: Evidence = WORDS_ONLY
    response: SearchResponse | None = None

    @property
    def best(self) -> Result | None:
        return self.results[0] if self.results else None

    @property
    def listed(self) -> list[Result]:
        """The results worth showing a person: none when nothing fits and not one word of a
        Dutch question matched. Meaning alone puts some answer nearest to any text, also to
        "xyzzy" or "kameel" (mostly the same few answers, close to every question), and a
        "Misschien zoekt u" of those is noise. A question in another language keeps them:
        there no word could match."""
        if (
            self.verdict == Verdict.NOTHING
            and self.evidence.meaning_only
            and not self.evidence.foreign
        ):
            return []
        return self.results

    @property
    def confidence(self) -> float:
        return self.results[0].score if self.results else 0.0

    @property
    def outcome(self) -> str:
        """For analytics: the verdict, or "no results" when nothing was found at all."""
        return self.verdict if self.results else Outcome.NO_RESULTS

    @property
    def listed_outcome(self) -> str:
        """For analytics of a channel that shows `listed` (the website): "no results" also when
        what was found is not worth showing. "vuurwerk afsteken" showed a resident nothing,
        yet counted in "Slecht beantwoord" as a search with results, its top result an answer
        about a bin nobody saw."""
        return self.verdict if self.listed else Outcome.NO_RESULTS

    @property
    def did_you_mean(self) -> str | None:
        """The spelling to suggest ("Bedoelde u ...?"), never for a question in another
        language: "how do i renew my paspoort" would be half a translation."""
        if self.response is None or self.evidence.foreign:
            return None
        return self.response.corrected_query


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


def decide(results: list[Result], evidence: Evidence = WORDS_ONLY) -> str:
    """The verdict on results already in the order they will be shown."""
    answer_at, clarify_at, margin = thresholds(evidence.has_meaning)
    if not results:
        return Verdict.NOTHING
    best = results[0]
    top_score = max(result.score for result in results)
    runner_up = max((result.score for result in results[1:]), default=0.0)
    if evidence.across_languages:
        # Nothing but meaning confirms these (see Evidence.across_languages): an answer only
        # when meaning is clear on its own, else options at most.
        if evidence.clear_by_meaning(best.page_id):
            return Verdict.ANSWER
        meaning_only_at = settings.CHAT_MEANING_ONLY_THRESHOLD
        return Verdict.OPTIONS if top_score >= meaning_only_at else Verdict.NOTHING
    if evidence.agrees_on(best.page_id):
        # Words and meaning found the same answer on their own: strong evidence, also
        # below the usual thresholds. Less strong when meaning only ties it with the answer it
        # puts first: "achternaam van mijn kind veranderen na de scheiding" (no answer) tied
        # the child benefit after a divorce with divorce itself, and got the first.
        agreement_at = (
            settings.CHAT_AGREEMENT_THRESHOLD
            if evidence.semantic_best == best.page_id
            else settings.CHAT_NEAR_AGREEMENT_THRESHOLD
        )
        if best.score >= min(answer_at, agreement_at) and best.score - runner_up >= margin:
            return Verdict.ANSWER
    if top_score < clarify_at:
        return Verdict.NOTHING
    if evidence.disagrees:
        # Words point one way, meaning another: one of them misread the question.
        return Verdict.OPTIONS
    if best.score >= answer_at and best.score - runner_up >= margin:
        return Verdict.ANSWER
    return Verdict.OPTIONS


# Results scoring less than this share of the best are shown to no one as "found": they share
# a common word ("aanvragen") or a loose neighbourhood in meaning with the question, and a
# list of 40 such answers hides the few that matter.
RELEVANT_SHARE = 0.5


def relevant(results: list[Result]) -> list[Result]:
    """The results worth listing: those within RELEVANT_SHARE of the best score, and what the
    editors promoted for the query, in their order."""
    if not results:
        return []
    floor = RELEVANT_SHARE * max(result.score for result in results)
    return [result for result in results if result.promoted or result.score >= floor]


def asks_exactly(question: str, result: Result) -> bool:
    """The message is the answer's question itself ("Hoe vraag ik een ID-kaart aan?")."""
    return normalise(question) == normalise(result.title)


def judge_results(question: str, results: list[Result], evidence: Evidence) -> str:
    """The verdict on `results` for `question`, asked word for word or not."""
    if sum(result.promoted for result in results) == 1 and results[0].promoted:
        # The editors promoted one answer for exactly this question: that is the answer,
        # also where the words and the meaning would have asked "Bedoelt u ...?".
        return Verdict.ANSWER
    verdict = decide(results, evidence)
    if verdict == Verdict.OPTIONS and asks_exactly(question, results[0]):
        # Typed (or clicked) exactly as an answer's question: that answer is meant.
        return Verdict.ANSWER
    return verdict


def asks_about_the_unknown(understood) -> bool:
    """Whether the question's subject is a word no answer knows, while its other words only
    say what is asked about it ("openingstijden zwembad", "wat kost een zwemabonnement").

    The words that are known then find the answer about that aspect of something else:
    "openingstijden zwembad" was answered with the opening hours of the town hall, and never
    reached the missing-content report. A word is known when an answer holds it (or one of
    its compound parts) or a synonym group names it.
    """
    index = get_index()
    known, unknown = [], []
    for word in understood.words:
        terms = index.word_terms(word)
        is_known = any(index.document_frequency(term) for term, _factor in terms) or bool(
            index.synonyms.matches([word])
        )
        (known if is_known else unknown).append(word)
    return bool(unknown) and bool(known) and all(is_aspect(word) for word in known)


def judge(question: str, *, limit: int = MAX_OPTIONS + 1, audience: str | None = None) -> Judgement:
    """Search for `question` and judge what was found; `limit` results are kept (at least
    enough to judge)."""
    response = find_answers(question, limit=max(limit, MAX_OPTIONS + 1), audience=audience)
    results = response.results
    # Only meaning can find an answer to a question in another language; without a model
    # the language is not looked at (nor its word lists loaded).
    foreign = response.semantic_best is not None and is_foreign(question)
    evidence = Evidence.of(response, foreign=foreign)
    verdict = judge_results(question, results, evidence)
    if (
        verdict != Verdict.NOTHING
        and not foreign
        # What the editors promoted for the query is what they mean it to find.
        and not (results and results[0].promoted)
        and asks_about_the_unknown(response.understood)
    ):
        verdict = Verdict.NOTHING
    return Judgement(
        verdict=verdict,
        results=results[:limit],
        evidence=evidence,
        response=response,
    )
