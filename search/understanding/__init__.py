"""Query understanding: from what a citizen types to what the engine searches for.

Pure functions over strings, no Django: every channel (website, workbench,
chatbot, API) calls :func:`understand` and hands the result to the engine.

The steps, in order:

1. normalise: casefold, keep letters (accents included) and digits, drop
   punctuation, emoji, control and right-to-left characters, split hyphens,
   cut to :data:`MAX_QUERY_LENGTH` characters on a word boundary;
2. drop Dutch question words and filler ("hoe kan ik", "mijn", "een");
3. per remaining word, against the vocabulary (when given): keep known words
   (restoring accents the documents use), correct near-miss typos, split unknown
   compounds into known parts, then try two-edit corrections for long words;
4. stem the terms and look up synonym groups; read another country by name as "buitenland",
   a child's age as "minderjarig" and a family member as "ouder", "kind" or "partner", as the
   answers say them.

What the engine gets:

* :meth:`UnderstoodQuery.search_text`: the content words as the citizen meant them
  (typos corrected, compounds whole). Precise; suits AND-matching.
* :meth:`UnderstoodQuery.expanded_text`: those words plus compound parts, joined
  forms of hyphenated words ("id-kaart" -> "idkaart") and synonyms. For recall;
  suits OR-matching with the original words boosted.

Both contain only lowercase letters (any script, accents kept), decimal digits
and single spaces, and never an operator word, so they can be passed to SQLite
FTS5, PostgreSQL or Elasticsearch without escaping.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .ages import MINOR, minor_ages
from .compounds import split_compound
from .family import CHILD, family_roles
from .normalise import (
    MAX_QUERY_LENGTH,
    fold,
    is_noise,
    match_key,
    normalise,
    normalise_query,
    tokenize,
)
from .places import abroad_terms
from .spelling import is_common_word, suggest
from .stemming import stem, stems
from .stopwords import OPERATOR_WORDS, content_tokens, is_filler
from .synonyms import SynonymIndex, synonym_index
from .vocabulary import Vocabulary

__all__ = [
    "MAX_QUERY_LENGTH",
    "SynonymIndex",
    "UnderstoodQuery",
    "Vocabulary",
    "content_tokens",
    "fold",
    "is_filler",
    "is_noise",
    "match_key",
    "normalise",
    "split_compound",
    "stem",
    "suggest",
    "synonym_index",
    "tokenize",
    "understand",
]


def _is_safe(token: str) -> bool:
    # Normalisation already guarantees this; checked again because the output
    # goes straight into engine query syntax.
    return (
        bool(token)
        and token not in OPERATOR_WORDS
        and all(char.isalpha() or char.isdecimal() for char in token)
    )


def _engine_text(tokens: Iterable[str]) -> str:
    return " ".join(dict.fromkeys(token for token in tokens if _is_safe(token)))


@dataclass(frozen=True, slots=True)
class UnderstoodQuery:
    """The result of :func:`understand`. All token fields are normalised."""

    #: The query exactly as received.
    original: str
    #: The cleaned query: lowercase tokens and single spaces, filler included.
    normalised: str
    #: Content words in order, typos corrected, compounds whole, no duplicates.
    words: tuple[str, ...]
    #: ``words`` with unknown compounds replaced by their parts.
    terms: tuple[str, ...]
    #: ``stems[i]`` is the stem of ``terms[i]``.
    stems: tuple[str, ...]
    #: Alternatives not in ``terms``: synonym phrases and joined forms ("idkaart").
    expansions: tuple[str, ...] = ()
    #: The normalised query with typos corrected, for "Bedoelde u ...?"; None if
    #: nothing was corrected.
    corrected: str | None = None
    #: (typed, corrected) per corrected word.
    corrections: tuple[tuple[str, str], ...] = ()
    #: (word, what the answers call it) for a word the answers say in a broader way: another
    #: country is "buitenland" (places), a child's age "minderjarig" (ages), a mother "ouder"
    #: (family).
    broader: tuple[tuple[str, str], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing searchable is left (empty, punctuation, only filler)."""
        return not self.words

    def search_text(self) -> str:
        """The content words for the engine: corrected, compounds whole.

        Only letters, digits and single spaces; empty when :attr:`is_empty`.
        """
        return _engine_text(self.words)

    def expanded_text(self) -> str:
        """:meth:`search_text` plus compound parts, joined forms, synonyms, and the
        words as typed before correction.

        Meant for OR-matching; weight :meth:`search_text` higher so that what
        the citizen meant outranks what we added. The typed words are a hedge
        against a wrong correction: the engine's own stemming may still match them.
        """
        expansion_tokens = (token for phrase in self.expansions for token in phrase.split())
        typed = (typed for typed, _ in self.corrections if not is_filler(typed))
        return _engine_text((*self.words, *self.terms, *expansion_tokens, *typed))


# A last word this long that no answer uses, but that starts a word answers do use, was typed
# halfway: "pasp" is "paspoort", not the one-letter typo "pas" (which gave "Bedoelde u pas?"
# and nothing found, while the suggestions under the search box already showed passports).
MIN_PREFIX_LENGTH = 4


