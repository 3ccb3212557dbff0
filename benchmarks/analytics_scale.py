"""Search analytics at scale: 1,000,000 events and 50,000 contact moments on PostgreSQL.

Fills a dedicated PostgreSQL database with 90 days of searches on every channel (many repeats
of the common questions, a long tail of rare and unanswered ones, typos included), clicks,
feedback and contact moments, written with COPY; then times the roll-up into the daily tables
and every analytics report, opened by an editor through Django's test client.

    createdb -h 127.0.0.1 -U postgres kennisbank_analytics_bench      # once
    python benchmarks/analytics_scale.py
    python benchmarks/analytics_scale.py --events 200000 --registrations 10000   # quicker
    python benchmarks/analytics_scale.py --reuse      # keep the events of the previous run
    python benchmarks/analytics_scale.py --reuse --reports-only --only Populair Toptaken

The database is migrated and filled with the demo municipality and generated answers up to
--answers the first time (about 5 minutes for 2,000). Every run without --reuse first EMPTIES
the analytics tables and contact moments of that database, so the script refuses a database
whose name does not contain "bench".

Prints: the events written and how long writing took; the roll-up of all days from scratch and
then a refresh of today only; per report the median and slowest of --rounds requests for the
default period (28 days) and for 90 days, and a CSV export of 90 days (today's figures already
rolled up, as within ANALYTICS_REFRESH_SECONDS of another report), and one request that first
rolls up today (as the first report after that interval). Target: < 2 s each.
"""

import argparse
import datetime
import json
import random
import statistics
import sys
import time
import uuid

from demo_database import setup

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/kennisbank_analytics_bench"
CHANNELS = {"website": 55, "chatbot": 20, "werkplek": 15, "api": 7, "whatsapp": 3}
CONTACT_CHANNELS = {
    "phone": 55,
    "counter": 15,
    "email": 12,
    "chat": 8,
    "whatsapp": 6,
    "social": 2,
    "letter": 2,
}
CONTACT_RESULTS = {"afgehandeld": 65, "doorverbonden": 20, "terugbelverzoek": 10, "doorverwezen": 5}
# Shares of all events; the rest of the searches' events are clicks and feedback.
SEARCH_SHARE, CLICK_SHARE, FEEDBACK_SHARE = 0.72, 0.23, 0.05
UNANSWERED_SHARE = 0.15  # of searches: the long tail nobody wrote an answer for
TYPO_SHARE = 0.06
REPORTS = [
    ("Ontbrekende content", "search:missing_content"),
    ("Slecht beantwoord", "search:poor_answers"),
    ("Populair", "search:popular"),
    ("Contactredenen", "search:contact_reasons"),
    ("Toptaken-advies", "toptaken:advice_report"),
]
# Words for the questions nobody wrote an answer for (combined, so most are asked once).
TAIL_SUBJECTS = [
    "boot",
    "ligplaats",
    "drone",
    "bijenkast",
    "kippenhok",
    "zonnepanelen",
    "laadpaal",
    "dakkapel",
    "schutting",
    "carport",
    "waterput",
    "standplaats",
    "markt",
    "kermis",
    "straatfeest",
    "graf",
    "urn",
    "asbest",
    "regenton",
    "geveltuin",
    "boomhut",
    "trampoline",
    "caravan",
    "aanhanger",
    "scootmobiel",
    "duiven",
    "paard",
    "vuurwerk",
    "barbecue",
    "tuinhuis",
]
TAIL_ACTIONS = [
    "aanmelden",
    "melden",
    "vergunning",
    "subsidie",
    "kosten",
    "regels",
    "plaatsen",
    "weghalen",
    "huren",
    "parkeren",
    "ophalen",
    "keuren",
    "verzekeren",
    "verbod",
    "klacht",
]


def typo(text: str, rng: random.Random) -> str:
    """One typing error in the longest word: two letters swapped, or one dropped."""
    words = text.split()
    position = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[position]
    if len(word) < 5:
        return text
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    else:
        word = word[:i] + word[i + 1 :]
    words[position] = word
    return " ".join(words)


