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
    """The subject an answer is listed under ("paspoort", "grofvuil"), lower case except the
    abbreviations the question writes in capitals ("DigiD", "BRP-uittreksel")."""
    return with_question_casing(_subject(question, upl_label, keywords), question)


def _subject(question: str, upl_label: str, keywords) -> str:
    if upl_label.strip():
        return upl_label.strip().lower()
    words = WORD.findall(question.lower())
    # The keyword the question names first: "Hoe vraag ik een paspoort aan voor mijn kind?"
    # is about the passport, while its keywords in alphabetical order put it under "kind".
    mentioned = sorted(
        (words.index(keyword.lower()), keyword.lower())
        for keyword in keywords
        if keyword.lower() in words and keyword.lower() not in NOT_A_SUBJECT
    )
    if mentioned:
        return mentioned[0][1]
    return question_subject(question)


def with_question_casing(subject: str, question: str) -> str:
    """`subject` with each part that the question writes with capitals after its first letter
    ("DigiD", "BRP", "ID") written that way: "Digid" and "Brp-uittreksel" read as typos."""
    casing = {
        part.lower(): part
        for part in re.findall(r"\w+", question)
        # An abbreviation or a name like "DigiD"; not a question typed in capitals.
        if any(char.isupper() for char in part[1:]) and not (part.isupper() and len(part) > 4)
    }
    return re.sub(r"\w+", lambda match: casing.get(match.group(), match.group()), subject)


def group_by_subject(items):
    """[(letter, [(subject, [item, ...]), ...]), ...] from (subject, item) pairs, sorted by
    letter, subject and the items' order; subjects not starting with a letter go under "#".
    Subjects that differ only in case are one subject, shown as it came first."""
    letters: dict[str, dict[str, tuple[str, list]]] = {}
    for subject, item in items:
        letter = subject[:1].upper()
        letter = letter if letter.isalpha() else "#"
        letters.setdefault(letter, {}).setdefault(subject.lower(), (subject, []))[1].append(item)
    return [
        (letter, [subjects[key] for key in sorted(subjects)])
        for letter, subjects in sorted(letters.items(), key=lambda pair: (pair[0] == "#", pair[0]))
    ]
