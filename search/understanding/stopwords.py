"""Dutch question words and filler that carry no meaning for retrieval.

Citizens type questions ("hoe kan ik mijn paspoort verlengen"). Only the content
words ("paspoort verlengen") say what they need; the rest would either match
every page (SQLite FTS5 has no stop list) or be dropped by the engine anyway
(PostgreSQL's ``dutch`` configuration).

Kept on purpose, because they change what the citizen wants: "kost"/"kosten",
"kwijt", "aanvragen", "ophalen", "verlengen", "doorgeven", "melden", "betalen",
"geldig", "open", "lang" (as in "hoe lang duurt").
"""

from collections.abc import Iterable

from .normalise import fold

__all__ = [
    "FILLER_WORDS",
    "OPERATOR_WORDS",
    "QUESTION_OPENERS",
    "QUESTION_WORDS",
    "content_tokens",
    "is_filler",
]

#: Words that are query operators in some engine (FTS5 ``AND``/``OR``/``NOT``/``NEAR``,
#: ``or`` in PostgreSQL's ``websearch_to_tsquery``). None is a Dutch word, so
#: dropping them loses nothing and keeps the output free of syntax.
OPERATOR_WORDS = frozenset({"and", "or", "not", "near"})

# Stored accent-folded (as compared), so "één" and "hè" are caught as well.
# fmt: off
#: The Dutch question words ("hoe", "waar", ...), the one list every module uses.
QUESTION_WORDS = frozenset({
    "hoe", "hoelang", "hoeveel", "wat", "waar", "waaraan", "waarin", "waarmee",
    "waarom", "waarop", "waarover", "waarvoor", "wanneer", "welk", "welke", "wie",
})
_PRONOUNS = {
    "ik", "me", "mij", "mijn", "mn", "je", "jij", "jou", "jouw", "jullie", "u", "uw",
    "hij", "hem", "zij", "ze", "haar", "hun", "hen", "wij", "we", "ons", "onze",
    "men", "zich", "zelf", "iemand", "iets", "niets", "alles", "elk", "elke",
    "ieder", "iedere",
}
_ARTICLES_AND_DEMONSTRATIVES = {"de", "het", "een", "der", "des", "deze", "dit", "die", "dat"}
_PREPOSITIONS = {
    "aan", "achter", "bij", "binnen", "buiten", "door", "in", "langs", "met", "na",
    "naar", "naast", "om", "onder", "op", "over", "per", "rond", "sinds", "te",
    "tegen", "tijdens", "tot", "tussen", "uit", "van", "vanaf", "via", "voor", "zonder",
}
_CONJUNCTIONS = {
    "en", "of", "maar", "want", "dus", "als", "dan", "omdat", "zodat", "terwijl",
    "nadat", "voordat", "indien",
}
# Auxiliary and modal verbs in the forms people type in questions.
_VERBS = {
    "ben", "bent", "is", "zijn", "was", "waren", "geweest", "word", "wordt", "worden",
    "werd", "werden", "heb", "hebt", "heeft", "hebben", "had", "hadden", "kan", "kun",
    "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "mag", "mogen",
    "mocht", "wil", "wilt", "willen", "wou", "wilde", "zal", "zult", "zullen", "zou",
    "zouden", "ga", "gaat", "gaan", "doe", "doet", "doen", "krijg", "krijgt",
    "krijgen", "hoef", "hoeft", "hoeven", "kom", "komt", "zoek", "zoeken",
}
# Politeness, hedging and "I want to know more about ..." padding.
_FILLER = {
    "er", "hier", "daar", "nog", "al", "ook", "wel", "niet", "geen", "zo", "nu",
    "even", "graag", "alstublieft", "alsjeblieft", "aub", "ajb", "svp", "bedankt",
    "dank", "dankjewel", "dankuwel", "hallo", "hoi", "hey", "hee", "goedemorgen",
    "goedemiddag", "goedenavond", "beste", "geachte", "meer", "weten", "vraag",
    "vragen", "informatie", "info", "eigenlijk", "precies", "ongeveer", "misschien",
    "toch", "mogelijk", "nodig", "ja", "nee", "ok", "oke", "please", "he",
}
# fmt: on

#: Every word :func:`is_filler` drops, accent-folded.
FILLER_WORDS = frozenset(
    QUESTION_WORDS
    | _PRONOUNS
    | _ARTICLES_AND_DEMONSTRATIVES
    | _PREPOSITIONS
    | _CONJUNCTIONS
    | _VERBS
    | _FILLER
    | OPERATOR_WORDS
)


def is_filler(token: str) -> bool:
    """Whether a normalised token carries no meaning for retrieval.

    Single letters count as filler: they come from "m'n", "auto's" or initials and
    would match almost any page. Single digits do not ("groep 8").
    """
    if len(token) == 1:
        return not token.isdigit()
    return fold(token) in FILLER_WORDS


def content_tokens(tokens: Iterable[str]) -> list[str]:
    """Drop filler from normalised tokens, keeping order.

    >>> content_tokens("hoe kan ik een paspoort aanvragen".split())
    ['paspoort', 'aanvragen']
    """
    return [token for token in tokens if not is_filler(token)]


#: Words a phrasing that reads as a question starts with: the question words and the verbs
#: that open a yes/no question ("Kan ik ...", "Moet ik ...").
QUESTION_OPENERS = QUESTION_WORDS | frozenset(
    {"kan", "kun", "kunt", "mag", "moet", "is", "zijn", "heb", "hebt", "heeft", "wordt", "krijg"}
)
