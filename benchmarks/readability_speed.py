"""Speed of kennisbank.readability.analyse.

Prints the median and p95 time for one ~600-word Dutch answer (target: median under
20 ms) and the time to score 10,000 answers of ~300 words (target: under 60 s),
extrapolated from 1,000 answers built from a shuffled pool of sentences.

    python benchmarks/readability_speed.py [--answers 1000]
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kennisbank.readability import analyse  # noqa: E402
from kennisbank.readability.sentences import split_sentences  # noqa: E402

# A made-up municipal answer in two halves of about 300 words each.
ANSWER_PARTS = (
    """Parkeervergunning voor bewoners aanvragen

Woont u in een gebied waar u moet betalen voor parkeren? Dan kunt u een
parkeervergunning voor bewoners aanvragen. Met deze vergunning parkeert u in uw eigen
buurt tegen een lager tarief. In sommige buurten is er een wachtlijst. U krijgt dan
eerst een plek op de wachtlijst en later een vergunning.

Wie kan een vergunning krijgen?
- U staat ingeschreven op een adres in het vergunninggebied.
- De auto staat op uw naam, of u rijdt in een auto van de zaak.
- U heeft niet meer dan twee auto's op uw adres.

Teneinde uw aanvraag in behandeling te kunnen nemen, dient u middels het digitale
formulier een kopie van het kentekenbewijs te verstrekken. Indien de auto niet op uw
naam staat, wordt tevens een verklaring van de werkgever of de leasemaatschappij
gevraagd. De aanvraag wordt door de gemeente binnen acht weken afgehandeld.

Wat kost het?
De kosten hangen af van het gebied en van het soort auto. Hieronder ziet u de bedragen
voor dit jaar. De bedragen veranderen elk jaar op 1 januari. Wij sturen u een brief als
het bedrag voor uw vergunning omhoog of omlaag gaat. Heeft u een laag inkomen? Dan kunt u
misschien korting krijgen. Kijk daarvoor bij de regelingen voor minima. Voor een elektrische auto
betaalt u in de meeste buurten minder. U betaalt per kwartaal of per jaar. Het bedrag
wordt automatisch van uw rekening afgeschreven, dus u hoeft zelf niets te doen.

Aanvragen
U vraagt de vergunning online aan met DigiD. Heeft u geen DigiD? Bel dan 14 020 of kom
langs bij een stadsloket. Neem dan een geldig identiteitsbewijs mee, bijv. uw paspoort
of id-kaart, en het kenteken van uw auto.""",
    """Na de aanvraag

U krijgt binnen twee weken een bevestiging per e-mail. Daarin staat of u meteen een
vergunning krijgt of eerst op de wachtlijst komt. Op de wachtlijst ziet u welk nummer u
heeft. Dat nummer verandert als andere bewoners een vergunning krijgen of verhuizen.

Verhuist u binnen de stad? Dan moet u een nieuwe vergunning aanvragen voor uw nieuwe
adres. De oude vergunning stopt op de dag dat u verhuist. Verhuist u naar een andere
gemeente, dan stopt de vergunning ook. U krijgt het geld terug voor de maanden dat u de
vergunning niet meer gebruikt.

Met betrekking tot bezoekers geldt een aparte regeling. Uw bezoek kan parkeren met een
bezoekersvergunning. Daarmee betaalt uw bezoek een laag uurtarief. U kunt het bezoek
aanmelden in de app of op de website. Zo hoeft uw bezoek geen kaartje bij de automaat
te kopen.

Bezwaar maken
Bent u het niet eens met het besluit over uw vergunning? Dan kunt u binnen zes weken
bezwaar maken. Schrijf in uw bezwaar waarom u het niet eens bent met het besluit. Stuur
ook een kopie van het besluit mee. Wij sturen u binnen twaalf weken een reactie. In
deze periode blijft het oude besluit gelden.

Meer informatie
Heeft u een gehandicaptenparkeerkaart? Dan gelden er andere regels. U kunt dan soms een
eigen parkeerplaats bij uw huis aanvragen. Daarvoor kijkt een arts eerst naar uw situatie.
Dat onderzoek is gratis. Het duurt wel langer, soms drie maanden of meer.

Heeft u nog vragen over de parkeervergunning? Kijk dan op de website van de gemeente of
bel ons. Wij zijn op werkdagen bereikbaar van 8.00 tot 18.00 uur. U kunt ook een vraag
stellen via de chat. Wij helpen u graag verder. Wilt u iets veranderen aan uw
vergunning, bijvoorbeeld een nieuw kenteken? Dat regelt u ook online. De wijziging gaat
meestal dezelfde dag in.""",
)


def time_calls(text: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        analyse(text)
        times.append(time.perf_counter() - started)
    return times


def answer_pool() -> list[str]:
    """Sentences to build varied answers from: the built-in text and, when present,
    the calibration documents (real municipal vocabulary, so caches miss too)."""
    texts = list(ANSWER_PARTS)
    data = ROOT.parent / "shared" / "data" / "readability" / "document_pairs.csv"
    if data.exists():
        import csv

        with open(data, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                texts += [row["complex_text"], row["simple_text"]]
    return [text[s.start : s.end] for text in texts for s in split_sentences(text)]


def build_answers(count: int, words: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    pool = answer_pool()
    answers = []
    for _ in range(count):
        parts, total = [], 0
        while total < words:
            sentence = rng.choice(pool)
            parts.append(sentence)
            total += len(sentence.split())
        answers.append(" ".join(parts))
    return answers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1000, help="answers to time (~300 words)")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    answer = "\n\n".join(ANSWER_PARTS)
    started = time.perf_counter()
    analyse(answer)
    cold = time.perf_counter() - started
    times = sorted(time_calls(answer, args.runs))
    median = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"One answer of {len(answer.split())} words ({args.runs} runs):")
    print(f"  first call (cold caches, loads wordfreq): {cold * 1000:.1f} ms")
    print(f"  median {median * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms  (target: median < 20 ms)")

    answers = build_answers(args.answers, 300)
    average = sum(len(text.split()) for text in answers) / len(answers)
    started = time.perf_counter()
    for text in answers:
        analyse(text)
    elapsed = time.perf_counter() - started
    estimate = elapsed * 10_000 / len(answers)
    print(f"{len(answers)} answers of ~{average:.0f} words: {elapsed:.2f} s")
    extrapolated = " (extrapolated)" if len(answers) != 10_000 else ""
    print(f"  10,000 answers: {estimate:.1f} s{extrapolated}  (target: < 60 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
