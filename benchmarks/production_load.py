"""Load as production sees it: many clients at once on search and chat, at 10,000 answers.

Starts gunicorn with the production settings (2 workers by default, as on a 2-core machine),
then runs two phases: 50 clients for 60 s on the search API, and 20 clients for 60 s on the
chat API. Prints requests/s, p50/p95/p99 latency and the number of answers that were not 2xx
(including failed connections). Uses the database built by search_speed.py (generated here
when missing; answers without a vector get stand-in vectors as in search_speed.py, so meaning
costs what it costs in production).

    python benchmarks/production_load.py [--database-url ...] [--seconds 60]
        [--search-clients 50] [--chat-clients 20] [--workers 2] [--threads 4]

Targets (issue #16): non-2xx 0 in both phases. The load generator shares the two cores with
the server, so the requests/s are a floor, not what the server does on its own.
"""

import argparse
import json
import sys
import threading
import time
import urllib.parse

from demo_database import ROOT, setup
from http_server import KeepAliveClient, gunicorn, percentile
from search_speed import prepare_vectors

DEFAULT_DATABASE = "sqlite:////tmp/kennisbank-speed.sqlite3"


def run_phase(base, label, requests, clients, seconds):
    """`requests` is a list of (method, path, body); each client walks it from its own offset."""
    timings, failures, statuses = [], [], {}
    deadline = time.monotonic() + seconds

    def client(offset):
        connection = KeepAliveClient(base)
        position = offset
        while time.monotonic() < deadline:
            method, path, body = requests[position % len(requests)]
            position += clients
            try:
                milliseconds, status = connection.call(method, path, body)
            except OSError:
                failures.append(1)
                continue
            if 200 <= status < 300:
                timings.append(milliseconds)
            else:
                statuses[status] = statuses.get(status, 0) + 1

    threads = [threading.Thread(target=client, args=(offset,)) for offset in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    non_2xx = sum(statuses.values()) + len(failures)
    detail = ", ".join(f"{count}x HTTP {status}" for status, count in sorted(statuses.items()))
    if failures:
        detail = ", ".join(filter(None, [detail, f"{len(failures)} failed connections"]))
    print(
        f"{label}: {clients} clients for {elapsed:.0f} s: {len(timings) / elapsed:.0f} requests/s, "
        f"p50 {percentile(timings, 0.50):.0f} ms, p95 {percentile(timings, 0.95):.0f} ms, "
        f"p99 {percentile(timings, 0.99):.0f} ms, non-2xx {non_2xx}"
        + (f" ({detail})" if detail else "")
        + "  (target: non-2xx 0)"
    )


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--search-clients", type=int, default=50)
    parser.add_argument("--chat-clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    arguments = parser.parse_args()

    database_url = setup(arguments.database_url)
    from generate_answers import generate

    from kennisbank.models import AnswerPage

    generate(arguments.answers)
    prepare_vectors(sample=50, embed_all=False)
    print(f"{AnswerPage.objects.live().count()} live answers in {database_url.split('@')[-1]}")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from data.chat_openers import OPENERS

    search_requests = [
        ("GET", "/api/search/?" + urllib.parse.urlencode({"q": opener["message"]}), None)
        for opener in OPENERS
    ]
    chat_requests = [
        ("POST", "/api/chat/", json.dumps({"message": opener["message"]}).encode())
        for opener in OPENERS
    ]
    with gunicorn(database_url, workers=arguments.workers, threads=arguments.threads) as base:
        # Warm both workers (model loaded, vectors read) before anything is timed.
        warm = KeepAliveClient(base)
        for method, path, body in (search_requests + chat_requests)[:40]:
            warm.call(method, path, body)
        print(f"gunicorn, {arguments.workers} workers x {arguments.threads} threads")
        run_phase(base, "search API", search_requests, arguments.search_clients, arguments.seconds)
        run_phase(base, "chat API", chat_requests, arguments.chat_clients, arguments.seconds)


if __name__ == "__main__":
    main()
