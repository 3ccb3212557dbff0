"""Personal names in free text, for search.scrubbing. Pure Python, no Django imports.

Names cannot be recognised with certainty, so only where the text itself says a name follows,
or where a common Dutch given name is followed by what reads as a surname:

- a title or form of address: "dhr.", "mevr.", "mw.", "hr.", "meneer", "mevrouw", "de heer",
  followed by initials, a given name and/or a surname ("mevr. Jansen", "dhr. J.P. de Vries");
- a phrase that introduces a name: "mijn naam is", "ik heet", "naam:", "klant", "cliënt",
  "inwoner", "beller" ("Klant Jan de Vries", "naam: fatima el amrani");
- one of the most common given names in the Netherlands (our own list below), capitalised,
  followed by a capitalised word or a surname prefix and a word ("Piet Jansen", "Sanne van
  Dijk");
- in any case and anywhere, such a given name, a surname prefix and a word ("piet de vries
  hondenbelasting"), unless the word is among the most frequent Dutch words;
- in any case, such a given name and a surname after the words people introduce themselves
  with in a chat or on the phone: "met", "ik ben", "groeten", "namens" ("hallo met jan
  jansen", "ik ben sanne van dijk"). A chat is typed in lower case as often as not. The word
  taken for the surname must not be among the most frequent Dutch words ("met anna gaan
  zwemmen", "met ton van de gemeente"): common surnames are about as frequent as "verhuizen"
  (Zipf 4.0-4.3: "jansen", "bakker"), everyday words far more; after a prefix ("de jong",
  "de wit") only the most frequent words are out.

What is kept, because it points at no one: street, square and building names ("Willem de
Zwijgerlaan", "Anna Paulownaplein": the last word ends in a street suffix), given names on their
own ("Vraag het aan Kim"), and capitalised words after a given name that are ordinary Dutch
words at the start of a sentence ("Jan Vraagt" is rare; "Emma Heeft" rarer). The false positives
on the answers' own text are measured by benchmarks/scrubbing_names.py.
"""

import re
from collections.abc import Iterator

from wordfreq import zipf_frequency

# Common given names in the Netherlands, men's and women's, Dutch and of the largest
# communities; written for this project (lower case, compared case-insensitively).
_GIVEN_NAMES_TEXT = """
    aaron abdel abdelkader abdul abdullah adam adriaan ahmed aisha albert alexander ali
    alice amber amina amir amy ana andré andrea angela anita anja anke ann anna anne
    annemarie annie anouk anton antonie arie arjan arjen arnold astrid ayoub bart bas
    bastiaan bea ben bernard bert bianca bilal bob bram brenda britt bruno carla carlos
    caroline cas casper cees charlotte chris christiaan christina cindy claire clara corné
    cornelis daan dani daniel daniëlle david debora dennis dewi dick dirk dominique dora
    douwe dylan edith eduard eef el elif elisa elise ella ellen els emily emma eric erik
    esmee esther eva evelien evert fatima fatma femke finn fleur floor floris frank frans
    fred freek frits gerard gerrit gert gijs gina hamza hannah hans harm harry hasan hassan
    hein hendrik henk henri herman hidde hilde hugo ibrahim ilse imane inge ingrid iris isa
    isabel ivo jaap jacob jacqueline jamal jan janine jannie jasper jeroen jesse jessica
    joep johan johanna john jolanda joost jop jordy jorien jos jose joyce judith julia
    julian justin kaan karin kees kevin khadija kim klaas koen kristel lars laura lea lieke
    lien lieve lisa lisanne liam lotte louise lucas luuk maarten manon marco marcel margreet
    maria marian marieke marijke marina mario mark marloes martijn martin mary mees mehmet
    melissa merel michel michiel mila milan mirjam mohamed mohammed monique mustafa myrthe
    nadia naima nathalie nicole niels nienke nina noah noor nora olaf olivia omar paul paula
    peter petra piet pieter priya rachid rachel ramon rick rik rina rob robin roel rogier
    ronald rosa rosalie roy ruben rutger ruud saar sam samira sander sandra sanne sara sarah
    sem senna simone sofie sophie stefan stephanie sven teun theo thijs thomas tim tom ton
    tessa tijn tygo vera victor vincent wendy willem wim wouter yara yasmina yusuf yvonne
    zeynep
"""
GIVEN_NAMES = frozenset(_GIVEN_NAMES_TEXT.split())
SURNAME_PREFIXES = (
    "van der", "van den", "van de", "in 't", "op de", "van 't", "van", "de", "der", "den",
    "ter", "ten", "te", "el", "al", "ben", "da", "di", "le", "la", "du", "'t",
)  # fmt: skip
STREET_SUFFIXES = (
    "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "hof", "pad",
    "steeg", "dreef", "park", "plantsoen", "markt", "wal", "haven", "boulevard", "allee",
    "school", "college", "ziekenhuis", "kerk", "huis", "zaal", "centrum", "brug", "bos",
)  # fmt: skip
# Words that may follow a title or an introducing phrase but are not a name; the kinds of
# personal data are among them, so "Klant BSN 111222333" is [BSN], not a name "BSN".
_NOT_A_NAME_TEXT = """
    ik u je jij we wij hij zij ze men het dit deze
    is was wil wilt heeft had heb kan kon moet mag zegt vraagt belt belde zei komt kwam en
    of die dat de het een er niet ook nog al wel graag dan om voor met over naar van aan bij
    in op uit zijn haar hun mijn uw onbekend anoniem wilde gaat ging
    naast tegenover boven onder achter hiernaast verderop hier daar
    bsn iban e-mail email mail telefoon telefoonnummer tel mobiel nummer adres postcode
    geboortedatum kenteken
"""
NOT_A_NAME = frozenset(_NOT_A_NAME_TEXT.split())