class Vocabulary:
    """The needs people have, most common first, each with its phrasings and answer."""

    def __init__(self, rng: random.Random):
        from kennisbank.content.importing import find_answer
        from kennisbank.demo_content.answers import ANSWERS
        from kennisbank.models import AnswerPage

        self.rng = rng
        self.needs = []  # (phrasings, page id)
        for data in ANSWERS:
            page = find_answer(data["id"])
            if page is None:
                continue
            phrasings = [data["title"], *data["alternative_questions"]]
            if data.get("keywords"):
                phrasings.append(" ".join(data["keywords"][:2]))
            self.needs.append((phrasings, page.pk))
        rng.shuffle(self.needs)
        demo_ids = {page_id for _, page_id in self.needs}
        for page_id, title in AnswerPage.objects.exclude(pk__in=demo_ids).values_list(
            "pk", "title"
        ):
            self.needs.append(([title], page_id))
        self.page_ids = [page_id for _, page_id in self.needs]
        # Zipf: the 10th need is asked a tenth as often as the first.
        self.need_weights = [1 / (rank**1.05) for rank in range(1, len(self.needs) + 1)]
        self.tail = [
            f"{subject} {action}"
            + (f" {rng.choice(TAIL_SUBJECTS)}" if rng.random() < 0.5 else "")
            + (f" {rng.randrange(1, 300)}" if rng.random() < 0.3 else "")
            for subject in TAIL_SUBJECTS
            for action in TAIL_ACTIONS
            for _ in range(40)
        ]
        self.tail_weights = [1 / (rank**0.6) for rank in range(1, len(self.tail) + 1)]
        self.described: dict[str, tuple[str, str, str]] = {}

    def describe(self, text):
        from search.analytics.recording import describe_query

        if text not in self.described:
            self.described[text] = describe_query(text)
        return self.described[text]

    def answered(self, count):
        """`count` (phrasing, page id) pairs for searches that found their answer."""
        needs = self.rng.choices(self.needs, weights=self.need_weights, k=count)
        for phrasings, page_id in needs:
            # Earlier phrasings are the common ones.
            text = phrasings[min(int(self.rng.expovariate(1.0)), len(phrasings) - 1)]
            if self.rng.random() < TYPO_SHARE:
                text = typo(text, self.rng)
            yield text, page_id

    def unanswered(self, count):
        for text in self.rng.choices(self.tail, weights=self.tail_weights, k=count):
            yield typo(text, self.rng) if self.rng.random() < TYPO_SHARE else text


def moments(count, days, rng, *, hours=range(7, 23), now=None):
    """`count` aware datetimes over the last `days` days (today up to now), fewer at weekends."""
    from django.utils import timezone

    now = now or timezone.now()
    today = timezone.localdate(now)
    all_days = [today - datetime.timedelta(days=offset) for offset in range(days)]
    weights = [0.4 if day.weekday() >= 5 else 1.0 for day in all_days]
    hours = list(hours)
    for day in rng.choices(all_days, weights=weights, k=count):
        moment = timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(rng.choice(hours), rng.randrange(60)))
        ) + datetime.timedelta(seconds=rng.randrange(60))
        if moment > now:
            moment = now - datetime.timedelta(seconds=rng.randrange(1, 3600))
        yield moment


def empty_tables():
    from django.db import connection

    from kennisbank.models import CallbackRequest, ContactRegistration
    from search.models import (
        ClickEvent,
        DailyAnswerStat,
        DailyQueryStat,
        DailyReformulation,
        FeedbackEvent,
        RolledUpDay,
        SearchEvent,
    )

    models = [
        SearchEvent,
        ClickEvent,
        FeedbackEvent,
        DailyQueryStat,
        DailyAnswerStat,
        DailyReformulation,
        RolledUpDay,
        ContactRegistration.answers.through,
        # Call-backs point at contact moments, so they go with them.
        CallbackRequest,
        ContactRegistration,
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE "
            + ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
            + " RESTART IDENTITY"
        )


def copy_rows(model, columns, rows) -> int:
    """COPY `rows` (tuples in the order of `columns`) into `model`'s table; returns the count."""
    from django.db import connection

    table = connection.ops.quote_name(model._meta.db_table)
    count = 0
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def reset_sequence(model):
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [model]):
            cursor.execute(statement)


