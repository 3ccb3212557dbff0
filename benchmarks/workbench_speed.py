"""Workbench (KCC) latency at 10,000 answers, over HTTP, logged in as an agent.

Generates the answers (once per database, as search_speed.py) and gives each the internal notes
of the demo answer it was made from, starts gunicorn with 2 workers on a free local port, logs
in with a test client session cookie and measures, one request at a time:

- live results while typing (/werkplek/zoeken/?q=): every prefix of the queries as an agent
  types them, which is the request behind "results on screen";
- a submitted search (/werkplek/?q=, the whole start page, counted in the analytics);
- opening an answer (/werkplek/antwoord/<id>/).

The HTML pages need the static files manifest, so the script runs `collectstatic` (into the
git-ignored static/) when it is missing.

Queries: the citizen queries of benchmarks/data/search_queries.py and agents' words that only
the work instructions hold.

    python benchmarks/workbench_speed.py                                   # SQLite in /tmp
    python benchmarks/workbench_speed.py --database-url postgres://postgres@127.0.0.1:5432/bench

Target: p95 <= 100 ms server time for live results (measured end to end on this machine, which
includes the local HTTP round trip, so it is an upper bound).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from demo_database import ROOT, setup
from http_server import SECRET_KEY, gunicorn, percentile, request

# Its own file: it adds internal notes and agents' searches to what it generates.
DEFAULT_DATABASE = "sqlite:////tmp/kennisbank-workbench-speed.sqlite3"
TARGET_MS = 100
# Words from the demo work instructions, as an agent types them.
AGENT_QUERIES = [
    "afsprakenmodule",
    "brp applicatie gezag",
    "spoedplekken",
    "zaaksysteem verhuizing",
    "rdw applicatie",
    "legesverordening",
    "register paspoortsignaleringen",
    "rni",
    "toestel 2100",
    "afhaalbalie donderdagavond",
]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    arguments = parser.parse_args()

    # The session is made here and read by gunicorn: both must sign with the same key.
    os.environ["SECRET_KEY"] = SECRET_KEY
    database_url = setup(arguments.database_url)
    from generate_answers import generate

    from kennisbank.models import AnswerPage

    print(f"Generating answers up to {arguments.answers} ...", file=sys.stderr)
    generate(arguments.answers)
    add_internal_notes()
    print(f"{AnswerPage.objects.live().count()} live answers in {database_url.split('@')[-1]}")

    collect_static()
    cookie = agent_session_cookie()
    with gunicorn(database_url) as base:
        measure(base, cookie, arguments.rounds)


def add_internal_notes():
    """The generated answers get the work instruction of the demo answer they copy."""
    from kennisbank.content.bodytext import text_to_richtext
    from kennisbank.demo_content.answers import ANSWERS
    from kennisbank.models import AnswerPage

    missing = list(
        AnswerPage.objects.filter(slug__startswith="gegenereerd-", internal_notes="").only("slug")
    )
    for page in missing:
        number = int(page.slug.rsplit("-", 1)[1])
        page.internal_notes = text_to_richtext(
            ANSWERS[number % len(ANSWERS)].get("internal_notes", "")
        )
    AnswerPage.objects.bulk_update(missing, ["internal_notes"], batch_size=500)
    if missing:
        print(f"  internal notes added to {len(missing)} answers", file=sys.stderr)


def collect_static():
    """Production serves pages with hashed static file names from `collectstatic`'s manifest;
    without it every HTML page is a 500. Builds the git-ignored static/ once."""
    if (ROOT / "static" / "staticfiles.json").exists():
        return
    print("Collecting static files for the production settings ...", file=sys.stderr)
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
        "SECRET_KEY": SECRET_KEY,
        # collectstatic reads no database, but production wants one named.
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'db.sqlite3'}",
    }
    subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
    )


def agent_session_cookie() -> str:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from kennisbank.access.roles import AGENTS

    user, _ = get_user_model().objects.get_or_create(username="benchmark-kcc")
    user.groups.add(Group.objects.get(name=AGENTS))
    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def build_times() -> str:
    """What a worker's first search costs: the question index, then the notes index."""
    from search.index import get_index
    from search.workbench.notes import get_notes_index

    started = time.perf_counter()
    index = get_index()
    questions = time.perf_counter()
    notes = get_notes_index(index.vocabulary)
    done = time.perf_counter()
    return (
        f"question index {(questions - started) * 1000:.0f} ms, notes index of {len(notes)} "
        f"answers {(done - questions) * 1000:.0f} ms"
    )


def typed_prefixes(query: str) -> list[str]:
    """What the live search asks for while `query` is typed (from two characters on); the
    script waits 120 ms between keystrokes, so a fast typist skips some of these."""
    return [query[:end] for end in range(2, len(query) + 1)]


def report(label, timings):
    print(
        f"{label}, {len(timings)} requests: p50 {statistics.median(timings):.1f} ms, "
        f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms"
    )


def measure(base, cookie, rounds):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from data.search_queries import QUERIES

    from kennisbank.models import AnswerPage

    headers = {"Cookie": cookie, "Accept": "application/json"}
    queries = [item["query"] for item in QUERIES] + AGENT_QUERIES

    def live(text):
        return request(
            f"{base}/werkplek/zoeken/?" + urllib.parse.urlencode({"q": text}), None, headers
        )

    def page(path):
        # HTML, not JSON: time the full response without decoding it.
        started = time.perf_counter()
        get = urllib.request.Request(base + path, headers={"Cookie": cookie})  # noqa: S310
        with urllib.request.urlopen(get, timeout=30) as response:  # noqa: S310
            assert response.status == 200, response.status
            response.read()
        return (time.perf_counter() - started) * 1000

    # Warm both workers: each builds its question and notes index on its first search.
    # Requests in parallel, or one worker may take them all and the other start cold later.
    with ThreadPoolExecutor(4) as pool:
        warm = list(pool.map(live, queries[:40]))
    assert all(response["html"] for _ms, response in warm), "not logged in?"

    final = [live(query)[0] for _ in range(rounds) for query in queries]
    typing = [live(prefix)[0] for query in queries for prefix in typed_prefixes(query)]
    found = sum(bool(live(query)[1]["count"]) for query in AGENT_QUERIES)
    submitted = [page("/werkplek/?" + urllib.parse.urlencode({"q": query})) for query in queries]
    ids = list(AnswerPage.objects.live().order_by("?").values_list("id", flat=True)[:100])
    opened = [page(f"/werkplek/antwoord/{page_id}/") for page_id in ids]

    print(f"Workbench over HTTP (gunicorn, 2 workers), target p95 <= {TARGET_MS} ms:")
    print(f"  building the indexes in a fresh process: {build_times()}")
    report("  live results, whole queries", final)
    report("  live results, every prefix while typing", typing)
    report("  submitted search (start page)", submitted)
    report("  open an answer", opened)
    print(f"  agent queries found through the work instructions: {found}/{len(AGENT_QUERIES)}")
    worst = percentile(final + typing, 0.95)
    print(
        f"  live results p95 over all {len(final) + len(typing)} requests: {worst:.1f} ms "
        f"({'meets' if worst <= TARGET_MS else 'MISSES'} the target)"
    )


if __name__ == "__main__":
    main()