_WORD = r"[^\W\d_][^\W\d_'-]*(?:-[^\W\d_]+)*"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_PREFIX = "|".join(re.escape(prefix) for prefix in SURNAME_PREFIXES)
_TITLE = r"(?:dhr|mevr|mw)\.?|(?:hr|mr|drs|dr|ir|ing)\.|meneer|mevrouw|de\s+heer|heer"
# Phrases that say a name follows: then it may be in lower case ("naam: jan de vries").
_INTRO = r"mijn\s+naam\s+is|ik\s+heet|(?:naam|klant|cli[eë]nt|inwoner|beller|aanvrager)\s*:"
# Words that are followed by a name only sometimes ("Klant Jan de Vries", but "klant vindt het
# te duur"): then the name must be capitalised.
_MAYBE_INTRO = r"klant|cli[eë]nt|inwoner|beller|aanvrager"
# After a title: initials, prefixes and a surname in any case ("mevrouw jansen"), and a second
# name only when it is capitalised ("meneer Jan Jansen", not "mevrouw de Groot gesproken").
# Not right after a number: "00 00 DR. paspoort" is a spaced licence plate, not a doctor.
_NAME_AFTER_TITLE = re.compile(
    rf"(?<![\w-])(?<!\d\s)(?:{_TITLE})\s+"
    rf"((?:{_INITIALS})?(?:(?:{_PREFIX})\s+)*{_WORD}(?:\s+(?:(?:{_PREFIX})\s+)*(?-i:[A-Z]){_WORD})?)",
    re.IGNORECASE,
)
# After a phrase that introduces a name: up to three words in any case ("naam: jan de vries").
_NAME_AFTER_INTRO = re.compile(
    rf"(?<![\w-])(?:{_INTRO})\s+"
    rf"((?:{_INITIALS})?(?:(?:{_PREFIX})\s+)*{_WORD}(?:\s+(?:(?:{_PREFIX})\s+)*{_WORD})?)",
    re.IGNORECASE,
)
_NAME_AFTER_MAYBE_INTRO = re.compile(
    rf"(?<![\w-])(?i:{_MAYBE_INTRO})\s+"
    rf"((?:{_INITIALS})?(?:(?i:{_PREFIX})\s+)*[A-Z]{_WORD}(?:\s+(?:(?i:{_PREFIX})\s+)*[A-Z]{_WORD})?)"
)
# A given name, capitalised, then a surname: capitalised, or after a prefix.
_GIVEN_THEN_SURNAME = re.compile(
    rf"\b([A-Z][a-zà-ÿ]+)\s+((?:(?i:{_PREFIX})\s+)+{_WORD}|[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
)

