"""Recognising what a chat message is, apart from a question: pure functions over strings.

A message can be a greeting, thanks, a request for a person, or a follow-up on the previous
answer ("en wat kost dat?"). Greetings and thanks are also stripped from the front of a
question ("Hallo, ik ben mijn paspoort kwijt") so they do not pollute the search.
"""

import itertools
import re
from enum import StrEnum

from search.understanding import is_noise, normalise


class Intent(StrEnum):
    QUESTION = "question"
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    PERSON = "person"
    NO_WORDS = "no_words"  # only emoji, punctuation, symbols or noise ("yyyyyyyy")
    # "ja" / "nee" typed in reply to the previous turn ("Heeft dit antwoord u geholpen?").
    YES = "yes"
    NO = "no"
    # "help", "wat kun je": what the bot can do.
    HELP = "help"
    # "wie ben jij", "ben je een robot".
    ABOUT = "about"
    # Someone in danger or crisis (search.crisis), told by the dialogue, not by classify().
    CRISIS = "crisis"


GREETINGS = {
    "hallo", "hoi", "hey", "hai", "hee", "hi", "dag", "goedemorgen", "goedemiddag", "goedenavond",
    "goeiemorgen", "goeiemiddag", "goeienavond", "morgen", "middag", "avond", "beste", "geachte",
    "heey", "hallo daar", "goedendag", "goededag",
}  # fmt: skip
THANKS = {
    "dank", "dank je", "dank u", "dankjewel", "dankuwel", "dank je wel", "dank u wel", "bedankt",
    "thanks", "thx", "top", "super", "prima", "fijn", "ok", "oke", "oké", "okay", "helder",
    "duidelijk", "mooi", "perfect", "geweldig", "heel fijn", "top bedankt", "super bedankt",
}  # fmt: skip
# Typed after an answer these rate it; after options they accept or refuse them. Longer
# sentences ("nee, ik bedoel de parkeervergunning") are questions of their own.
YESES = {
    "ja", "jawel", "ja hoor", "jazeker", "zeker", "klopt", "dat klopt", "ja klopt", "yes",
    "ja dat helpt", "ja dat hielp", "dat helpt", "dat hielp", "ja geholpen", "ja nuttig",
}  # fmt: skip
NOES = {
    "nee", "neen", "nee hoor", "nope", "no", "niet", "helaas niet", "nee helaas", "klopt niet",
    "dat klopt niet", "nee dat klopt niet", "niet nuttig", "niet geholpen", "helpt niet",
    "dat helpt niet", "nee dat helpt niet", "dat hielp niet", "nee dat hielp niet",
    "dat bedoel ik niet", "nee dat bedoel ik niet", "niet wat ik bedoel", "geen van deze",
    "geen van allen", "geen van beide", "nee geen van deze", "nee geen van allen",
}  # fmt: skip
GOODBYES = {"doei", "dag dag", "tot ziens", "fijne dag", "fijne avond", "houdoe", "later", "bye"}
# "help" alone named the answer about help finding work; it asks what the bot can do.
HELP_REQUESTS = {
    "help", "hulp", "help me", "help mij", "helpen", "hulp nodig", "ik heb hulp nodig",
    "ik heb een vraag", "ik wil iets vragen", "mag ik iets vragen", "vraag", "kunt u mij helpen",
    "kunt u me helpen", "kun je mij helpen", "kun je me helpen", "kan je me helpen",
    "wat kun je", "wat kan je", "wat kun jij", "wat kan jij", "wat kunt u",
}  # fmt: skip
# Whether a person or a program answers is a fair question, and "Daar heb ik geen goed
# antwoord op" an odd answer to it.
ABOUT_THE_BOT = {
    "wie ben jij", "wie ben je", "wie bent u", "wat ben jij", "wat ben je", "wat bent u",
    "ben jij een robot", "ben je een robot", "bent u een robot", "ben jij een bot",
    "ben je een bot", "bent u een bot", "ben jij een mens", "ben je een mens", "bent u een mens",
    "ben jij een computer", "ben je een computer", "bent u een computer",
    "praat ik met een robot", "praat ik met een mens", "praat ik met een computer",
    "is dit een robot", "is dit een bot", "is dit een mens", "ben je echt",
}  # fmt: skip
# Asking for a human being, in the words people use.
PERSON_PATTERNS = [
    r"\b(een )?(mens|persoon|medewerker|medewerkster|iemand)\b.*\b(spreken|praten|bellen|chatten)\b",
    r"\b(spreken|praten|bellen) met (een )?(mens|persoon|medewerker|iemand)\b",
    r"\b(echte|echt) (mens|persoon)\b",
    r"^(medewerker|mens|persoon|operator|klantenservice)\b",
    # "kan ik iemand spreken", but not "kan ik iemand inschrijven op mijn adres".
    r"\b(kan|mag|wil) ik (een (medewerker|medewerkster|mens|persoon)|iemand)"
    r"( (spreken|aan de lijn|aan de telefoon|krijgen|bellen))?$",
    r"^(ik )?(wil|wil graag|zou graag) (een )?(medewerker|medewerkster|mens|persoon)"
    r"( spreken| aan de lijn| aan de telefoon)?$",
    r"\bniet (met )?(een|de) (bot|robot|computer)\b",
    r"\bterugbel(len|verzoek)?\b|\bbel (me|mij) (terug|op)\b",
    # The same in English, the language people reach for after Dutch.
    r"\b(speak|talk|chat) (to|with) (a |an |real |a real )?(person|human|someone|somebody|"
    r"agent|employee|representative)\b",
    r"^(a )?(real )?(human|person|agent|employee)( please)?$",
    r"\bcall me back\b",
]
# A choice from the questions offered ("Bedoelt u een van deze vragen?"): "1", "de eerste",
# "nummer 2", "de laatste vraag". The number is 1-based; -1 is the last.
ORDINALS = {
    "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "1e": 1, "2e": 2, "3e": 3, "4e": 4, "5e": 5,
    "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5,
    "bovenste": 1, "laatste": -1, "onderste": -1,
    "first": 1, "second": 2, "third": 3, "last": -1,
}  # fmt: skip
_CHOICE = re.compile(
    r"^(?:ja |nee )?(?:de |het |die |nummer |nr |optie |vraag |keuze |the )?(?P<ordinal>\S+)"
    r"(?: (?:vraag|optie|antwoord|keuze|graag|one|option|question))?(?: graag| alstublieft)?$"
)
# Short follow-ups that only make sense with the previous answer as topic.
FOLLOW_UP_PATTERNS = [
    r"^(en|maar|ook)\b",
    r"\b(dat|dit|het|die|deze|daarvoor|daarvan|ervoor|erbij|ermee|daar)\b",
]
FOLLOW_UP_MAX_WORDS = 8
_PERSON = [re.compile(pattern) for pattern in PERSON_PATTERNS]
_FOLLOW_UP = [re.compile(pattern) for pattern in FOLLOW_UP_PATTERNS]
_LEADING = sorted(GREETINGS | THANKS, key=len, reverse=True)


