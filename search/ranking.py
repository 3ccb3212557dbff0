"""Ranking: how well an answer's question fields and text cover what the citizen asked.

For every content word of the query we take the best evidence in the answer: the word's own
stem, another form of the same verb or noun ("gewoond" for "woont"), all parts of the word as
a compound, or a synonym phrase; each found in the field with the highest weight (question 5,
alternative questions and keywords 4, short answer and body 2). Words are weighted by how rare
they are among answers, so "paspoort" in "paspoort kwijt" counts for less than "kwijt", and
less when they are everyday Dutch; the words of a synonym phrase ("groene bak") count as one.
The database engine's rank adds its own reading of the whole text, with a smaller share. The
result is a score from 0 to 1 that means the same for every query, which the chatbot uses as
its confidence.
"""

import math
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from search.index import COMPOUND_PART_FACTOR, FIELD_WEIGHTS, QuestionIndex, separable_verbs
from search.understanding import UnderstoodQuery, is_filler, split_compound, stem
from search.understanding.inflection import related_forms

MAX_FIELD_WEIGHT = max(FIELD_WEIGHTS.values())
SYNONYM_FACTOR = 0.8
# Another form of the same verb or noun ("gewoond" for "woont") is nearly the word itself.
INFLECTION_FACTOR = 0.9
# A word's weight falls from full at SPECIFIC_ZIPF (Zipf frequency in Dutch, from wordfreq:
# about 30 in a million words) to a factor at EVERYDAY_ZIPF (1,000 in a million, "vandaag");
# further for words that no answer uses. Calibrated with benchmarks/chat_quality.py and
# checked against benchmarks/search_relevance.py.
SPECIFIC_ZIPF = 4.5
EVERYDAY_ZIPF = 6.0
EVERYDAY_FACTOR = 0.6
EVERYDAY_UNKNOWN_FACTOR = 0.2
QUESTION_SHARE = 0.8
# Light verbs say how, not what: "zetten" in "een bord op de stoep zetten" must not pull "Waar
# zet ik mijn container neer?" above "Mag ik een reclamebord plaatsen?". They still count, for
# less. Compared on stems; "maken" stays out ("afspraak maken", "bezwaar maken").
LIGHT_VERB_STEMS = frozenset({"zet", "lat", "breng", "houd", "regel", "gev", "gef"})
LIGHT_VERB_FACTOR = 0.4
BODY_SHARE = 0.2
INSEPARABLE_PREFIXES = frozenset({"be", "ge", "her", "ont", "ver", "er"})


@dataclass(frozen=True)
class QueryWord:
    word: str
    weight: float  # rarity among answers (idf), less for everyday words
    # Each alternative is a set of stems that must all be present, with a factor.
    alternatives: tuple[tuple[tuple[str, ...], float], ...]


def _rarity(index: QuestionIndex, document_frequency: int) -> float:
    """Inverse document frequency: how much finding this word says about an answer."""
    return math.log(1 + max(len(index), 1) / (1 + document_frequency))


@lru_cache(maxsize=65_536)
def _everyday_factor(word: str, known: bool) -> float:
    """How much of its rarity among answers a word keeps, by how everyday it is in Dutch.

    "Mijn man loopt heel slecht ... gehandicaptenkaart": "loopt" and "slecht" are how people
    talk, "gehandicaptenkaart" is what the question is about, though answers use all three
    rarely. A word no answer uses only lowers every score (the chatbot's confidence) alike:
    a rare one ("griepprik") likely names a topic we have no answer for, an everyday one
    ("vandaag", "gewoon") does not.
    """
    floor = EVERYDAY_FACTOR if known else EVERYDAY_UNKNOWN_FACTOR
    if not word.isalpha():
        return floor
    everyday = (zipf_frequency(word, "nl") - SPECIFIC_ZIPF) / (EVERYDAY_ZIPF - SPECIFIC_ZIPF)
    return 1.0 - (1.0 - floor) * min(max(everyday, 0.0), 1.0)


def _forms_frequency(index: QuestionIndex, terms: tuple[str, ...]) -> int:
    """In how many answers any of these stems occurs."""
    if len(terms) == 1:
        return index.document_frequency(terms[0])
    return len(set().union(*(index.postings.get(term, ()) for term in terms)))


def _inflection_stems(word: str, index: QuestionIndex) -> list[str]:
    """Stems of the word's other forms that answers use: "woont" for
    "gewoond", "tafel" for "tafeltjes"."""
    own = stem(word)
    terms = {stem(form) for form in related_forms(word, index.vocabulary)}
    return sorted(term for term in terms if term != own and term in index.postings)


def _joined_forms(understood: UnderstoodQuery, index: QuestionIndex) -> dict[str, list[str]]:
    """Known compounds written apart: "parkeer vergunning" -> {both words: ["parkeervergunning"]}.

    Checked on the words as typed as well: the typo corrector may already have turned a
    half ("parkeer") into another known word ("parkeert").
    """
    corrected = dict(understood.corrections)
    typed = [token for token in understood.normalised.split() if not is_filler(token)]
    joined: dict[str, list[str]] = {}
    for sequence in (understood.words, typed):
        for first, second in zip(sequence, sequence[1:], strict=False):
            if first in INSEPARABLE_PREFIXES:
                # "niet ver lopen" (walk far) is no "verlopen" (expired): "ver-", "be-", "ont-"
                # verbs are never written apart, so the two words are what they say.
                continue
            form = index.vocabulary.known_form(first + second)
            if form:
                for word in (first, second):
                    joined.setdefault(corrected.get(word, word), []).append(form)
    return joined


