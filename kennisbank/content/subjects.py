"""What an answer is about, for the A-Z list: "paspoort", not "Hoe" (pure functions).

46 of 119 demo questions start with "Hoe": sorted by their first word they all sat under H.
An answer is listed under the keyword its question mentions first, else the question's rarest
word that is not a question word, a pronoun, a common verb or what people ask about any subject
("kost", "duurt"); and also under its UPL name when it has another one.
"""

import re

from wordfreq import zipf_frequency

# Words a citizen's question starts or goes on with that never name its subject.
NOT_A_SUBJECT = frozenset({
    "hoe", "wat", "wanneer", "waar", "waarom", "welke", "welk", "wie", "hoeveel", "hoelang", "kan",
    "kun", "kunnen", "mag", "mogen", "moet", "moeten", "wil", "willen", "ik", "mijn", "me", "mij",
    "je", "jij", "u", "uw", "we", "wij", "ons", "onze", "zij", "ze", "hun", "hij", "haar", "het",
    "de", "een", "er", "is", "zijn", "ben", "was", "wordt", "worden", "heb", "heeft", "hebben",
    "doe", "doet", "doen", "krijg", "krijgt", "krijgen", "vraag", "vraagt", "vragen", "geef",
    "geeft", "regel", "regelt", "regelen", "maak", "maakt", "meld", "meldt", "betaal", "betaalt", "vind",
    "vindt", "kom", "komt", "haal", "haalt", "stuur", "stuurt", "dien", "laat", "laten", "gaat",
    "ga", "gaan", "staat", "werkt", "iemand", "iets", "nog", "niet", "geen", "al", "ook", "voor",
    "van", "aan", "in", "op", "om", "met", "bij", "naar", "over", "uit", "tot", "tegen", "als",
    "dan", "die", "dat", "dit", "deze", "mee", "te", "zonder", "nodig", "verleng", "erken", "word",
    "andere", "anders", "ander",
    "kost", "kosten", "prijs", "tarief", "tarieven", "duurt", "lang", "snel", "spoed", "verschil",
    # What happened to a thing, or what is done with it: a keyword, never a heading.
    "kapot", "kwijt", "ophalen", "niet geleegd", "aanmelden", "afmelden",
})  # fmt: skip
WORD = re.compile(r"[\w-]+", re.UNICODE)


def question_subject(question: str) -> str:
    """The question's rarest word that can name a subject: "Is er hulp bij hoge energiekosten?"
    is about "energiekosten", not "hulp"; "Wat mag er in de groene container?" about the
    container, not "groene". Rare words are what a question is about; frequent ones ("hulp",
    "nieuwe", "kapot") are said of anything."""
    words = WORD.findall(question)
    lowered = [word.lower() for word in words]
    candidates = [
        word.lower()
        for word in words
        # Two letters only for an abbreviation ("WW", "ID"): "en" and "of" name nothing.
        if (len(word) > 2 or word.isupper() and len(word) == 2)
        and word.lower() not in NOT_A_SUBJECT
        and not word.isdigit()
    ]
    # The word before "ik" or "u" ("Hoe beëindig ik …"), and the last word of a clause such as
    # "… als ik samenwoon?", is a verb, and a rare form of one is rarer than any noun: those
    # answers were under "Beëindig" and "Samenwoon". (After "ik" elsewhere comes what it is
    # about: "Mag ik vuurwerk afsteken?", "Tot welke leeftijd krijg ik kinderbijslag?")
    verbs = {
        lowered[position - 1]
        for position, word in enumerate(lowered)
        if word in PERSONS and position
    }
    if len(lowered) > 2 and lowered[-2] in PERSONS and lowered[-3] in SUBORDINATORS:
        verbs.add(lowered[-1])
    if lowered and lowered[-1].endswith("en") and MODALS.intersection(lowered):
        # "Mag ik vuurwerk afsteken?": the infinitive that ends it, after "mag", "moet", "kan".
        verbs.add(lowered[-1])
    candidates = [word for word in candidates if word not in verbs] or candidates
    if candidates:
        # On equal frequency the first: min keeps the earliest.
        return min(candidates, key=lambda word: zipf_frequency(word, "nl"))
    return question.strip().split(" ")[0].lower() if question.strip() else ""


PERSONS = frozenset({"ik", "u", "je", "jij", "we", "wij", "hij", "zij", "ze"})
SUBORDINATORS = frozenset({"als", "wanneer", "of", "dat", "omdat", "zodat", "zodra", "nadat"})
MODALS = frozenset({"mag", "moet", "kan", "kun", "wil", "ga", "gaat", "mogen", "moeten", "kunnen"})


