"""How fast is query understanding with a realistic vocabulary?

Builds a 30,000-word vocabulary (the most frequent Dutch words from wordfreq,
municipal vocabulary, and synthetic compounds), then times ``understand()`` over
~200 queries, a tenth of them with typos, with the starter synonym list.

    cd /work/main && .venv/bin/python benchmarks/understanding_speed.py
"""

import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.synonyms_starter import STARTER_SYNONYMS  # noqa: E402
from search.understanding import SynonymIndex, Vocabulary, tokenize, understand  # noqa: E402

VOCABULARY_SIZE = 30_000
ROUNDS = 25

MUNICIPAL_WORDS = tokenize("""
paspoort identiteitskaart rijbewijs verhuizing adreswijziging uittreksel kwijtschelding
afvalstoffenheffing rioolheffing gemeentebelastingen parkeervergunning grofvuil afvalkalender
milieustraat minicontainer omgevingsvergunning bijstand participatiewet schuldhulpverlening
huwelijk geboorteaangifte overlijden naturalisatie inburgering evenementenvergunning
kapvergunning gehandicaptenparkeerkaart bewonersvergunning naheffingsaanslag parkeerboete
lantaarnpaal straatverlichting stoeptegel riolering wateroverlast zwerfafval hondenbelasting
toeristenbelasting leerlingenvervoer kinderopvang mantelzorg jeugdhulp woningzoekende
urgentieverklaring ondernemersloket terrasvergunning standplaatsvergunning openingstijden
gemeentehuis afspraak spoedaanvraag levertijd verlengen aanvragen ophalen doorgeven kwijt
""")

QUERIES = [
    "paspoort kwijt",
    "uitreksel gba",
    "verhuising doorgeven",
    "kwijtschelding afvalstoffenheffing",
    "wat kost een id kaart",
    "hoe kan ik mijn adreswijziging doorgeven",
    "afvalkalender",
    "gemeentebelastingen",
    "grofvuil ophalen",
    "parkeervergunnig",
    "hoe lang duurt een paspoort aanvragen",
    "waar moet ik mijn rijbewijs verlengen",
    "ik wil graag trouwen in het gemeentehuis",
    "aangifte geboorte baby",
    "bijstand aanvragen participatiewet",
    "wmo huishoudelijke hulp",
    "vog aanvragen voor werk",
    "stoeptegel los melden",
    "lantaarnpaal kapot",
    "parkeerboete bezwaar maken",
    "openingstijden gemeentehuis zaterdag",
    "kliko kapot nieuwe container",
    "gft bak vol",
    "woz waarde bezwaar",
    "ozb aanslag betalen",
    "hondenbelasting afmelden",
    "evenementenvergunning buurtfeest",
    "kapvergunning boom kappen tuin",
    "schulden hulp",
    "overlijden aangifte doen",
    "Paspoort AND rijbewijs",
    '"id-kaart" -paspoort',
    "title:afval (grof OR klein)",
    "'; DROP TABLE wagtailcore_page; --",
    "🛂 paspoort 😢",
    "wob verzoek indienen",
    "energietoeslag aanvragen 2024",
    "milieustraat openingstijden",
    "afvalpas kwijt",
    "bewonersvergunning tweede auto",
]


def synthetic_compounds(base: list[str], count: int, rng: random.Random) -> list[str]:
    """Dutch-looking compounds of common words, like a municipal corpus is full of."""
    heads = [word for word in base if 4 <= len(word) <= 9 and word.isalpha()][:3000]
    made: set[str] = set()
    while len(made) < count:
        first, second = rng.sample(heads, 2)
        made.add(first + rng.choice(("", "", "s", "en")) + second)
    return sorted(made)


def vocabulary_frequencies(rng: random.Random) -> dict[str, int]:
    try:
        import wordfreq
    except ImportError:  # the benchmark still runs, with synthetic words only
        real: dict[str, int] = {}
    else:
        words = wordfreq.top_n_list("nl", 24_000)
        real = {word: max(1, int(wordfreq.word_frequency(word, "nl") * 1e8)) for word in words}
    real.update(dict.fromkeys(MUNICIPAL_WORDS, 500))
    synthetic = synthetic_compounds(list(real), VOCABULARY_SIZE - len(real), rng)
    real.update({word: rng.randint(1, 50) for word in synthetic})
    return real


def with_typo(query: str, rng: random.Random) -> str:
    """Make one typing error in the longest word: drop, double, swap or replace."""
    words = query.split()
    longest = max(range(len(words)), key=lambda index: len(words[index]))
    word = words[longest]
    position = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        word = word[:position] + word[position + 1 :]
    elif kind == "double":
        word = word[:position] + word[position] + word[position:]
    elif kind == "swap":
        word = word[: position - 1] + word[position] + word[position - 1] + word[position + 1 :]
    else:
        word = word[:position] + rng.choice("aeiounrst") + word[position + 1 :]
    words[longest] = word
    return " ".join(words)


def main() -> None:
    rng = random.Random(20240601)

    frequencies = vocabulary_frequencies(rng)

    started = time.perf_counter()
    vocabulary = Vocabulary(frequencies)
    built = time.perf_counter() - started
    started = time.perf_counter()
    vocabulary.candidates("paspoort", 1)  # builds the deletion index
    indexed = time.perf_counter() - started

    # Memory measured on a second build: tracemalloc slows the timed one down.
    tracemalloc.start()
    measured = Vocabulary(frequencies)
    vocabulary_memory = tracemalloc.get_traced_memory()[0]
    measured.candidates("paspoort", 1)
    index_memory = tracemalloc.get_traced_memory()[0] - vocabulary_memory
    tracemalloc.stop()
    del measured

    synonyms = SynonymIndex(STARTER_SYNONYMS)
    queries = QUERIES * 4 + [with_typo(rng.choice(QUERIES), rng) for _ in range(40)]
    queries = queries[:200]

    timings: list[float] = []
    for _ in range(ROUNDS):
        for query in queries:
            started = time.perf_counter()
            understand(query, vocabulary, synonyms)
            timings.append(time.perf_counter() - started)

    # The first round includes filling the stemming cache; later rounds hit it.
    cold = timings[: len(queries)]
    milliseconds = sorted(timing * 1000 for timing in timings)
    p95 = milliseconds[int(len(milliseconds) * 0.95)]
    cold_sorted = sorted(timing * 1000 for timing in cold)

    print(
        f"vocabulary: {len(vocabulary):,} words, built in {built:.2f} s ({vocabulary_memory / 1e6:.1f} MB)"
    )
    print(f"deletion index: {indexed:.2f} s to build on first use ({index_memory / 1e6:.1f} MB)")
    print(
        f"queries: {len(queries)} ({sum(q not in QUERIES for q in queries)} with a typo), {ROUNDS} rounds"
    )
    print(
        f"understand(): median {statistics.median(milliseconds):.3f} ms, p95 {p95:.3f} ms, max {milliseconds[-1]:.3f} ms"
    )
    print(
        f"first round (cold stem cache): median {statistics.median(cold_sorted):.3f} ms, "
        f"p95 {cold_sorted[int(len(cold_sorted) * 0.95)]:.3f} ms"
    )
    for query in ("parkeervergunnig", "verhuising doorgeven", "hoe kan ik mijn paspoord verlengen"):
        result = understand(query, vocabulary, synonyms)
        print(f"  {query!r} -> {result.search_text()!r} (Bedoelde u: {result.corrected!r})")


if __name__ == "__main__":
    main()
