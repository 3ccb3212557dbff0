"""Shared state under gunicorn with several workers, as a municipality runs it (the README's
production set-up): do chat follow-ups keep their conversation whichever worker answers, and
does API_RATE_LIMIT hold in total? With the database cache (the default) and with Redis, and
with Redis down (chat answers single questions, search keeps working).

    python benchmarks/shared_state.py                    # demo database in /tmp
    python benchmarks/shared_state.py --follow-ups 40 --workers 2 3

Prints, per set-up: follow-ups that kept their topic, and requests let through in one minute
with API_RATE_LIMIT=60. Targets: 100% of follow-ups, at most 60 requests let through.
"""

import argparse
import time
import urllib.error

from demo_database import setup
from http_server import gunicorn, request

FIRST = "Hoe vraag ik een paspoort aan?"
FOLLOW_UP = "en wat kost dat?"
COST_ANSWER_WORDS = ("kost", "prijs", "tarief")
SETUPS = {
    "database cache": {"REDIS_URL": ""},
    "Redis": {"REDIS_URL": "redis://127.0.0.1:6379/2"},
    "Redis down": {"REDIS_URL": "redis://127.0.0.1:9/0"},
}


def follow_ups(base: str, count: int) -> tuple[int, int]:
    """(follow-ups that stayed on the passport and got its cost, follow-ups asked)."""
    kept = 0
    for _ in range(count):
        _, first = request(f"{base}/api/chat/", {"message": FIRST})
        _, second = request(
            f"{base}/api/chat/", {"message": FOLLOW_UP, "session_id": first["session_id"]}
        )
        answer = second.get("answer") or {}
        title = answer.get("title", "").lower()
        if "paspoort" in title and any(word in title for word in COST_ANSWER_WORDS):
            kept += 1
    return kept, count


def let_through(base: str, attempts: int = 120) -> int:
    """How many of `attempts` searches within one minute were answered (not 429)."""
    answered = 0
    started = time.monotonic()
    for _ in range(attempts):
        try:
            request(f"{base}/api/search/?q=paspoort")
            answered += 1
        except urllib.error.HTTPError as error:
            if error.code != 429:
                raise
    assert time.monotonic() - started < 60, "too slow to stay in one rate-limit minute"
    return answered


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url")
    parser.add_argument("--follow-ups", type=int, default=40)
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 3])
    arguments = parser.parse_args()
    database_url = setup(arguments.database_url)
    print(
        f"{'set-up':16} {'workers':>7}  {'follow-ups kept':>16}  {'let through of 120 (limit 60)':>30}"
    )
    for name, environment in SETUPS.items():
        for workers in arguments.workers:
            with gunicorn(database_url, workers=workers, **environment) as base:
                kept, asked = follow_ups(base, arguments.follow_ups)
            with gunicorn(
                database_url, workers=workers, API_RATE_LIMIT="60", **environment
            ) as base:
                answered = let_through(base)
            print(f"{name:16} {workers:>7}  {kept:>8} of {asked:<5}  {answered:>30}")


if __name__ == "__main__":
    main()
