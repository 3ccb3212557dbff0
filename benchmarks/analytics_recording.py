"""What does recording a search event add to a request? Target: at most 2 ms.

Times search.analytics.recording.record_search (scrubbing, normalising, grouping and the
INSERT with its commit) for realistic queries, and for comparison the search itself
(find_answers) it follows. Uses a fresh SQLite file with the demo content by default, as
`make run` does (WAL mode), or the database you name.

Run from the project root:
    .venv/bin/python benchmarks/analytics_recording.py
    .venv/bin/python benchmarks/analytics_recording.py --database-url postgres://postgres@127.0.0.1:5432/bench
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import demo_database  # noqa: E402

TARGET_MS = 2.0
QUERIES = [
    "paspoort aanvragen",
    "wat kost een id kaart",
    "grofvuil ophalen",
    "mijn bsn is 111222333 paspoort kwijt",
    "verhuizing doorgeven naar Dorpsstraat 12, 1234 AB",
    "parkeervergunning bewoners",
    "ijsbaan openingstijden",
    "bel mij terug op 06-12345678",
    "kwijtschelding gemeentelijke belastingen",
    "trouwen op het stadhuis wat kost dat",
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a fresh SQLite file with the demo")
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    demo_database.setup(args.database_url)

    from django.db import connection

    from search.analytics.recording import record_search
    from search.models import Channel, SearchEvent
    from search.retrieval import find_answers

    responses = [find_answers(query) for query in QUERIES]  # warm the index
    record_search(Channel.WEBSITE, "opwarmen", responses[0])
    recording_ms, search_ms = [], []
    for _ in range(args.rounds):
        for query, response in zip(QUERIES, responses, strict=True):
            started = time.perf_counter()
            find_answers(query)
            search_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            record_search(Channel.WEBSITE, query, response)
            recording_ms.append((time.perf_counter() - started) * 1000)

    print(f"database: {connection.vendor}, {SearchEvent.objects.count()} events written")
    print(f"{'':22}{'median':>10}{'p95':>10}{'max':>10}")
    for name, values in (("record_search (ms)", recording_ms), ("find_answers (ms)", search_ms)):
        print(
            f"{name:22}{statistics.median(values):10.2f}{percentile(values, 0.95):10.2f}"
            f"{max(values):10.2f}"
        )
    p95 = percentile(recording_ms, 0.95)
    print(f"target: p95 <= {TARGET_MS} ms -> {'met' if p95 <= TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
