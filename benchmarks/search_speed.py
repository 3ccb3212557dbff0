"""Search API latency at 10,000 answers, over HTTP, on SQLite or PostgreSQL.

Generates the answers (once per database), starts gunicorn with 2 workers on a free local
port, sends realistic queries one at a time and prints p50/p95 latency; then publishes a new
answer and measures how long until the API finds it.

    python benchmarks/search_speed.py                                   # SQLite in /tmp
    python benchmarks/search_speed.py --database-url postgres://postgres@127.0.0.1:5432/bench

Targets: p95 <= 50 ms per query; a published answer is found within 200 ms.
"""

import argparse
import statistics
import sys
import time
import urllib.parse

from demo_database import ROOT, setup
from http_server import gunicorn, percentile, request

DEFAULT_DATABASE = "sqlite:////tmp/kennisbank-speed.sqlite3"


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()

    database_url = setup(arguments.database_url)
    from generate_answers import generate

    from kennisbank.models import AnswerPage

    print(f"Generating answers up to {arguments.answers} ...", file=sys.stderr)
    generate(arguments.answers)
    print(f"{AnswerPage.objects.live().count()} live answers in {database_url.split('@')[-1]}")

    with gunicorn(database_url) as base:
        measure_queries(base, arguments.rounds)
        measure_publish(base)


def measure_queries(base, rounds):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from data.search_queries import QUERIES

    urls = [
        f"{base}/api/search/?" + urllib.parse.urlencode({"q": item["query"]}) for item in QUERIES
    ]
    for url in urls[:20]:  # warm both workers' caches
        request(url)
    timings = [request(url)[0] for _ in range(rounds) for url in urls]
    print(
        f"search API over HTTP, {len(timings)} requests: p50 {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms  (target p95 <= 50 ms)"
    )


def measure_publish(base):
    from kennisbank.content.importing import get_or_create_index
    from kennisbank.models import AnswerPage, Department

    marker = f"zonnebloemzaad{int(time.time())}"
    page = AnswerPage(
        title=f"Waar koop ik {marker}?",
        slug=marker,
        short_answer="Bij de markt.",
        owner_department=Department.objects.first(),
        review_date="2027-06-01",
        live=False,
    )
    get_or_create_index().add_child(instance=page)
    started = time.perf_counter()
    page.save_revision().publish()
    published = time.perf_counter()
    while time.perf_counter() - published < 30:
        if request(f"{base}/api/search/?q={marker}")[1].get("results"):
            break
    found = time.perf_counter()
    print(
        f"publish took {(published - started) * 1000:.0f} ms; the API found the answer "
        f"{(found - published) * 1000:.0f} ms later  (target: found within 200 ms)"
    )
    page.delete()


if __name__ == "__main__":
    main()
