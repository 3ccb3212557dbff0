"""What people ask about a subject, never the subject itself (pure data and functions).

"Wat kost een paspoort?" is about the passport, and "en hoe lang duurt het?" asks another of
these about it. The chatbot uses them to find a conversation's subject (search.chat.dialogue);
the judgement to see a question whose only known words are these (search.judgement).
"""

from search.understanding.stemming import stem

ASPECT_WORDS = frozenset({
    "kost", "kosten", "prijs", "tarief", "tarieven", "betaal", "betalen", "betaalt", "geld",
    "duurt", "duur", "lang", "termijn", "aanvragen", "aanvraag", "vraag", "krijgen", "krijg",
    "regelen", "regel", "doen", "nodig", "mag", "moet", "kan", "verlengen", "verleng", "ophalen",
    "haal", "halen", "open", "openingstijden", "wanneer", "waar", "hoelang", "snel", "spoed",
    "laat", "laten", "werkt", "werken", "gebruiken", "maak", "maken", "melden", "meld",
    "meenemen", "meebrengen", "neem", "nemen",
})  # fmt: skip
ASPECT_STEMS = frozenset(stem(word) for word in ASPECT_WORDS)


def is_aspect(word: str) -> bool:
    return stem(word) in ASPECT_STEMS
