"""How long does scrubbing take per query? It runs on every search, so it must be cheap.

Builds ~1,000 realistic queries (mostly ordinary, about a fifth carrying personal
data), scrubs each one many times and prints the median and p95 in microseconds per
query, split into clean and personal queries, plus one 100,000-character text.

Run from the project root:  .venv/bin/python benchmarks/scrubbing_speed.py
"""

import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project importable without installing it.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.scrubbing import scrub  # noqa: E402

TARGET_US = 500
QUERIES = 1_000
REPEATS = 20

ORDINARY = [
    "paspoort kwijt",
    "wat kost een id kaart",
    "afvalkalender 2027",
    "bijstand 25 jaar",
    "parkeervergunning zone A2",
    "bel 14 0123",
    "artikel 2.1 Wabo",
    "kosten rijbewijs € 84,50",
    "openingstijden 17:00",
    "verhuizing doorgeven binnen 5 dagen",
    "grofvuil ophalen 2 m3",
    "hondenbelasting 2026",
    "kwijtschelding gemeentelijke belastingen",
    "uittreksel brp aanvragen",
    "wmo hulp bij het huishouden",
    "vóór 1 januari 2027 aanvragen",
    "ik wil een klacht indienen over de buren",
    "hoe lang is een paspoort geldig",
    "energietoeslag 2026 aanvragen",
    "kapotte lantaarnpaal melden",
    "omgevingsvergunning dakkapel kosten",
    "trouwen op het stadhuis, wat kost dat",
    "gft container te klein",
    "mijn uitkering is niet gestort",
    "open 08.30 - 12.30 uur",
]
PERSONAL = [
    "mijn bsn is 123456782 en ik ben verhuisd",
    "bel me op 06-12345678",
    "graag terugbellen op +31 (0)6 1234 5678",
    "ik woon op 1234 AB 12",
    "adres Dorpsstraat 12, 1234 AB Utrecht",
    "mijn IBAN NL91ABNA0417164300",
    "mail naar jan.jansen+gemeente@example.nl",
    "geboren op 3 januari 1990, paspoort verlopen",
    "kenteken GH-123-K weggesleept",
    "naam [at] domein punt nl",
    "Kerkstraat 12a lantaarnpaal kapot",
    "bsn ١٢٣٤٥٦٧٨٢ paspoort",
]
FILLER = ["graag", "snel", "antwoord", "want", "ik", "heb", "het", "nodig", "voor", "mijn", "werk"]


def build_queries(rng: random.Random) -> list[tuple[str, bool]]:
    queries = []
    for _ in range(QUERIES):
        personal = rng.random() < 0.2
        text = rng.choice(PERSONAL if personal else ORDINARY)
        # Real queries vary in length; chat messages run longer than search boxes.
        extra = rng.choice((0, 0, 0, 2, 5, 12))
        text = " ".join([text, *rng.choices(FILLER, k=extra)])
        queries.append((text, personal))
    return queries


def time_per_call_us(text: str) -> float:
    started = time.perf_counter_ns()
    for _ in range(REPEATS):
        scrub(text)
    return (time.perf_counter_ns() - started) / REPEATS / 1_000


def summary(label: str, timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (
        f"{label:<10} n={len(ordered):>5}  median {statistics.median(ordered):7.1f} us"
        f"  p95 {p95:7.1f} us  max {ordered[-1]:7.1f} us"
    )


def main() -> None:
    queries = build_queries(random.Random(2026))
    for text, _ in queries:  # warm the regex and character caches
        scrub(text)
    clean, personal = [], []
    for text, has_personal_data in queries:
        (personal if has_personal_data else clean).append(time_per_call_us(text))
    everything = clean + personal
    print(f"scrub(): {len(queries)} queries, {REPEATS} runs each")
    print(summary("all", everything))
    print(summary("clean", clean))
    print(summary("personal", personal))

    long_text = " ".join(text for text, _ in queries)
    long_text = (long_text * (100_000 // len(long_text) + 1))[:100_000]
    started = time.perf_counter()
    scrub(long_text)
    print(f"one 100,000-character text: {(time.perf_counter() - started) * 1_000:.1f} ms")

    p95 = sorted(everything)[int(0.95 * (len(everything) - 1))]
    verdict = "OK" if p95 < TARGET_US else "TOO SLOW"
    print(f"target p95 < {TARGET_US} us per query: {verdict}")


if __name__ == "__main__":
    main()
