"""Split Dutch compounds into known words.

Dutch writes compounds as one word ("afvalkalender", "gemeentebelastingen") while
pages may use the parts ("de kalender voor afval", "belastingen van de gemeente").
Splitting a query word the vocabulary does not know lets the engine find those.

Parts may be joined by the linking morphemes "s", "e" or "en"
("identiteit-s-kaart", "boek-en-kast"). A verb stem as first part is recognised
through its infinitive ("parkeer" via "parkeren", "verhuis" via "verhuizen").
"""

from collections.abc import Container

from .inflection import infinitives
from .spelling import is_common_word
from .stopwords import is_filler

__all__ = [
    "LINKING_MORPHEMES",
    "MAX_COMPOUND_LENGTH",
    "MIN_PART_LENGTH",
    "compound_head",
    "split_compound",
]

#: Parts shorter than this are not trusted: "id", "de" or "en" inside a longer word
#: are far more often coincidence than a real part.
MIN_PART_LENGTH = 3
#: Longer tokens are garbage or pasted URLs; not worth the quadratic search.
MAX_COMPOUND_LENGTH = 40
#: What may sit between two parts, tried in this order.
LINKING_MORPHEMES = ("", "s", "e", "en")

# Derivational endings that a vocabulary built from text also knows as words
# ("ing" the bank, "heid" the heath). Inside a longer word they are suffixes,
# never compound parts: "verhuisingsformulier" is not "verhuis" + "ing" + "formulier".
_SUFFIXES = frozenset(
    {
        "baar", "bare", "erij", "erijen", "heden", "heid", "ing", "ingen", "isch",
        "ische", "isme", "lijk", "lijke", "lijks", "ling", "lingen", "loos", "loze",
        "nis", "nissen", "schap", "schappen", "tje", "tjes",
    }
)  # fmt: skip


def _known_part(part: str, vocabulary: Container[str], *, head: bool) -> str | None:
    """The vocabulary form of a compound part, or None if it is not a usable part."""
    if is_filler(part) or part in _SUFFIXES:
        # "aan", "over", "door": separable prefixes of verbs, not compound parts.
        return None
    if part in vocabulary:
        return part
    if head:
        # The last part carries the inflection and must be known as written.
        return None
    for infinitive in infinitives(part):
        if infinitive in vocabulary:
            return infinitive
    return None


def split_compound(
    word: str,
    vocabulary: Container[str],
    *,
    min_part_length: int = MIN_PART_LENGTH,
    force: bool = False,
) -> tuple[str, ...]:
    """Split ``word`` into known parts; return ``(word,)`` when it cannot be split.

    Only splits when every part is known and at least ``min_part_length`` long.
    Of all possible splits the one with the fewest parts wins, then the one with
    the longest parts. A word the vocabulary knows is returned whole unless
    ``force`` is set. A first part that is a verb stem comes back as the
    infinitive the vocabulary knows ("parkeer" -> "parkeren").

    >>> split_compound("afvalkalender", {"afval", "kalender"})
    ('afval', 'kalender')
    """
    length = len(word)
    if (
        length < 2 * min_part_length
        or length > MAX_COMPOUND_LENGTH
        or (word in vocabulary and not force)
        or not word.isalpha()
    ):
        return (word,)

    # best[i]: the best split of word[i:] as (score, parts), where a lower score is
    # better: (number of parts, minus the sum of squared part lengths). Squaring
    # rewards one long part over two middling ones.
    best: list[tuple[tuple[int, int], tuple[str, ...]] | None] = [None] * (length + 1)
    for start in range(length - min_part_length, -1, -1):
        found: tuple[tuple[int, int], tuple[str, ...]] | None = None
        for end in range(start + min_part_length, length + 1):
            if start == 0 and end == length:
                # The whole word as its own single part is not a split.
                continue
            is_head = end == length
            form = _known_part(word[start:end], vocabulary, head=is_head)
            if form is None:
                continue
            size = (end - start) ** 2
            if is_head:
                options = [((1, -size), (form,))]
            else:
                options = []
                for link in LINKING_MORPHEMES:
                    rest_start = end + len(link)
                    rest = best[rest_start] if rest_start < length else None
                    if rest is not None and word.startswith(link, end):
                        (count, weight), parts = rest
                        options.append(((count + 1, weight - size), (form, *parts)))
            for option in options:
                if found is None or option[0] < found[0]:
                    found = option
        best[start] = found

    result = best[0]
    return (word,) if result is None else result[1]


def compound_head(word: str) -> str | None:
    """The last part of a compound of two everyday Dutch words: "reclamebord" -> "bord";
    None when `word` is not one ("verhuizing" is no "verhui" + "zing").

    The last part says what a compound is (a "reclamebord" is a "bord"), so it is worth
    finding even when the vocabulary of the answers knows neither part on its own.
    """
    if not word.isalpha() or len(word) > MAX_COMPOUND_LENGTH:
        return None
    for start in range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH):
        head, first = word[start:], word[:start]
        if head in _SUFFIXES or is_filler(head) or not is_common_word(head):
            continue
        for linking in LINKING_MORPHEMES:
            if first.endswith(linking) and _is_everyday_part(first[: len(first) - len(linking)]):
                return head
    return None


def _is_everyday_part(part: str) -> bool:
    return len(part) >= MIN_PART_LENGTH and not is_filler(part) and is_common_word(part)