def write_events(total, days, rng, vocabulary) -> dict[str, int]:
    from search.models import ClickEvent, FeedbackEvent, SearchEvent

    searches = int(total * SEARCH_SHARE)
    unanswered = int(searches * UNANSWERED_SHARE)
    answered = searches - unanswered
    # Clicks and feedback go to searches that found something, at these rates.
    click_rate = total * CLICK_SHARE / answered
    feedback_rate = total * FEEDBACK_SHARE / answered
    channel_names, channel_weights = zip(*CHANNELS.items(), strict=True)
    clicks, feedback = [], []

    def search_rows():
        kinds = [True] * answered + [False] * unanswered
        rng.shuffle(kinds)
        answered_needs = vocabulary.answered(answered)
        tail = vocabulary.unanswered(unanswered)
        channels = rng.choices(channel_names, weights=channel_weights, k=searches)
        times = moments(searches, days, rng)
        for number, (found, channel, at) in enumerate(
            zip(kinds, channels, times, strict=True), start=1
        ):
            chat = channel in ("chatbot", "whatsapp")
            confidence = round(rng.uniform(0.2, 0.95), 3) if chat else None
            if found:
                text, page_id = next(answered_needs)
                others = rng.sample(vocabulary.page_ids, 4)
                result_ids = [page_id, *[other for other in others if other != page_id]][:5]
                outcome = "results"
                if chat:
                    outcome = rng.choices(
                        ["answered", "clarified", "handed_over"], weights=[75, 15, 10]
                    )[0]
                if rng.random() < click_rate:
                    rank = 1 if rng.random() < 0.7 else rng.randrange(2, len(result_ids) + 1)
                    clicked = result_ids[rank - 1]
                    clicks.append((at, channel, number, clicked, rank))
                if rng.random() < feedback_rate:
                    helpful = rng.random() < 0.75
                    reason = "" if helpful else rng.choice(["onduidelijk", "onvolledig", ""])
                    feedback.append((at, channel, page_id, helpful, reason, number))
            else:
                text, page_id, result_ids = next(tail), None, []
                outcome = "handed_over" if chat else "no_results"
            query, normalised, key = vocabulary.describe(text)
            if not normalised:
                normalised = key = "leeg"
            yield (
                number,
                uuid.UUID(int=rng.getrandbits(128), version=4),
                at,
                channel,
                query,
                normalised,
                key,
                "",
                outcome,
                len(result_ids) + (rng.randrange(0, 15) if result_ids else 0),
                json.dumps(result_ids),
                page_id,
                confidence,
                None,  # reformulation_of
                False,  # follow_up
            )

    columns = [field.column for field in SearchEvent._meta.concrete_fields]
    written = {"searches": copy_rows(SearchEvent, columns, search_rows())}
    written["clicks"] = copy_rows(
        ClickEvent,
        ["occurred_at", "channel", "search_id", "page_id", "rank"],
        ((at + datetime.timedelta(seconds=20), *rest) for at, *rest in clicks),
    )
    written["feedback"] = copy_rows(
        FeedbackEvent,
        ["occurred_at", "channel", "page_id", "helpful", "reason", "search_id"],
        ((at + datetime.timedelta(seconds=60), *rest) for at, *rest in feedback),
    )
    for model in (SearchEvent, ClickEvent, FeedbackEvent):
        reset_sequence(model)
    return written


def write_registrations(total, days, rng, vocabulary) -> dict[str, int]:
    from kennisbank.models import AnswerPage, ContactRegistration, Department

    owners = dict(AnswerPage.objects.values_list("pk", "owner_department_id"))
    departments = list(Department.objects.values_list("pk", flat=True))
    links = []
    channel_names, channel_weights = zip(*CONTACT_CHANNELS.items(), strict=True)
    result_names, result_weights = zip(*CONTACT_RESULTS.items(), strict=True)
    # Contact moments are about the head of the needs even more than searches are.
    head = vocabulary.page_ids[:300]
    head_weights = vocabulary.need_weights[:300]

    def rows():
        times = moments(total, days, rng, hours=range(8, 17))
        for number, at in enumerate(times, start=1):
            channel = rng.choices(channel_names, weights=channel_weights)[0]
            if rng.random() < 0.15:
                question = next(vocabulary.unanswered(1))[:180]
                result = rng.choices(result_names, weights=[20, 50, 20, 10])[0]
                department = rng.choice([*departments, None])
            else:
                question = ""
                result = rng.choices(result_names, weights=result_weights)[0]
                answers = set(rng.choices(head, weights=head_weights, k=rng.choice([1, 1, 1, 2])))
                links.extend((number, answer) for answer in answers)
                first = next(iter(answers))
                department = owners.get(first) if rng.random() < 0.9 else None
            yield (number, at, channel, question, result, department, None)

    columns = [field.column for field in ContactRegistration._meta.concrete_fields]
    written = {"contact moments": copy_rows(ContactRegistration, columns, rows())}
    written["answers used"] = copy_rows(
        ContactRegistration.answers.through, ["contactregistration_id", "answerpage_id"], links
    )
    reset_sequence(ContactRegistration)
    reset_sequence(ContactRegistration.answers.through)
    return written


