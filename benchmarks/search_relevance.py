"""Relevance of the search on realistic citizen queries against the demo content.

Prints MRR@10 and recall@3 for Kennisbank's search (search.retrieval.find_answers) and, in
the same run on the same database, for plain Wagtail search (AnswerPage.objects.search()),
overall and per kind of query (typo, old name, compound, ...), and lists the misses.

    python benchmarks/search_relevance.py                      # fresh SQLite demo database
    python benchmarks/search_relevance.py --database-url postgres://postgres@127.0.0.1/bench

Targets: MRR@10 >= 0.85, recall@3 >= 0.90, and at least 1.5x plain Wagtail's MRR.
"""

import argparse
import re
from collections import defaultdict

from demo_database import setup

CUTOFF = 10


def reciprocal_rank(ranked_ids, expected):
    for position, answer_id in enumerate(ranked_ids[:CUTOFF], start=1):
        if answer_id in expected:
            return 1.0 / position
    return 0.0


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url")
    parser.add_argument(
        "--misses", action="store_true", help="List every query whose best answer is not first."
    )
    arguments = parser.parse_args()
    setup(arguments.database_url)

    from data.search_queries import QUERIES

    from kennisbank.models import AnswerPage
    from search.retrieval import find_answers

    identifier = {page.pk: page.external_id or page.slug for page in AnswerPage.objects.all()}

    def ours(query):
        return [identifier[result.page_id] for result in find_answers(query, limit=CUTOFF).results]

    def plain_wagtail(query):
        # What a stock Wagtail site does, minus the crash on FTS syntax characters.
        text = " ".join(re.findall(r"\w+", query))
        if not text:
            return []
        return [
            identifier[page.pk] for page in AnswerPage.objects.live().public().search(text)[:CUTOFF]
        ]

    systems = {"kennisbank": ours, "plain wagtail": plain_wagtail}
    totals = {name: defaultdict(list) for name in systems}
    misses = []
    for item in QUERIES:
        expected = set(item["expected"])
        for name, run in systems.items():
            ranked = run(item["query"])
            rr = reciprocal_rank(ranked, expected)
            hit3 = 1.0 if expected & set(ranked[:3]) else 0.0
            for key in ("all", item["kind"]):
                totals[name][key].append((rr, hit3))
            if name == "kennisbank" and rr < 1.0:
                misses.append((item["query"], item["expected"][0], ranked[:3]))

    def mean(values):
        return sum(values) / len(values) if values else 0.0

    print(f"{len(QUERIES)} queries, {AnswerPage.objects.live().count()} answers")
    print(f"{'kind':<12} {'n':>4}  {'MRR@10':>14}  {'recall@3':>14}   (kennisbank / plain wagtail)")
    kinds = ["all"] + sorted({item["kind"] for item in QUERIES})
    for kind in kinds:
        ours_scores, theirs = totals["kennisbank"][kind], totals["plain wagtail"][kind]
        print(
            f"{kind:<12} {len(ours_scores):>4}  "
            f"{mean([s[0] for s in ours_scores]):>6.3f} / {mean([s[0] for s in theirs]):.3f}  "
            f"{mean([s[1] for s in ours_scores]):>6.3f} / {mean([s[1] for s in theirs]):.3f}"
        )
    ours_mrr = mean([s[0] for s in totals["kennisbank"]["all"]])
    theirs_mrr = mean([s[0] for s in totals["plain wagtail"]["all"]])
    print(
        f"MRR ratio kennisbank / plain wagtail: {ours_mrr / theirs_mrr if theirs_mrr else float('inf'):.2f}x"
    )
    if arguments.misses:
        print("\nNot first:")
        for query, expected, got in misses:
            print(f"  {query!r}: expected {expected}, got {got}")


if __name__ == "__main__":
    main()