def _clean(message: str) -> str:
    return normalise(message, max_length=1000)


def strip_pleasantries(message: str) -> str:
    """The message without greetings or thanks at the start ("Hallo, ik ..." -> "ik ...")."""
    return _without_leading_pleasantries(_clean(message))


def _without_leading_pleasantries(text: str) -> str:
    """`text` (cleaned) without the greetings and thanks it starts with."""
    changed = True
    while changed and text:
        changed = False
        for phrase in _LEADING:
            if text == phrase or text.startswith(phrase + " "):
                text = text[len(phrase) :].strip()
                changed = True
                break
    return text


# Where a word of a message ends: each is a place the message can be cut after its greeting.
_WORD_END = re.compile(r"\w\b")


def question_text(message: str) -> str:
    """The message as typed, without greetings or thanks at the start: "Goedemiddag, mijn
    dochter gaat ..." -> "mijn dochter gaat ...".

    Search reads the question as the citizen wrote it, with its capitals and punctuation, as
    it reads the search box: the meaning of "Marokko" or of a sentence ending in "?" is not
    that of "marokko" in one run-on line, and the chat judged the cleaned line differently
    from the website judging the same question.
    """
    cleaned = _clean(message)
    question = _without_leading_pleasantries(cleaned)
    if question == cleaned:
        return message.strip()
    # The cut lies after as many words as the greeting has, give or take one a hyphen or an
    # apostrophe splits; only those few are tried, not every word of a long message.
    greeting_words = len(cleaned.split()) - len(question.split())
    word_ends = list(itertools.islice(_WORD_END.finditer(message), greeting_words + 2))
    for word_end in word_ends[max(greeting_words - 3, 0) :]:
        rest = message[word_end.end() :]
        if _clean(rest) == question:
            return rest.lstrip(" \t\r\n,.;:!?-–—").strip()
    # Characters the cleaning drops or changes around the greeting: the cleaned question.
    return question


def classify(message: str) -> Intent:
    """What the message is, when it is not simply a question."""
    text = _clean(message)
    words = text.split()
    if not words or all(is_noise(word) for word in words):
        return Intent.NO_WORDS
    if len(words) >= 3 and len(set(words)) == 1:
        # One word typed over and over ("kankerzooi kankerzooi kankerzooi") asks nothing,
        # unless the word says something itself: "help help help", "hallo hallo hallo".
        said = classify(words[0])
        return Intent.NO_WORDS if said == Intent.QUESTION else said
    if any(pattern.search(text) for pattern in _PERSON):
        return Intent.PERSON
    if text in GREETINGS:
        return Intent.GREETING
    if text in GOODBYES:
        return Intent.GOODBYE
    if text in YESES:
        return Intent.YES
    if text in NOES:
        return Intent.NO
    if text in ABOUT_THE_BOT:
        return Intent.ABOUT
    first, _space, after = text.partition(" ")
    if first in ("ja", "nee") and after in THANKS:
        # "ja, bedankt" rates the answer; "nee, dank u" declines another question.
        return Intent.YES if first == "ja" else Intent.GOODBYE
    rest = strip_pleasantries(message)
    if not rest:
        # Only pleasantries: "hallo" is a greeting, "super bedankt" is thanks.
        return Intent.GREETING if text.split()[0] in GREETINGS else Intent.THANKS
    if rest in GOODBYES:
        return Intent.GOODBYE
    if rest in HELP_REQUESTS:
        return Intent.HELP
    if rest in ABOUT_THE_BOT:
        return Intent.ABOUT
    return Intent.QUESTION


def is_follow_up(message: str) -> bool:
    """A short message that leans on the previous answer: "en wat kost dat?", "hoe lang duurt het"."""
    text = strip_pleasantries(message)
    words = text.split()
    return 0 < len(words) <= FOLLOW_UP_MAX_WORDS and any(
        pattern.search(text) for pattern in _FOLLOW_UP
    )


def chosen_option(message: str) -> int | None:
    """The option a message picks from a list just offered (1-based; -1 for the last), or
    None when it picks none: "de eerste" is a choice only right after "Bedoelt u ...?"."""
    match = _CHOICE.match(_clean(message))
    return ORDINALS.get(match["ordinal"]) if match else None
