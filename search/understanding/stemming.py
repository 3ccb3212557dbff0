"""Dutch stemming with Snowball, cached.

Stems let us compare inflections ("aanvragen"/"aanvraag", "belastingen"/"belasting")
when matching synonyms and deciding whether an unknown word is merely an
inflection of a known one. They are not sent to the engine, which stems with its
own analyser.
"""

import threading
from functools import lru_cache

import snowballstemmer

__all__ = ["STEMMER_ALGORITHM", "same_stem", "stem", "stems"]

#: Snowball's Porter-style Dutch algorithm, the one PostgreSQL's "dutch" configuration uses.
#: Snowball 3's newer "dutch" strips "ge-" from nouns too (gemeente -> "meen", colliding with
#: "menen"; open -> "oop"), which merges unrelated municipal words.
STEMMER_ALGORITHM = "dutch_porter"
# Dutch devoices a final z and v: huizen/huis, rijbewijzen/rijbewijs, brieven/brief.
_DEVOICE = {"z": "s", "v": "f"}

# Snowball stemmer objects keep the word being stemmed as state, so one object
# must not be shared between threads (gunicorn gthread, Django's dev server).
_local = threading.local()


def _stemmer():
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer(STEMMER_ALGORITHM)
    return stemmer


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """Return the Snowball Dutch stem of one normalised (lowercase) word."""
    result = _stemmer().stemWord(word)
    if len(result) > 3 and result[-1] in _DEVOICE:
        result = result[:-1] + _DEVOICE[result[-1]]
    return result


def stems(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Stem each word, keeping order and length."""
    return tuple(stem(word) for word in words)


def same_stem(first: str, second: str) -> bool:
    """Whether two words are inflections of each other according to the stemmer."""
    return first == second or stem(first) == stem(second)
