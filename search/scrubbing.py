"""Remove personal data from free text before it is logged.

Every search query, chatbot message and contact-centre registration passes through
:func:`scrub` before it is written anywhere, so the analytics ("what do people ask that
no answer covers?") never hold personal data. Pure Python, no Django imports.

Decisions (privacy first: when in doubt, scrub; but never break ordinary queries):

- BSN: 9 digits (or 8, a BSN with its leading zero dropped) that pass the elfproef,
  contiguous or grouped 3-3-3 / 4-2-3 with one consistent space, dot or dash. Nine
  digits that fail the elfproef are kept (zaaknummers, order numbers) unless another
  detector claims them; 1 in 11 arbitrary numbers passes and is scrubbed anyway. Right
  after "bsn", "burgerservicenummer" or "sofinummer" 8 or 9 digits are a BSN however they
  are spaced, and without the elfproef.
- E-mail: plain addresses (plus addressing, subdomains, any case) and the spelled-out
  forms "naam [at] domein.nl", "naam at domein punt nl". A bare " at " only counts when
  the address ends in a well-known top-level domain, so "ik at een appel" stays.
- Telephone: Dutch numbers in every common notation (06, area codes, +31, 0031,
  "(0)") and foreign numbers written with + or 00. Service numbers (0800, 0900, 0906,
  0909) belong to organisations and stay, as does the municipal "14 0xx(x)".
- Postcode with house number becomes [POSTCODE+HUISNUMMER], also behind a street name
  ("Dorpsstraat 12, 1234 AB"). A postcode alone becomes [POSTCODE]: it narrows a person
  down to about twenty addresses, which is more than analytics need.
- Four digits, a space and two letters that spell a common word or unit ("2026 de",
  "1500 km", "3000 en 4000") are read as words: alone always, and with a house number
  unless the letters are capitals or the rest clearly reads as an address ("3511 de 12":
  no year, no tail of a longer number, a short house number). Known gap: an address
  typed as "1985 de 12" stays.
- Street + house number ("Kerkstraat 12") becomes [ADRES] when the street word ends in
  a Dutch street suffix (straat, laan, weg, plein, gracht ...), so "artikel 12" stays.
  Name parts before the street word ("Van Gogh" in "Van Goghstraat 12") stay: on their
  own they point at no one.
- IBAN: any country, with or without spaces, mod-97 validated. A Dutch IBAN with a
  typo (wrong check digits, a digit more or less) is scrubbed anyway; a foreign-looking
  string that fails mod-97 is kept, because it is as likely to be a product code.
- Dates: a full date (day, month and year, numeric or written out) from 1900 up to
  today is scrubbed as [GEBOORTEDATUM]; a birth date cannot be told from other past
  dates, so all of them go. Future dates (deadlines, appointments) stay, as do years
  alone, "1 januari" without a year and times. Right after "geboren", "geboortedatum"
  or "jarig" a day and month without a year are scrubbed too.
- Kenteken: the RDW side-code formats. With dashes any letters count ("AB-123-C");
  without dashes or with spaces only letters the RDW actually issues (no vowels, C or
  Q), and with spaces only capitals, so that words and amounts are never plates.
- Names (search.names) where the text says a name follows ("mevr. Jansen", "mijn naam is
  …", "Klant Jan de Vries") or a common given name is followed by a surname ("Piet Jansen",
  "Sanne van Dijk") become [NAAM]; street and building names ("Willem de Zwijgerlaan") and a
  given name on its own stay.
- Detection runs on an NFKC-folded copy in which every Unicode digit becomes 0-9,
  every dash "-", every space " ", and invisible format characters disappear, so
  fullwidth or Arabic-Indic digits and zero-width spaces cannot smuggle a BSN through.
  Replacement happens on the original text; everything outside a match is kept
  byte for byte.
- Every pattern is bounded and anchored at token starts, so the work is linear in the
  length of the text (no catastrophic backtracking).
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from search.names import find_names

__all__ = ["Kind", "Match", "find_personal_data", "scrub"]


class Kind(enum.StrEnum):
    """What sort of personal data a match is; the value is the placeholder text.

    The order is the tie-break when two detectors claim equally long overlapping text.
    """

    IBAN = "IBAN"
    EMAIL = "E-MAIL"
    BSN = "BSN"
    PHONE = "TELEFOON"
    POSTCODE_HOUSE_NUMBER = "POSTCODE+HUISNUMMER"
    ADDRESS = "ADRES"
    DATE_OF_BIRTH = "GEBOORTEDATUM"
    LICENCE_PLATE = "KENTEKEN"
    POSTCODE = "POSTCODE"
    NAME = "NAAM"

    @property
    def placeholder(self) -> str:
        return f"[{self.value}]"


_RANK = {kind: rank for rank, kind in enumerate(Kind)}


@dataclass(frozen=True, slots=True)
class Match:
    """Personal data found at ``text[start:end]`` (indices into the original text)."""

    kind: Kind
    start: int
    end: int

    @property
    def placeholder(self) -> str:
        return self.kind.placeholder


def scrub(text: str, *, today: datetime.date | None = None) -> str:
    """Return ``text`` with every piece of personal data replaced by its placeholder.

    Text outside the matches is returned unchanged, byte for byte. ``today`` decides
    which dates lie in the future (and are therefore kept); it defaults to the current
    date and exists for tests.
    """
    matches = find_personal_data(text, today=today)
    if not matches:
        return text
    return _replaced(text, matches, lambda match: match.placeholder)


def without_personal_data(text: str, *, today: datetime.date | None = None) -> str:
    """``text`` without the numbers, addresses and e-mail addresses in it, for searching.

    "paspoort 111 222 333" is a question about a passport: the BSN beside it matches no answer
    and drags every score down. Names stay ("Anne Frank" may be what the question is about, and
    a name does not spoil a search the way digits do); a street with its house number goes,
    like every other kind.
    """
    matches = [match for match in find_personal_data(text, today=today) if match.kind != Kind.NAME]
    if not matches:
        return text
    return " ".join(_replaced(text, _with_their_cues(text, matches), lambda _match: " ").split())


# What introduces a piece of personal data ("mijn bsn is …"): gone with it, since "bsn" beside
# a question about the AOW pulled every answer that mentions a BSN before the AOW's.
_CUE = re.compile(
    r"(?:\b(?:mijn|m'n|ons|onze)\s+)?\b(?:bsn|burgerservicenummer|sofinummer|"
    r"(?:telefoon|mobiele|mobiel|rekening|huis)?nummer|e-?mail(?:adres)?|adres|postcode|iban)"
    r"(?:\s+(?:is|luidt))?\s*:?\s*$",
    re.IGNORECASE,
)


def _with_their_cues(text: str, matches: list[Match]) -> list[Match]:
    widened, position = [], 0
    for match in matches:
        cue = _CUE.search(text, position, match.start)
        start = cue.start() if cue else match.start
        widened.append(dataclasses.replace(match, start=start))
        position = match.end
    return widened


def _replaced(text: str, matches: list[Match], replacement) -> str:
    """`text` with each of the sorted, non-overlapping `matches` replaced by
    `replacement(match)`; everything between them kept as it is."""
    pieces, position = [], 0
    for match in matches:
        pieces.append(text[position : match.start])
        pieces.append(replacement(match))
        position = match.end
    pieces.append(text[position:])
    return "".join(pieces)


def find_personal_data(text: str, *, today: datetime.date | None = None) -> list[Match]:
    """Find personal data in ``text``: sorted, non-overlapping matches.

    Where detectors overlap (a phone number inside an IBAN, a street address running
    into its postcode) the matches are merged so that nothing in between survives; the
    merged match takes the kind of the longest one.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    view, origin = _detection_view(text)
    found: list[tuple[Kind, int, int]] = [
        (Kind.NAME, start, end) for start, end in find_names(view)
    ]
    detectors = _DETECTORS if _WORTH_A_LOOK.search(view) else ()
    today = today or datetime.date.today()
    has_digit = _DIGIT.search(view) is not None
    if origin is not None:
        found = [(kind, origin[start], origin[end - 1] + 1) for kind, start, end in found]
    for detector, needs_digit in detectors:
        if needs_digit and not has_digit:
            continue
        for kind, start, end in detector(view, today):
            if origin is not None:
                # Map back to the original text; a match may start or end inside a
                # character that NFKC expanded, so it covers that whole character.
                start, end = origin[start], origin[end - 1] + 1
            found.append((kind, start, end))
    return _merge(found)


