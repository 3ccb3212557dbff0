"""What an answer is about, for the A-Z list: "paspoort", not "Hoe" (pure functions).

46 of 119 demo questions start with "Hoe": sorted by their first word they all sat under H.
The subject is the answer's UPL name when it has one, else the keyword its question mentions,
else the question's first word that is not a question word, a pronoun, a common verb or what
people ask about any subject ("kost", "duurt").
"""

import re

# Words a citizen's question starts or goes on with that never name its subject.
NOT_A_SUBJECT = frozenset({
    "hoe", "wat", "wanneer", "waar", "waarom", "welke", "welk", "wie", "hoeveel", "hoelang", "kan",
    "kun", "kunnen", "mag", "mogen", "moet", "moeten", "wil", "willen", "ik", "mijn", "me", "mij",
    "je", "jij", "u", "uw", "we", "wij", "ons", "onze", "zij", "ze", "hun", "hij", "haar", "het",
    "de", "een", "er", "is", "zijn", "ben", "was", "wordt", "worden", "heb", "heeft", "hebben",
    "doe", "doet", "doen", "krijg", "krijgt", "krijgen", "vraag", "vraagt", "vragen", "geef",
    "geeft", "regel", "regelt", "maak", "maakt", "meld", "meldt", "betaal", "betaalt", "vind",
    "vindt", "kom", "komt", "haal", "haalt", "stuur", "stuurt", "dien", "laat", "laten", "gaat",
    "ga", "gaan", "staat", "werkt", "iemand", "iets", "nog", "niet", "geen", "al", "ook", "voor",
    "van", "aan", "in", "op", "om", "met", "bij", "naar", "over", "uit", "tot", "tegen", "als",
    "dan", "die", "dat", "dit", "deze", "mee", "te", "zonder", "nodig", "verleng", "erken", "word",
    "andere", "anders", "ander",
    "kost", "kosten", "prijs", "tarief", "tarieven", "duurt", "lang", "snel", "spoed", "verschil",
})  # fmt: skip
WORD = re.compile(r"[\w-]+", re.UNICODE)


def question_subject(question: str) -> str:
    for word in WORD.findall(question.lower()):
        if len(word) > 2 and word not in NOT_A_SUBJECT and not word.isdigit():
            return word
    return question.strip().split(" ")[0].lower() if question.strip() else ""


def answer_subject(question: str, upl_label: str = "", keywords=()) -> str:
    """The subject an answer is listed under, lower case ("paspoort", "grofvuil")."""
    if upl_label.strip():
        return upl_label.strip().lower()
    words = set(WORD.findall(question.lower()))
    mentioned = sorted(keyword for keyword in keywords if keyword.lower() in words)
    if mentioned:
        return mentioned[0].lower()
    return question_subject(question)


def group_by_subject(items):
    """[(letter, [(subject, [item, ...]), ...]), ...] from (subject, item) pairs, sorted by
    letter, subject and the items' order; subjects not starting with a letter go under "#"."""
    letters: dict[str, dict[str, list]] = {}
    for subject, item in items:
        letter = subject[:1].upper()
        letter = letter if letter.isalpha() else "#"
        letters.setdefault(letter, {}).setdefault(subject, []).append(item)
    return [
        (letter, sorted(subjects.items()))
        for letter, subjects in sorted(letters.items(), key=lambda pair: (pair[0] == "#", pair[0]))
    ]
