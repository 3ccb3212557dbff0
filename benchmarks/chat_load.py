"""Chat API latency and throughput at 10,000 answers, over HTTP with gunicorn on this machine.

First one message at a time (p50/p95 latency), then many clients at once for a fixed time
(requests per second). Uses the database built by search_speed.py (answers are generated
if missing).

    python benchmarks/chat_load.py [--database-url ...] [--clients 8] [--seconds 20]
                                   [--workers 2] [--threads 2]

The load generator runs on the same cores as the server, so it is kept light (see
http_server.KeepAliveClient).

Targets: p95 <= 60 ms per message with meaning on (issue #15; was 100 ms); aim for >= 100
requests/s on 2 cores.
"""

import argparse
import json
import statistics
import sys
import threading
import time

from demo_database import ROOT, setup
from http_server import KeepAliveClient, gunicorn, percentile

DEFAULT_DATABASE = "sqlite:////tmp/kennisbank-speed.sqlite3"


class Client(KeepAliveClient):
    def post(self, body: bytes) -> float:
        """Milliseconds for one message; raises OSError on a failed request."""
        milliseconds, status = self.call("POST", "/api/chat/", body)
        if status != 200:
            raise OSError(f"HTTP {status}")
        return milliseconds


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    arguments = parser.parse_args()

    database_url = setup(arguments.database_url)
    from generate_answers import generate

    generate(arguments.answers)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from data.chat_openers import OPENERS

    bodies = [
        json.dumps({"message": opener["message"], "session_id": None}).encode()
        for opener in OPENERS
    ]
    with gunicorn(database_url, workers=arguments.workers, threads=arguments.threads) as base:
        single = Client(base)
        for body in bodies[:20]:
            single.post(body)
        timings = [single.post(body) for body in bodies]
        print(
            f"chat API, one at a time, {len(timings)} messages: p50 {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 0.95):.1f} ms  (target p95 <= 60 ms with meaning on)"
        )

        done, failures = [], []
        deadline = time.monotonic() + arguments.seconds

        def client(offset):
            connection = Client(base)
            position = offset
            while time.monotonic() < deadline:
                try:
                    done.append(connection.post(bodies[position % len(bodies)]))
                except OSError:
                    failures.append(1)
                position += arguments.clients

        threads = [
            threading.Thread(target=client, args=(offset,)) for offset in range(arguments.clients)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        print(
            f"{arguments.clients} clients for {elapsed:.0f} s on gunicorn ({arguments.workers} workers x "
            f"{arguments.threads} threads): {len(done) / elapsed:.0f} requests/s, p95 {percentile(done, 0.95):.0f} ms, "
            f"{len(failures)} failures  (aim >= 100 requests/s)"
        )


if __name__ == "__main__":
    main()