# Endings of a finished word form: plurals, verb forms and past tenses.
INFLECTION_ENDINGS = ("en", "s", "de", "te")


def _inflects_a_known_word(token: str, vocabulary: Vocabulary) -> bool:
    """ "welke dranken" asks about drinks ("drank"), not the "drankenkartons" it starts; but
    "parke", whose stem "park" is a word too, is "parkeren" typed halfway."""
    return token.endswith(INFLECTION_ENDINGS) and vocabulary.known_form(stem(token)) is not None


def _resolve(
    token: str, vocabulary: Vocabulary | None, known: frozenset[str], last: bool = False
) -> tuple[str, tuple[str, ...], str | None]:
    """(word, terms, correction) for one content token; `last`: the query's last token,
    which may be typed halfway."""
    if vocabulary is None or token in known:
        return token, (token,), None
    form = vocabulary.known_form(token)
    if form is not None:
        return form, (form,), None
    if (
        last
        and len(token) >= MIN_PREFIX_LENGTH
        and token.isalpha()
        and not _inflects_a_known_word(token, vocabulary)
        # "vuil" is a whole word (the answers have it in "grofvuil"), not "vuilniszakken"
        # typed halfway: completing it gave "Bedoelde u vuilniszakken?" and nothing found.
        and not is_common_word(token)
    ):
        completion = vocabulary.completion(token)
        if completion is not None:
            return completion, (completion,), completion
    # A one-edit typo of a known word is likelier than a compound nobody wrote
    # before: "verhuising" is "verhuizing", not "verhuis" + "ing".
    correction = suggest(token, vocabulary, max_distance=1)
    if correction is None:
        parts = split_compound(token, vocabulary)
        if len(parts) > 1:
            return token, parts, None
        correction = suggest(token, vocabulary)
    if correction is None:
        return token, (token,), None
    return correction, (correction,), correction


def understand(
    query: str,
    vocabulary: Vocabulary | None = None,
    synonyms: SynonymIndex | Iterable[Iterable[str]] = (),
) -> UnderstoodQuery:
    """Analyse a citizen's query for retrieval.

    ``vocabulary`` enables typo correction, compound splitting and accent
    restoration; without it the words are only cleaned and filtered.
    ``synonyms`` is a list of groups of equivalent phrases (or a prepared
    :class:`SynonymIndex`, which is faster when reused). Never raises on any
    string input.
    """
    normalised = normalise_query(query)
    index = synonym_index(synonyms)

    words: dict[str, None] = {}
    terms: dict[str, None] = {}
    corrected_tokens = list(normalised.tokens)
    corrections: list[tuple[str, str]] = []
    resolved: dict[tuple[str, bool], tuple[str, tuple[str, ...], str | None]] = {}
    last_position = len(normalised.tokens) - 1
    for position, token in enumerate(normalised.tokens):
        if is_filler(token) or is_noise(token):
            continue
        key = (token, position == last_position)
        if key not in resolved:
            resolved[key] = _resolve(token, vocabulary, index.words, last=key[1])
        word, parts, correction = resolved[key]
        if correction is not None:
            corrected_tokens[position] = correction
            if (token, correction) not in corrections:
                corrections.append((token, correction))
        # A typo may turn out to be filler ("mijm" -> "mijn").
        if is_filler(word):
            continue
        words[word] = None
        terms.update(dict.fromkeys(parts))

    joins = list(normalised.hyphen_joins)
    if vocabulary is not None:
        # "grof vuil" typed apart, "grofvuil" in the documents.
        for first, second in zip(normalised.tokens, normalised.tokens[1:], strict=False):
            if not (is_filler(first) or is_filler(second)):
                joined = vocabulary.known_form(first + second)
                if joined is not None:
                    joins.append(joined)
    expansions = dict.fromkeys(index.expand(tuple(words), tuple(terms)))
    # Compared without accents: "ïd-kaart" must not add "ïdkaart" next to "idkaart".
    seen = {fold(text) for text in (*words, *terms, *expansions)}
    for joined in joins:
        if fold(joined) not in seen:
            seen.add(fold(joined))
            expansions[joined] = None
    broader = {
        token: term for token, term in abroad_terms(corrected_tokens).items() if token in words
    }
    minors = [token for token in minor_ages(normalised.tokens) if token in words]
    broader.update((token, MINOR) for token in minors)
    broader.update(
        (token, role)
        for token, role in family_roles(normalised.tokens)
        # "mijn dochter van 12": the age says it is a child already; read twice, the child
        # outweighs what is asked about it.
        if token in words and not (minors and role == CHILD)
    )
    for term in broader.values():
        if fold(term) not in seen:
            seen.add(fold(term))
            expansions[term] = None

    return UnderstoodQuery(
        original=query,
        normalised=normalised.text,
        words=tuple(words),
        terms=tuple(terms),
        stems=stems(tuple(terms)),
        expansions=tuple(expansions),
        corrected=" ".join(corrected_tokens) if corrections else None,
        corrections=tuple(corrections),
        broader=tuple(broader.items()),
    )