def query_words(understood: UnderstoodQuery, index: QuestionIndex) -> list[QueryWord]:
    synonym_matches = index.synonyms.matches(understood.words)
    broader = dict(understood.broader)
    joined = _joined_forms(understood, index)
    # "hoe vraag ik een paspoort aan": the particle is filler, so take it from the full query.
    extra_words = []
    tokens = understood.normalised.split()
    for particle, base in separable_verbs(tokens):
        verb = particle + base
        if base in understood.words:
            joined.setdefault(base, []).append(verb)
        elif index.document_frequency(stem(verb)):
            # "vraag" is filler on its own ("ik heb een vraag") but here it is "aanvragen".
            extra_words.append(verb)
    words = []
    for word in (*understood.words, *extra_words):
        alternatives: list[tuple[tuple[str, ...], float]] = [((stem(word),), 1.0)]
        alternatives.extend(((stem(form),), 1.0) for form in joined.get(word, ()))
        parts = split_compound(word, index.vocabulary, force=True)
        if len(parts) > 1:
            alternatives.append((tuple(stem(part) for part in parts), COMPOUND_PART_FACTOR))
        for group_number, gram in synonym_matches:
            if word not in gram:
                continue
            for phrase in index.synonyms.groups[group_number]:
                if phrase != gram:
                    alternatives.append((tuple(stem(token) for token in phrase), SYNONYM_FACTOR))
        inflections = _inflection_stems(word, index)
        alternatives.extend(((term,), INFLECTION_FACTOR) for term in inflections)
        broader_term = broader.get(word)
        # An unusual form of a common verb ("gewoond") is as rare as the verb in any form.
        frequency = _forms_frequency(index, (stem(word), *inflections))
        if broader_term:
            broader_frequency = index.document_frequency(stem(broader_term))
            if not frequency:
                # Answers that name no country (or age) say it as "buitenland"
                # ("minderjarig"): the word says as much about an answer as that one does.
                frequency = broader_frequency
        rarity = _rarity(index, frequency)
        rarity *= _everyday_factor(word, known=bool(frequency))
        if stem(word) in LIGHT_VERB_STEMS:
            rarity *= LIGHT_VERB_FACTOR
        if broader_term and rarity > 0:
            # Found as the broader word, a word says no more than that word does: "dochter"
            # is rare among answers, "kind" is in half of them, and an answer that merely
            # mentions a child is no answer about daughters.
            share = min(_rarity(index, broader_frequency) / rarity, 1.0)
            alternatives.append(((stem(broader_term),), SYNONYM_FACTOR * share))
        words.append(QueryWord(word, rarity, tuple(alternatives)))
    return _one_weight_per_phrase(words, synonym_matches)


def _one_weight_per_phrase(words: list[QueryWord], synonym_matches) -> list[QueryWord]:
    """Words of a known phrase share the weight of its rarest word.

    "groene bak" is one thing (the GFT container): counted as two rare words it would
    outweigh "niet geleegd" in "mijn groene bak is niet geleegd".
    """
    share: dict[str, float] = {}
    by_word = {word.word: word for word in words}
    for _group_number, gram in synonym_matches:
        members = [by_word[token] for token in dict.fromkeys(gram) if token in by_word]
        if len(members) < 2:
            continue
        total = sum(member.weight for member in members)
        for member in members:
            factor = max(m.weight for m in members) / total
            share[member.word] = min(share.get(member.word, 1.0), factor)
    return [
        QueryWord(word.word, word.weight * share[word.word], word.alternatives)
        if word.word in share
        else word
        for word in words
    ]


def _word_evidence(word: QueryWord, index: QuestionIndex) -> dict[int, float]:
    """{answer id: best field weight of any alternative of this word} (0-5)."""
    best: dict[int, float] = {}
    for stems, factor in word.alternatives:
        if len(stems) == 1:
            found = index.postings.get(stems[0], {})
            if not best:
                # The first alternative (usually the word's own stem, factor 1) starts the
                # evidence as a whole: a common word's postings hold thousands of answers,
                # and comparing them one by one with nothing took 2-3 ms of a chatty message
                # at 10,000 answers.
                if factor == 1.0:
                    best = dict(found)
                else:
                    best = {page_id: weight * factor for page_id, weight in found.items()}
                continue
            pairs = ((page_id, weight * factor) for page_id, weight in found.items())
        else:
            # Every part must be present; the weakest part decides.
            postings = [index.postings.get(term, {}) for term in stems]
            common = set.intersection(*(set(p) for p in postings))
            pairs = ((page_id, min(p[page_id] for p in postings) * factor) for page_id in common)
        for page_id, value in pairs:
            if value > best.get(page_id, 0.0):
                best[page_id] = value
    return best


def question_scores(words: list[QueryWord], index: QuestionIndex) -> dict[int, float]:
    """{answer id: share of the query covered by its fields} (0-1), word by word.

    Term-at-a-time over the postings: the cost follows how common the query words are, not
    how many answers there are.
    """
    total = sum(word.weight for word in words) * MAX_FIELD_WEIGHT
    if not total:
        return {}
    scores: dict[int, float] = {}
    for word in words:
        for page_id, value in _word_evidence(word, index).items():
            scores[page_id] = scores.get(page_id, 0.0) + word.weight * value
    return {page_id: value / total for page_id, value in scores.items()}


def combine(question_score: float, engine_share: float) -> float:
    return QUESTION_SHARE * question_score + BODY_SHARE * engine_share
