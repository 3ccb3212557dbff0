"""Relevance of the search on realistic citizen queries against the demo content.

Prints MRR@10 and recall@3 for Kennisbank's search (search.retrieval.find_answers) and, in
the same run on the same database, for plain Wagtail search (AnswerPage.objects.search()),
overall and per kind of query (typo, old name, compound, ...), and lists the misses.
Then, for every query set (search queries, chat openers, held-out openers, paraphrases and
questions in other languages), words only (SEARCH_SEMANTIC_WEIGHT 0) beside hybrid.

    python benchmarks/search_relevance.py                      # fresh SQLite demo database
    python benchmarks/search_relevance.py --database-url postgres://postgres@127.0.0.1/bench

The last set, "headings, buttons", is made from the content itself: every section heading and
button text of an answer's body that only that answer uses and that has two words or more
besides fillers ("Rijbewijs uit een ander land", not "Kosten"), and every link text an editor
gave a link to another answer; each should find its own answer (the link's target). Issue #15
names such section-heading and link-text queries as its harder set (target MRR@10 >= 0.85).

--bare first strips the content to what an import brings (see chat_quality.py --bare).

Targets: MRR@10 >= 0.85, recall@3 >= 0.90, and at least 1.5x plain Wagtail's MRR.
"""

import argparse
import re
from collections import Counter, defaultdict

from demo_database import add_bare_option, setup

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
    add_bare_option(parser)
    arguments = parser.parse_args()
    setup(arguments.database_url, bare=arguments.bare)

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
    compare_hybrid(identifier)


def heading_queries(identifier):
    """(text, [expected answer]) for the section headings, button texts and link texts of the
    live answers (see the module's docstring)."""
    from kennisbank.models import AnswerPage
    from search.understanding import is_filler, normalise

    pages = list(AnswerPage.objects.live())
    texts = [
        (text, page) for page in pages for text in AnswerPage.heading_text(page.body).splitlines()
    ]
    # "Kosten" heads a section in 15 answers and "Maak een afspraak" is a button in 5: such a
    # query asks for none of them in particular.
    used = Counter(normalise(text) for text, _page in texts)
    queries = [
        (text, [identifier[page.pk]])
        for text, page in texts
        if used[normalise(text)] == 1
        and len([word for word in normalise(text).split() if not is_filler(word)]) >= 2
    ]
    queries += [
        (block.value["label"], [identifier[block.value["answer"].pk]])
        for page in pages
        for block in page.body
        if block.block_type == "answer_link" and block.value["label"]
    ]
    return queries


def compare_hybrid(identifier):
    """MRR@10 and recall@3 per query set, words only beside words + meaning."""
    from data.chat_openers import OPENERS
    from data.chat_openers_heldout import OPENERS as HELD_OUT
    from data.multilingual_queries import QUERIES as MULTILINGUAL
    from data.paraphrase_queries import QUERIES as PARAPHRASES
    from data.search_queries import QUERIES

    from django.conf import settings
    from django.core.management import call_command

    from search.retrieval import find_answers

    call_command("search_reindex", "--vectors-only", verbosity=0)
    sets = {
        "search queries": [(q["query"], q["expected"]) for q in QUERIES],
        "chat openers": [(o["message"], o["expected"]) for o in OPENERS if o["expected"]],
        "held-out openers": [(o["message"], o["expected"]) for o in HELD_OUT if o["expected"]],
        "paraphrases": [(q["query"], q["expected"]) for q in PARAPHRASES],
        "other languages": [(q["query"], q["expected"]) for q in MULTILINGUAL if q["expected"]],
        "headings, buttons": heading_queries(identifier),
    }
    hybrid_weight = settings.SEARCH_SEMANTIC_WEIGHT

    def figures(items, weight):
        settings.SEARCH_SEMANTIC_WEIGHT = weight
        rr, hit3 = [], []
        for text, expected in items:
            ranked = [identifier[r.page_id] for r in find_answers(text, limit=CUTOFF).results]
            rr.append(reciprocal_rank(ranked, set(expected)))
            hit3.append(1.0 if set(expected) & set(ranked[:3]) else 0.0)
        settings.SEARCH_SEMANTIC_WEIGHT = hybrid_weight
        return sum(rr) / len(rr), sum(hit3) / len(hit3)

    print(f"\nWords only vs hybrid (weight {hybrid_weight}):")
    print(f"{'set':<18} {'n':>4}  {'MRR@10 words / hybrid':>22}  {'recall@3 words / hybrid':>24}")
    for name, items in sets.items():
        lexical, hybrid = figures(items, 0.0), figures(items, hybrid_weight)
        print(
            f"{name:<18} {len(items):>4}  {lexical[0]:>12.3f} / {hybrid[0]:.3f}  "
            f"{lexical[1]:>14.3f} / {hybrid[1]:.3f}"
        )


if __name__ == "__main__":
    main()