# --- Detection view ---------------------------------------------------------------

_DIGIT = re.compile(r"[0-9]")
# Cheap pre-check: nothing below matches without a digit or some form of "at".
_WORTH_A_LOOK = re.compile(r"[0-9@]|\bat\b|apenstaart", re.IGNORECASE)
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    # Zero-width spaces, direction marks, soft hyphens and stray control characters
    # are invisible to a reader, so they must not split a number for the detectors.
    if category == "Cf" or (category == "Cc" and char not in "\t\n\r"):
        return ""
    if category == "Nd":
        # NFKC leaves Arabic-Indic, Devanagari ... digits alone; a BSN is a BSN in
        # any script.
        return str(unicodedata.decimal(char))
    if category == "Pd" or char == "\u2212":
        return "-"
    if category == "Zs":
        return " "
    return unicodedata.normalize("NFKC", char)


def _detection_view(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text`` for detection; also return, per folded char, its original index.

    Plain ASCII without control characters (nearly every query) is its own view.
    """
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def _candidates(pattern: re.Pattern[str], view: str) -> Iterator[re.Match[str]]:
    """Like ``finditer``, but a candidate rejected afterwards cannot hide another one.

    In "2000 ik 1000 AB 1" the year-and-word candidate "2000 ik 1000" is rejected, and
    the postcode starting inside it must still be found. Patterns are bounded, so
    restarting one character further keeps the work linear.
    """
    position = 0
    while match := pattern.search(view, position):
        yield match
        position = match.start() + 1


def _merge(found: list[tuple[Kind, int, int]]) -> list[Match]:
    """Merge overlapping candidates; the longest one (then the highest rank) names it."""
    found.sort(key=lambda item: (item[1], -item[2]))
    merged: list[Match] = []
    cluster: list[tuple[Kind, int, int]] = []
    cluster_end = -1
    for item in [*found, None]:
        if item is not None and item[1] < cluster_end:
            cluster.append(item)
            cluster_end = max(cluster_end, item[2])
            continue
        if cluster:
            kind = min(cluster, key=lambda c: (c[1] - c[2], _RANK[c[0]]))[0]
            merged.append(Match(kind, cluster[0][1], cluster_end))
        if item is not None:
            cluster, cluster_end = [item], item[2]
    return merged


# --- BSN ----------------------------------------------------------------------------

# The candidate is captured inside a lookahead so overlapping candidates are all seen:
# in "123 456 789 012" the BSN may be the second group of three.
_BSN_RE = re.compile(
    r"""
    (?<![0-9])
    (?=(
        [0-9]{8,9}
      | [0-9]{3}([ .\-])[0-9]{3}\2[0-9]{3}
      | [0-9]{4}([ .\-])[0-9]{2}\3[0-9]{3}   # 1234.56.782, as printed on ID documents
    )(?![0-9]))
    """,
    re.VERBOSE,
)
_ELFPROEF_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def _passes_elfproef(digits: str) -> bool:
    digits = digits.zfill(9)
    if digits == "000000000":
        return False
    return sum(w * int(d) for w, d in zip(_ELFPROEF_WEIGHTS, digits, strict=True)) % 11 == 0


# Right after "bsn" (or "burgerservicenummer", "sofinummer") the number is a BSN however it is
# spaced ("bsn: 1 1 1 2 2 2 3 3 3", "bsn 11122233 3") and whether or not it passes the elfproef:
# the citizen said what it is.
_CUED_BSN_RE = re.compile(
    r"""
    (?<![a-z])(?:bsn|burgerservicenummer|sofi[ \-]?(?:nummer|nr))(?:[ \-]?(?:nummer|nr))?
    (?:[ ]+(?!is\b)[a-z]+){0,4}?         # "bsn van mijn zoon is ..."
    [ :=(]*(?:is|nr\.?)?[ :=(]*
    ([0-9](?:[ .\-]?[0-9]){7,8})(?![0-9])
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _find_bsns(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for match in _BSN_RE.finditer(view):
        digits = re.sub(r"[^0-9]", "", match.group(1))
        if _passes_elfproef(digits):
            yield Kind.BSN, match.start(1), match.end(1)
    for match in _CUED_BSN_RE.finditer(view):
        yield Kind.BSN, match.start(1), match.end(1)


# --- E-mail -------------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.%+\-])[\w.%+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}",
)
# Spelled-out addresses. "at" and "punt" are ordinary words, so the spelled-out form
# only counts when it ends in a well-known top-level domain.
_AT = r"(?:[ ]?[\[({<][ ]?(?:at|@|apenstaartje)[ ]?[\])}>][ ]?|[ ]+(?:at|apenstaartje|@)[ ]+|@)"
_DOT = r"(?:[ ]?[\[({<][ ]?(?:dot|punt)[ ]?[\])}>][ ]?|[ ]+(?:dot|punt)[ ]+|\.)"
_LABEL = r"[\w%+\-]{1,63}"
_OBFUSCATED_EMAIL_RE = re.compile(
    rf"""
    (?<![\w.%+\-])
    {_LABEL}(?:{_DOT}{_LABEL}){{0,3}}
    {_AT}
    [\w\-]{{1,63}}(?:{_DOT}[\w\-]{{1,63}}){{0,3}}
    {_DOT}(?:nl|com|net|org|eu|be|de|info|frl|io|email)(?!\w)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _find_emails(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for pattern in (_EMAIL_RE, _OBFUSCATED_EMAIL_RE):
        for match in pattern.finditer(view):
            yield Kind.EMAIL, match.start(), match.end()


# --- Telephone ----------------------------------------------------------------------

_PHONE_SEP = r"(?:[ ]?[\-./][ ]?|[ ]|\)[ ]?)"
# "(010) 1234567": the bracket belongs to the number only when it closes after the
# area code, so "(0612345678)" keeps its own brackets.
_AREA_BRACKET = r"(?:\((?=[0-9]{1,4}\)))?"
_PHONE_RE = re.compile(
    rf"""
    (?<![0-9+])
    (?:
        # National: 0 and nine more digits. Service numbers (0800, 090x) have eight or
        # eleven digits, so they stay by construction. A date ("06-03-1985 12:00") or an
        # opening time ("08.30 - 12.30") is no phone number.
        {_AREA_BRACKET}
        (?![0-9]{{1,2}}[\-/.][0-9]{{1,2}}[\-/.](?:19|20)[0-9]{{2}}(?![0-9]))
        (?![0-9]{{2}}\.[0-9]{{2}}(?:[ ]?-|[ ]?uur|[ ]tot))
        0[1-9](?:{_PHONE_SEP}?[0-9]){{8}}
      | # +31 / 0031, with the "(0)" or "0" that people keep writing
        (?:\+|00)[ ]?31[ ]?-?[ ]?(?:\(0\)[ ]?|0[ ]?-?[ ]?)?
        {_AREA_BRACKET}[1-9](?:{_PHONE_SEP}?[0-9]){{8}}
      | # Any other country: a foreign number is just as personal
        (?:\+|00)[ ]?(?!31)[1-9][0-9]{{0,2}}(?:{_PHONE_SEP}?[0-9]){{6,12}}
    )
    (?![0-9])
    """,
    re.VERBOSE,
)


def _find_phones(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for match in _PHONE_RE.finditer(view):
        yield Kind.PHONE, match.start(), match.end()


# --- Postcodes and addresses ----------------------------------------------------------

# Two letters after a four-digit number that are more often a word ("in 2026 de"),
# a unit ("1500 kg") or an abbreviation ("2025 EU") than postcode letters.
_LOOKALIKE_WORDS = frozenset({
    "de", "en", "in", "op", "te", "om", "is", "er", "al", "na", "zo", "ik", "je", "we",
    "ze", "uw", "nu", "of", "ja", "af", "ex", "ca", "nr", "pp",
})  # fmt: skip
_LOOKALIKE_UNITS = frozenset({
    "am", "pm", "bv", "nv", "eu", "nl", "vs", "uk", "id", "ov", "tv", "pc", "ww", "kg",
    "km", "cm", "mm", "ml", "mb", "gb", "kb", "kw", "mw", "pk", "ha", "cc",
})  # fmt: skip
_LOOKALIKES = _LOOKALIKE_WORDS | _LOOKALIKE_UNITS
_POSTCODE = (
    r"(?P<pc_digits>[1-9][0-9]{3})(?P<pc_space>[ ]?)(?!sa|sd|ss)(?P<pc_letters>[a-z]{2})(?![a-z])"
)
# A house number is never followed by a decimal part or "%" ("12,5", "10 %").
_HOUSE_NUMBER = r"""
    (?P<house>[1-9][0-9]{0,4})
    (?:[ ]?-[ ]?[0-9]{1,4}|[ ]?-?[ ]?(?:hs|bis|bg|zw|rd|[a-z])(?![a-z]))?
    (?![0-9]|[.,][0-9]{1,2}(?![0-9])|[ ]?%)
"""
_POSTCODE_RE = re.compile(rf"(?<![0-9a-z]){_POSTCODE}(?![0-9])", re.IGNORECASE)
_POSTCODE_HOUSE_NUMBER_RE = re.compile(
    rf"""
    (?<![0-9a-z]){_POSTCODE}
    (?:[ ]*[,\-]?[ ]*(?:(?:nr|no)\.?[ ]*|(?:huis)?nummer[ ]+)?)
    {_HOUSE_NUMBER}
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "Meerdervoort 12, 1234 AB": house number first. Only with the comma, or every
# "2026 2027 ab" would read as an address.
_HOUSE_NUMBER_POSTCODE_RE = re.compile(
    rf"""
    (?<![0-9a-z.,])(?P<house>[1-9][0-9]{{0,4}})[a-z]?(?:-[0-9]{{1,4}})?
    [ ]*,[ ]*{_POSTCODE}(?![0-9])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad",
    "steeg", "dreef", "park", "plantsoen", "markt", "wal", "haven", "boulevard", "allee",
    "baan", "hoven", "kwartier", "burcht", "brink",
)  # fmt: skip
# Ordinary words that happen to end in a street suffix.
_NOT_STREETS = frozenset({"onderweg", "gaandeweg", "halfweg", "loopbaan", "gerechtshof"})
_NAME_WORD = r"[^\W\d_]{2,40}"
_STREET_TAIL = rf"""
    [ ]+(?:(?:nr|no)\.?[ ]*|(?:huis)?nummer[ ]+)?
    (?P<number>{_HOUSE_NUMBER})
    (?:[ ]*,?[ ]*(?P<pc>{_POSTCODE})(?![0-9]))?
"""
_STREET_RE = re.compile(
    rf"(?<!\w)(?P<street>{_NAME_WORD}(?:-[^\W\d_]{{1,40}}){{0,4}}){_STREET_TAIL}",
    re.VERBOSE | re.IGNORECASE,
)
# Streets named the other way round: "Laan van Meerdervoort 12", "Plein 't Zand 3".
_LEADING_STREET_RE = re.compile(
    rf"""
    (?<!\w)(?:laan|plein|kade|singel|dreef|gracht|hof|dijk)
    [ ]+(?:(?:van|der|de|den|het|ten|ter|op|aan|'t)[ ]+){{1,3}}
    {_NAME_WORD}(?:[ \-]{_NAME_WORD})?
    {_STREET_TAIL}
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _looks_like_postcode(match: re.Match[str], *, with_house_number: bool) -> bool:
    letters = match.group("pc_letters")
    if not match.group("pc_space") or letters.lower() not in _LOOKALIKES:
        return True
    if not with_house_number:
        # Alone, "1500 KM" or "2026 DE" is more likely a distance or a year; a bare
        # postcode is the least identifying kind, so this is where we give way.
        return False
    if letters.isupper():
        return True  # "1234 DE 12" in capitals is typed as a postcode
    # "3511 de 12" is an address, but "afvalkalender 2026 en 2027", "tussen 3000 en 4000",
    # "bel 020 123 4567 of 3 keer" and "1500 km 3 keer" are not: lower-case units never
    # count, words only after four digits that are no year and no tail of a longer
    # number, and before a house number of at most three digits.
    year_like = 1900 <= int(match.group("pc_digits")) <= 2099
    before = match.string[max(0, match.start("pc_digits") - 2) : match.start("pc_digits")]
    tail_of_number = re.search(r"[0-9][ .\-]?$", before) is not None
    short_house_number = len(match.group("house")) <= 3
    return (
        letters.lower() in _LOOKALIKE_WORDS
        and not year_like
        and not tail_of_number
        and short_house_number
    )


def _find_addresses(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for match in _candidates(_POSTCODE_RE, view):
        if _looks_like_postcode(match, with_house_number=False):
            yield Kind.POSTCODE, match.start(), match.end()
    for match in _candidates(_POSTCODE_HOUSE_NUMBER_RE, view):
        if _looks_like_postcode(match, with_house_number=True):
            yield Kind.POSTCODE_HOUSE_NUMBER, match.start(), match.end()
    for match in _candidates(_HOUSE_NUMBER_POSTCODE_RE, view):
        if _looks_like_postcode(match, with_house_number=True):
            yield Kind.POSTCODE_HOUSE_NUMBER, match.start(), match.end()
    for match in _candidates(_STREET_RE, view):
        street = match.group("street").lower()
        last_part = street.rsplit("-", 1)[-1]
        suffix = next((s for s in _STREET_SUFFIXES if last_part.endswith(s)), None)
        # "weg 12" is no street, "Noordweg 12" is; the stem must be a real word part.
        if suffix and len(street) >= len(suffix) + 2 and street not in _NOT_STREETS:
            yield _street_match(match)
    for match in _LEADING_STREET_RE.finditer(view):
        yield _street_match(match)


def _street_match(match: re.Match[str]) -> tuple[Kind, int, int]:
    if match.group("pc") and _looks_like_postcode(match, with_house_number=True):
        return Kind.POSTCODE_HOUSE_NUMBER, match.start(), match.end()
    return Kind.ADDRESS, match.start(), match.end("number")


# --- IBAN ---------------------------------------------------------------------------

# Lengths from the SWIFT IBAN registry, for the countries people here bank with most.
_IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "PL": 28,
    "PT": 25, "LU": 20, "AT": 20, "CH": 21, "IE": 22, "DK": 18, "SE": 24, "NO": 15,
    "FI": 18, "TR": 26, "RO": 24, "BG": 22, "HU": 28, "CZ": 24, "SK": 24, "GR": 27,
    "HR": 21, "SI": 19, "LT": 20, "LV": 21, "EE": 20, "MT": 31, "CY": 28, "IS": 26,
    "LI": 21, "MA": 28, "SA": 24, "AE": 23, "UA": 29, "SR": 28,
}  # fmt: skip
_IBAN_RE = re.compile(
    r"(?<![0-9a-z])(?=([a-z]{2}[0-9]{2}(?:[ \-]?[0-9a-z]){10,30}))", re.IGNORECASE
)
# The shape of a Dutch IBAN is so specific that with a wrong check digit, or a digit
# too many or too few, it is still someone's account number.
_DUTCH_IBAN_SHAPE_RE = re.compile(
    r"(?<![0-9a-z])nl[0-9]{2}(?:[ \-]?[a-z]){4}(?:[ \-]?[0-9]){9,11}(?![0-9a-z])",
    re.IGNORECASE,
)


def _passes_mod97(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _grouped_in_fours(candidate: str) -> bool:
    """No separator, or separators only after every fourth letter or digit."""
    seen = 0
    for char in candidate:
        if char.isalnum():
            seen += 1
        elif seen % 4:
            return False
    return True


def _find_ibans(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for match in _IBAN_RE.finditer(view):
        candidate = match.group(1)
        # Offsets of the alphanumeric characters, so a cut after n of them maps back.
        positions = [i for i, char in enumerate(candidate) if char.isalnum()]
        compact = "".join(candidate[i] for i in positions).upper()
        country = compact[:2]
        known = country in _IBAN_LENGTHS
        lengths = [_IBAN_LENGTHS[country]] if known else range(len(compact), 14, -1)
        for length in lengths:
            if length > len(compact):
                continue
            end = match.start(1) + positions[length - 1] + 1
            glued = end < len(view) and view[end].isalnum()
            iban = compact[:length]
            # With its length guessed, 1 in 97 of the tries passes by chance, and ordinary
            # words ("BB000B ik bxy9sp1 at 0 punt nl") ran together into an "IBAN": such an
            # account number counts only written whole or in the printed groups of four.
            if not known and not _grouped_in_fours(candidate[: end - match.start(1)]):
                continue
            if not glued and _passes_mod97(iban):
                yield Kind.IBAN, match.start(1), end
                break
    for match in _DUTCH_IBAN_SHAPE_RE.finditer(view):
        yield Kind.IBAN, match.start(), match.end()


# --- Dates --------------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "febr": 2,
    "feb": 2, "maart": 3, "march": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
    "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?P<month_name>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")(?![a-z])"
_ORDINAL = r"(?:ste|de|st|nd|rd|th|e)?"
_DATE_RES = (
    # 12-03-1985, 12/3/1985, 12.03.1985, 12-03-85 (no dots with two-digit years:
    # "artikel 2.1.12" is a section number)
    re.compile(
        r"(?<![0-9])(?P<day>[0-9]{1,2})(?P<sep>[\-/.])(?P<month>[0-9]{1,2})(?P=sep)"
        r"(?:(?P<year>[0-9]{4})|(?<![.])(?P<short_year>[0-9]{2}))(?![0-9])"
    ),
    # 1985-03-12
    re.compile(
        r"(?<![0-9])(?P<year>[0-9]{4})(?P<sep>[\-/.])(?P<month>[0-9]{1,2})(?P=sep)"
        r"(?P<day>[0-9]{1,2})(?![0-9])"
    ),
    # 12 maart 1985, 3 jan. '90
    re.compile(
        rf"(?<![0-9])(?P<day>[0-9]{{1,2}}){_ORDINAL}[ ]*{_MONTH}\.?,?[ ]*"
        r"(?:(?P<year>[0-9]{4})|'(?P<short_year>[0-9]{2}))(?![0-9])",
        re.IGNORECASE,
    ),
    # March 12, 1985
    re.compile(
        rf"(?<![a-z]){_MONTH}\.?[ ]+(?P<day>[0-9]{{1,2}}){_ORDINAL},?[ ]+"
        r"(?P<year>[0-9]{4})(?![0-9])",
        re.IGNORECASE,
    ),
)
# Right after a birth keyword even a day and month without a year identify someone.
_BIRTH_DAY_MONTH_RE = re.compile(
    rf"""
    \b(?:geboren|geb|geboortedatum|geboortedag|verjaardag|jarig|born|date[ ]of[ ]birth|dob)\b
    [^0-9\n]{{0,25}}?
    (?P<day_month>
        [0-9]{{1,2}}{_ORDINAL}[ ]*{_MONTH}\.?
      | [0-9]{{1,2}}[\-/.][0-9]{{1,2}}(?![0-9])
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _plausible_past_date(match: re.Match[str], today: datetime.date) -> bool:
    groups = match.groupdict()
    day = int(groups["day"])
    month = _MONTHS[groups["month_name"].lower()] if groups.get("month_name") else None
    month = month or int(groups["month"])
    if groups.get("year"):
        year = int(groups["year"])
    else:
        short = int(groups["short_year"])
        year = 2000 + short if 2000 + short <= today.year else 1900 + short
    if not (1 <= day <= 31 and 1 <= month <= 12 and year >= 1900):
        return False
    # Compare as tuples: a typo like 31-02-1990 is still someone's birth date.
    return (year, month, day) <= (today.year, today.month, today.day)


def _find_dates(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for pattern in _DATE_RES:
        for match in _candidates(pattern, view):
            if _plausible_past_date(match, today):
                yield Kind.DATE_OF_BIRTH, match.start(), match.end()
    for match in _BIRTH_DAY_MONTH_RE.finditer(view):
        yield Kind.DATE_OF_BIRTH, match.start("day_month"), match.end("day_month")


# --- Kenteken -----------------------------------------------------------------------

# RDW side codes; X is a letter, 9 a digit.
_PLATE_SIDE_CODES = (
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
    "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
)  # fmt: skip
# Letters the RDW issues on current plates: no vowels (no words), no C or Q (look like 0).
_PLATE_LETTERS = "[BDFGHJKLMNPRSTVWXZ]"


def _plate_pattern(letter: str, joiner: str, side_codes: Iterable[str]) -> str:
    alternatives = []
    for side_code in side_codes:
        groups = side_code.split("-")
        alternatives.append(
            joiner.join(
                f"{letter if group[0] == 'X' else '[0-9]'}{{{len(group)}}}" for group in groups
            )
        )
    return "(?:" + "|".join(alternatives) + ")"


# Without dashes "1234AB" is a postcode rather than side code 99-99-XX; postcodes
# never start with 0, so "0123BB" is left to the plates.
_UNDASHED_SIDE_CODES = tuple(code for code in _PLATE_SIDE_CODES if code != "99-99-XX")
_UNDASHED_PLATE = (
    f"(?:{_plate_pattern(_PLATE_LETTERS, '', _UNDASHED_SIDE_CODES)}"
    f"|0[0-9]{{3}}{_PLATE_LETTERS}{{2}})"
)
_PLATE_RES = (
    re.compile(
        rf"(?<![0-9a-z\-]){_plate_pattern('[A-Z]', '-', _PLATE_SIDE_CODES)}"
        r"(?![0-9a-z]|-[0-9a-z])",
        re.IGNORECASE,
    ),
    re.compile(rf"(?<![0-9a-z]){_UNDASHED_PLATE}(?![0-9a-z])", re.IGNORECASE),
    re.compile(
        rf"(?<![0-9A-Za-z]){_plate_pattern(_PLATE_LETTERS, ' ', _PLATE_SIDE_CODES)}"
        r"(?![0-9A-Za-z])"
    ),
)


def _find_licence_plates(view: str, today: datetime.date) -> Iterator[tuple[Kind, int, int]]:
    for pattern in _PLATE_RES:
        for match in pattern.finditer(view):
            yield Kind.LICENCE_PLATE, match.start(), match.end()


# (detector, needs a digit): e-mail is the only kind that can do without one.
_DETECTORS = (
    (_find_ibans, True),
    (_find_emails, False),
    (_find_bsns, True),
    (_find_phones, True),
    (_find_addresses, True),
    (_find_dates, True),
    (_find_licence_plates, True),
)