# Words people introduce themselves with, in any case ("hallo met jan jansen"), and how frequent
# in Dutch (Zipf) the word after the given name may be for a surname, with and without a prefix.
SURNAME_MAX_ZIPF = 4.3
PREFIXED_SURNAME_MAX_ZIPF = 5.2
_GREETING = r"met|ik\s+ben|groet(?:en|jes)?,?|namens"
_NAME_AFTER_GREETING = re.compile(
    rf"(?<![\w-])(?:{_GREETING})\s+([^\W\d_]+)\s+((?:(?:{_PREFIX})\s+)*)({_WORD})",
    re.IGNORECASE,
)
# A given name, a surname prefix and a surname, in any case and anywhere: "piet de vries
# hondenbelasting" was kept as typed and listed under Populair and on the KCC's start screen.
# The prefix makes it a name; without one, "mark" or "roos" are words too often.
_GIVEN_PREFIX_SURNAME = re.compile(
    rf"(?<![\w-])([^\W\d_]+)\s+((?:(?:{_PREFIX})\s+)+)({_WORD})", re.IGNORECASE
)


def _is_street_or_place(word: str) -> bool:
    """ "Zwijgerlaan", "Paulownaplein"; not the surnames "Dijk", "Hof" or "Weg" themselves."""
    lower = word.lower()
    return any(lower.endswith(suffix) and len(lower) > len(suffix) for suffix in STREET_SUFFIXES)


def _trim_name(text: str) -> int:
    """How much of `text` (the words after a cue) is the name: stop at a word that is no name."""
    end = 0
    for match in re.finditer(r"\S+", text):
        word = match.group().strip(".,;:!?")
        if word.lower() in NOT_A_NAME and word.lower() not in SURNAME_PREFIXES:
            break
        end = match.start() + len(match.group().rstrip(".,;:!?"))
    return end


def find_names(view: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every name found in `view`."""
    for pattern in (_NAME_AFTER_TITLE, _NAME_AFTER_INTRO, _NAME_AFTER_MAYBE_INTRO):
        for match in pattern.finditer(view):
            name = match.group(1)
            length = _trim_name(name)
            last = name[:length].split()[-1] if length else ""
            if length and not _is_street_or_place(last):
                yield match.start(1), match.start(1) + length
    for match in _GIVEN_THEN_SURNAME.finditer(view):
        given, surname = match.group(1), match.group(2)
        last = surname.split()[-1]
        if given.lower() not in GIVEN_NAMES or _is_street_or_place(last):
            continue
        if last.lower() in NOT_A_NAME:
            continue
        yield match.start(1), match.end(2)
    # A given name, a prefix and a surname anywhere; after a greeting also without a prefix.
    for pattern in (_GIVEN_PREFIX_SURNAME, _NAME_AFTER_GREETING):
        for match in pattern.finditer(view):
            given, prefixes, surname = match.groups()
            if _is_given_and_surname(given, surname, bool(prefixes.strip())):
                yield match.start(1), match.end(3)


def _is_given_and_surname(given: str, surname: str, prefixed: bool) -> bool:
    """Whether a common given name and the word after it (and a prefix) read as a name: the
    word is no everyday Dutch word (SURNAME_MAX_ZIPF; after a prefix the looser limit)."""
    lower = surname.lower()
    return (
        given.lower() in GIVEN_NAMES
        and lower not in NOT_A_NAME
        and not _is_street_or_place(surname)
        and zipf_frequency(lower, "nl")
        < (PREFIXED_SURNAME_MAX_ZIPF if prefixed else SURNAME_MAX_ZIPF)
    )
