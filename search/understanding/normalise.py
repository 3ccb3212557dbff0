"""Turn raw user input into clean, lowercase tokens.

Decisions (see also the package docstring):

* Case is folded with ``str.casefold`` after NFKC, so "ID-KAART", "Ｉｄ" and the
  Dutch ligature "ĳ" all land on plain lowercase letters.
* Accents are **kept** ("financiële", "café"). PostgreSQL's ``dutch`` text search
  configuration does not unaccent, so stripping them would stop "financiële" from
  matching documents that spell it correctly. Lookups that should ignore accents
  (vocabulary, synonyms, filler words) use :func:`fold` instead.
* A token is a run of Unicode letters (any script, categories ``L*``) and decimal
  digits (``Nd``). Everything else separates tokens. This is the same notion of a
  token character as SQLite FTS5's ``unicode61`` tokenizer, so what we send
  never contains query syntax for any engine.
* Combining marks left over after composition, format characters (right-to-left
  marks, zero-width joiners, soft hyphens) and emoji are removed.
* A hyphen between two word characters splits the word ("id-kaart" -> "id kaart",
  which is how FTS5, Elasticsearch and PostgreSQL index it), and the joined form
  ("idkaart") is reported separately so it can be searched as an alternative.
"""

import unicodedata
from dataclasses import dataclass

__all__ = [
    "MAX_QUERY_LENGTH",
    "NormalisedQuery",
    "fold",
    "match_key",
    "normalise",
    "normalise_query",
    "tokenize",
]

#: Longest normalised query we keep, in characters. Real questions are far shorter;
#: the cap bounds the work done on pasted documents or hostile input.
MAX_QUERY_LENGTH = 200

# Raw input is cut before any Unicode work so a megabyte of emoji costs no more than
# a sentence. Generous, because much of it may be removed as punctuation.
_RAW_INPUT_LIMIT = MAX_QUERY_LENGTH * 10

# Hyphens that join the parts of one word. En and em dashes separate words instead.
_HYPHENS = frozenset("-\u2010\u2011")
# Apostrophes in "auto's" or "m'n": engines split there, so we do too.
_APOSTROPHES = frozenset("'\u2019\u02bc")

# Placeholder for a word-internal hyphen between the character pass and tokenising.
# A control character can never survive the character pass, so it cannot collide.
_HYPHEN_MARK = "\x00"


@dataclass(frozen=True, slots=True)
class NormalisedQuery:
    """Tokens of a query plus the joined forms of its hyphenated words."""

    tokens: tuple[str, ...]
    #: "id-kaart" contributes "idkaart" here (and "id", "kaart" to tokens).
    hyphen_joins: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _clean_characters(text: str, *, keep_hyphens: bool) -> str:
    """Casefold and map every character to itself, a space, or nothing."""
    # NFKC first (ligatures, full-width forms), then casefold, then NFC so that
    # a letter followed by a combining accent becomes one precomposed letter.
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text).casefold())
    out = []
    for char in text:
        category = unicodedata.category(char)
        if (category[0] == "L" and char not in _APOSTROPHES) or category == "Nd":
            out.append(char)
        elif category in ("Cf", "Mn", "Me", "Mc"):
            # Invisible or stray marks: drop without splitting the word, so a
            # soft hyphen or zero-width joiner inside "pas\u00adpoort" is harmless.
            continue
        elif keep_hyphens and char in _HYPHENS:
            out.append(_HYPHEN_MARK)
        else:
            out.append(" ")
    return "".join(out)


def _split_words(cleaned: str) -> tuple[list[str], list[tuple[int, str]]]:
    """Tokens, and (number of tokens up to its last part, joined form) per hyphenated word."""
    tokens: list[str] = []
    joins: list[tuple[int, str]] = []
    for word in cleaned.split():
        parts = [part for part in word.split(_HYPHEN_MARK) if part]
        tokens.extend(parts)
        if len(parts) > 1:
            joins.append((len(tokens), "".join(parts)))
    return tokens, joins


def _truncate(tokens: list[str], limit: int) -> list[str]:
    """Keep whole tokens while the space-joined text fits in ``limit`` characters."""
    kept: list[str] = []
    length = 0
    for token in tokens:
        added = len(token) + (1 if kept else 0)
        if length + added > limit:
            if not kept:
                # One giant "word" with no boundary to cut at: cut it hard.
                kept.append(token[:limit])
            break
        kept.append(token)
        length += added
    return kept


def normalise_query(text: str, max_length: int = MAX_QUERY_LENGTH) -> NormalisedQuery:
    """Normalise a user query: clean characters, split hyphens, truncate.

    The result is cut to ``max_length`` characters on a word boundary.
    """
    cleaned = _clean_characters(text[:_RAW_INPUT_LIMIT], keep_hyphens=True)
    tokens, joins = _split_words(cleaned)
    tokens = _truncate(tokens, max_length)
    # A hyphenated word cut by truncation must not come back whole as a join.
    kept = [join for end, join in joins if end <= len(tokens) and len(join) <= max_length]
    return NormalisedQuery(tokens=tuple(tokens), hyphen_joins=tuple(dict.fromkeys(kept)))


def normalise(text: str, max_length: int = MAX_QUERY_LENGTH) -> str:
    """Return the cleaned query string: lowercase tokens separated by single spaces.

    >>> normalise("  Ïd-Kaart!! ")
    'ïd kaart'
    """
    return normalise_query(text, max_length).text


# Longer than any word a citizen types: "arbeidsongeschiktheidsverzekering" has 33 letters.
MAX_WORD_LENGTH = 45


def is_noise(token: str) -> bool:
    """A token no language has: a key held down ("yyyyyyyy", "hahaha") or longer than any
    word. Meaning finds a nearest answer for any text, so such text got "Bedoelt u ...?"
    with answers it has nothing to do with.

    >>> is_noise("yyyyyyyy"), is_noise("paspoort"), is_noise("mamma")
    (True, False, False)
    """
    if len(token) > MAX_WORD_LENGTH:
        return True
    return len(token) >= 6 and token.isalpha() and len(set(token)) <= 2


def tokenize(text: str) -> list[str]:
    """Split any text (a query or a whole document) into normalised tokens.

    Unlike :func:`normalise` this does not truncate, so it suits building a
    vocabulary from page bodies.
    """
    return _clean_characters(text, keep_hyphens=False).split()


def fold(text: str) -> str:
    """Strip accents from already normalised text: "financiële" -> "financiele"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", stripped)


def match_key(text: str) -> str:
    """Key under which spellings of the same word or phrase compare equal.

    Case, accents, hyphens and spaces are ignored, so "ID-kaart", "id kaart",
    "idkaart" and "Ïd-Kaart!!" all give "idkaart".
    """
    return fold("".join(tokenize(text)))