def answer_subjects(question: str, upl_label: str = "", keywords=(), casing=None) -> list[str]:
    """The subjects an answer is listed under: the citizen's word for it ("milieustraat",
    "paspoort"), and its national product name (UPL) when that is another ("afvalinzamelstation",
    as the overheid.nl catalogue and some staff call it). Listed under the UPL name alone, the
    milieustraat was under A and "Woo" under V of "verzoek overheidsinformatie". Lower case
    except abbreviations written with capitals in the question or in `casing` (casing_of)."""
    casing = {**(casing or {}), **casing_of(question)}
    product = upl_label.strip().lower()
    named = _named_keywords(question, keywords)
    if not product:
        subjects = named or [question_subject(question)]
    elif not named:
        # Without a keyword the question names, its rarest word is a guess ("strooit",
        # "onverwachte") where the product name is not.
        subjects = [product]
    elif any(word in product for word in named):
        # "afvalinzameling grofvuil" is found as well under "grofvuil" alone.
        subjects = named
    else:
        subjects = [*named, product]
    return [with_casing(subject, casing) for subject in subjects]


# An answer is listed under at most this many of the keywords its question names: "Wat kost
# een paspoort of ID-kaart?" under both, where "ID-kaart" listed only "Hoe vraag ik een
# ID-kaart aan?".
MAX_NAMED_KEYWORDS = 2


def _named_keywords(question: str, keywords) -> list[str]:
    """The keywords (words or phrases) the question names, in the order it names them.

    "Hoe vraag ik een paspoort aan voor mijn kind?" is first about the passport, while its
    keywords in alphabetical order put "kind" first; "groene container" is named as a phrase,
    and then not also as "container"."""
    text = question.lower()
    mentioned = []
    for keyword in keywords:
        keyword = keyword.lower().strip()
        if not keyword or keyword in NOT_A_SUBJECT:
            continue
        if match := re.search(rf"(?<![\w-]){re.escape(keyword)}(?![\w-])", text):
            # At the same place the longer phrase first ("groene container").
            mentioned.append((match.start(), -len(keyword), keyword))
    named = []
    for _start, _length, keyword in sorted(mentioned):
        if not any(keyword in longer for longer in named):
            named.append(keyword)
    return named[:MAX_NAMED_KEYWORDS]


def casing_of(text: str) -> dict[str, str]:
    """{lower case: as written} of the words `text` writes with capitals after their first
    letter ("DigiD", "BRP", "ID"): an abbreviation or a name; not a question typed in capitals."""
    return {
        part.lower(): part
        for part in re.findall(r"\w+", text)
        if any(char.isupper() for char in part[1:]) and not (part.isupper() and len(part) > 4)
    }


def with_casing(subject: str, casing: dict[str, str]) -> str:
    """`subject` with each part written as in `casing`: "Digid" and "Brp-uittreksel" read as
    typos."""
    return re.sub(r"\w+", lambda match: casing.get(match.group(), match.group()), subject)


def group_by_subject(items, key=str.lower):
    """[(letter, [(subject, [item, ...]), ...]), ...] from (subject, item) pairs, sorted by
    letter, subject and the items' order; subjects not starting with a letter go under "#".
    Subjects of one letter with the same `key` (by default: that differ only in case) are one
    subject, shown as it came first, each item once."""
    letters: dict[str, dict[str, tuple[str, list]]] = {}
    for subject, item in items:
        letter = subject[:1].upper()
        letter = letter if letter.isalpha() else "#"
        listed = letters.setdefault(letter, {}).setdefault(key(subject), (subject, []))[1]
        if item not in listed:
            listed.append(item)
    return [
        (letter, sorted(subjects.values(), key=lambda pair: pair[0].lower()))
        for letter, subjects in sorted(letters.items(), key=lambda pair: (pair[0] == "#", pair[0]))
    ]


# How two subjects are one ("Identiteitskaart" is "ID-kaart", side by side under I): the search
# app knows the synonyms and registers it (search.apps); kennisbank may not import search.
_subject_keys: list = []


def register_subject_key(factory):
    """`factory()` gives, for one A-Z list, a function from a subject to the key it is grouped
    under."""
    _subject_keys[:] = [factory]


def subject_key():
    return _subject_keys[0]() if _subject_keys else str.lower