def analyse():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def measure_reports(rounds, only=()):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from kennisbank.access.roles import EDITORS
    from kennisbank.models import ContactRegistration
    from search.models import RolledUpDay

    user, _ = get_user_model().objects.get_or_create(username="bench-redactie")
    user.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(user)
    today = timezone.localdate()
    ninety = {
        "period_from": (today - datetime.timedelta(days=89)).isoformat(),
        "period_to": today.isoformat(),
    }
    assert ContactRegistration.objects.exists()

    def request(url, query):
        started = time.perf_counter()
        response = client.get(url, query)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise SystemExit(f"{url} {query}: HTTP {response.status_code}")
        return elapsed, len(body)

    def stale_today():
        # As if the last report was opened more than ANALYTICS_REFRESH_SECONDS ago: this
        # request rolls up today first.
        RolledUpDay.objects.filter(day=today).update(
            rolled_up_at=timezone.now() - datetime.timedelta(days=1)
        )

    print()
    print(
        f"{'report':<22}{'28 days':>18}{'90 days':>18}{'90 days CSV':>18}"
        f"{'28 days, stale today':>24}"
    )
    print(
        f"{'':<22}{'median / max':>18}{'median / max':>18}{'median / max':>18}{'one request':>24}"
    )
    slowest = 0.0
    for title, name in REPORTS:
        if only and not any(word.casefold() in title.casefold() for word in only):
            continue
        url = reverse(name)
        cells = []
        for query in ({}, ninety, {**ninety, "export": "csv"}):
            timings = [request(url, query)[0] for _ in range(rounds)]
            slowest = max(slowest, *timings)
            cells.append(f"{statistics.median(timings):6.2f} / {max(timings):5.2f} s")
        stale_today()
        cells.append(f"{request(url, {})[0]:6.2f} s")
        print(f"{title:<22}{cells[0]:>18}{cells[1]:>18}{cells[2]:>18}{cells[3]:>24}")
    print(f"slowest request with today rolled up: {slowest:.2f} s  (target < 2 s per report)")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--registrations", type=int, default=50_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--answers", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the events and contact moments of last run"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        default=(),
        metavar="WORD",
        help="time only the reports whose title contains one of these words (e.g. Populair)",
    )
    parser.add_argument(
        "--reports-only",
        action="store_true",
        help="with --reuse: keep the daily figures too, only time the reports",
    )
    arguments = parser.parse_args()
    if not arguments.database_url.startswith("postgres"):
        raise SystemExit("This benchmark is for PostgreSQL: pass --database-url postgres://...")
    if "bench" not in arguments.database_url.rsplit("/", 1)[-1]:
        raise SystemExit(
            "It empties the analytics tables: use a database with 'bench' in its name."
        )

    setup(arguments.database_url)
    from django.conf import settings

    # Timings without Django's query log (DEBUG is on in the dev settings).
    settings.DEBUG = False
    from generate_answers import generate

    from search.analytics import rollup
    from search.models import (
        DailyAnswerStat,
        DailyQueryStat,
        DailyReformulation,
        RolledUpDay,
    )

    print(f"Generating answers up to {arguments.answers} ...", file=sys.stderr)
    generate(arguments.answers)

    if not arguments.reuse:
        rng = random.Random(arguments.seed)
        empty_tables()
        vocabulary = Vocabulary(rng)
        seconds, written = timed(write_events, arguments.events, arguments.days, rng, vocabulary)
        seconds_contacts, contacts = timed(
            write_registrations, arguments.registrations, arguments.days, rng, vocabulary
        )
        analyse()
        events = written["searches"] + written["clicks"] + written["feedback"]
        print(
            f"wrote {events:,} events ({written['searches']:,} searches, {written['clicks']:,} "
            f"clicks, {written['feedback']:,} feedback) over {arguments.days} days in "
            f"{seconds:.1f} s; {contacts['contact moments']:,} contact moments with "
            f"{contacts['answers used']:,} answers used in {seconds_contacts:.1f} s"
        )

    if not (arguments.reuse and arguments.reports_only):
        for model in (DailyQueryStat, DailyAnswerStat, DailyReformulation, RolledUpDay):
            model.objects.all().delete()
        seconds, days = timed(rollup.refresh, force_today=True)
        analyse()
        print(
            f"roll-up from scratch: {days} days in {seconds:.1f} s "
            f"({DailyQueryStat.objects.count():,} daily query rows, "
            f"{DailyAnswerStat.objects.count():,} daily answer rows)"
        )
    seconds, days = timed(rollup.refresh, force_today=True)
    print(f"refresh of today: {days} day in {seconds * 1000:.0f} ms")
    measure_reports(arguments.rounds, arguments.only)


if __name__ == "__main__":
    main()
