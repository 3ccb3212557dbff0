"""Choose the fusion weight, similarity bounds, question weight and generic weight by
cross-validation (search.fusion).

Every query of the search and chat sets (the held-out chat openers excluded: they stay
unseen) is searched twice, keeping its lexical scores and its cosine similarities by the
answers' passage vectors and by their closest question vectors, and each answer's closeness
to the usual question (search.index.VectorIndex.generic); then a grid of (weight, floor,
ceiling, question weight, generic weight) is scored by MRR@10 with k-fold
cross-validation: the setting that is best on k-1 folds is measured on the fold it never saw. Prints the mean
out-of-fold MRR, how often each setting was chosen, and the best setting on all queries.

    python benchmarks/fusion_tuning.py [--database-url ...] [--folds 5] [--bare]

--bare first strips the demo content to what an import brings (chat_quality.py --bare). On it
(Dec 2026) the folds chose weight 0.8 and reached 0.838 out of fold, against 0.832 for the
current settings: too small a difference to give imported content settings of its own.

Also tried with this grid (Dec 2026), and not kept: a weight for meaning that rises as the
words' best match weakens (weight + rise * (1 - best lexical score), at most 0.85). The folds
chose no rise on the demo content (0.907 out of fold; a rise of 0.4 gave 0.895, the tuned
openers 0.966 -> 0.935) and a rise of 0.4 on it bare (0.850 against 0.832). Either way it
raised the scores of questions without an answer, so the chatbot handed over 0.72 of them
instead of 0.92 until the thresholds were moved up, which cost more direct answers than the
better order gained.
"""

import argparse
import dataclasses
import itertools
import random
from collections import Counter

from demo_database import add_bare_option, setup

CUTOFF = 10


def mrr(items, fuse, setting):
    total = 0.0
    for lexical, semantic, expected in items:
        scores = fuse(lexical, semantic, setting)
        ranked = sorted(scores, key=lambda page_id: (-scores[page_id], page_id))[:CUTOFF]
        for position, page_id in enumerate(ranked, start=1):
            if page_id in expected:
                total += 1 / position
                break
    return total / len(items) if items else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url")
    parser.add_argument("--folds", type=int, default=5)
    add_bare_option(parser)
    arguments = parser.parse_args()
    setup(arguments.database_url, bare=arguments.bare)

    from data.chat_openers import OPENERS
    from data.multilingual_queries import QUERIES as MULTILINGUAL
    from data.paraphrase_queries import QUERIES as PARAPHRASES
    from data.search_queries import QUERIES

    from django.conf import settings
    from django.core.management import call_command

    from kennisbank.models import AnswerPage
    from search import fusion, retrieval

    call_command("search_reindex", "--vectors-only", verbosity=0)
    page_id = {page.external_id or page.slug: page.pk for page in AnswerPage.objects.all()}
    queries = [
        (item["query"], item["expected"])
        for item in QUERIES + PARAPHRASES + MULTILINGUAL
        if item["expected"]
    ]
    queries += [(item["message"], item["expected"]) for item in OPENERS if item["expected"]]

    captured = {}
    original_fuse = fusion.fuse

    def capture(lexical, semantic, setting):
        captured["last"] = (dict(lexical), dict(semantic))
        return original_fuse(lexical, semantic, setting)

    def search(text, question_weight):
        settings.SEARCH_QUESTION_WEIGHT = question_weight
        # Undiscounted: the grid applies each generic weight itself. (With a discount the
        # nearest answers are chosen after it; the lexical candidates are the same.)
        settings.SEARCH_GENERIC_WEIGHT = 0.0
        captured.pop("last", None)
        retrieval.find_answers(text, limit=CUTOFF)
        return captured.get("last", ({}, {}))

    configured = settings.SEARCH_QUESTION_WEIGHT, settings.SEARCH_GENERIC_WEIGHT
    fusion.fuse = capture
    items = []
    for text, expected in queries:
        # Question weight 0 gives the passage similarity, 1 the passage plus all that the
        # closest question adds beyond fusion.QUESTION_USUAL_LEAD, which gives back that
        # question's similarity wherever it counts at all.
        lexical, passage = search(text, 0.0)
        _lexical, raised = search(text, 1.0)
        closest = {
            answer: value + fusion.QUESTION_USUAL_LEAD
            for answer, value in raised.items()
            if value > passage.get(answer, value)
        }
        share = fusion.generic_share(text)
        items.append(
            (lexical, (passage, closest, share), {page_id[e] for e in expected if e in page_id})
        )
    fusion.fuse = original_fuse
    settings.SEARCH_QUESTION_WEIGHT, settings.SEARCH_GENERIC_WEIGHT = configured
    vectors = retrieval.get_index().vectors
    generic = dict(zip(vectors.page_ids.tolist(), vectors.generic.tolist(), strict=True))

    def fuse(lexical, similarities, setting):
        passage, closest, share = similarities
        semantic = {
            page_id: fusion.answer_similarity(
                value,
                closest.get(page_id),
                generic.get(page_id, 0.0),
                setting.question_weight,
                setting.generic_weight * share,
            )
            for page_id, value in passage.items()
        }
        return original_fuse(lexical, semantic, setting)

    grid = [
        fusion.FusionSettings(weight, floor, ceiling, question_weight, generic_weight)
        for weight, floor, ceiling, question_weight, generic_weight in itertools.product(
            [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
            [0.65, 0.68, 0.71, 0.74, 0.76, 0.78],
            [0.88, 0.9, 0.92, 0.94, 0.95],
            [0.0, 0.25, 0.5, 0.75, 1.0],
            [0.0, 0.25, 0.5, 0.75],
        )
        if ceiling > floor
    ]
    random.Random(15).shuffle(items)
    folds = [items[i :: arguments.folds] for i in range(arguments.folds)]
    out_of_fold, chosen = [], Counter()
    for index, test in enumerate(folds):
        train = [item for j, fold in enumerate(folds) if j != index for item in fold]
        best = max(grid, key=lambda setting: mrr(train, fuse, setting))
        chosen[best] += 1
        out_of_fold.append(mrr(test, fuse, best) * len(test))
    lexical_only = mrr(items, fuse, fusion.FusionSettings(0.0))
    print(f"{len(items)} queries, {arguments.folds}-fold cross-validation")
    print(f"  MRR@10 words only:           {lexical_only:.3f}")
    print(f"  MRR@10 fused, out of fold:   {sum(out_of_fold) / len(items):.3f}")
    for setting, count in chosen.most_common():
        print(f"  chosen {count}x: {setting}")
    current = fusion.current()
    print(f"  MRR@10 current settings:     {mrr(items, fuse, current):.3f} ({current})")
    passage_only = dataclasses.replace(current, question_weight=0.0)
    print(f"  MRR@10 without question vectors: {mrr(items, fuse, passage_only):.3f}")
    undiscounted = dataclasses.replace(current, generic_weight=0.0)
    print(f"  MRR@10 without the generic discount: {mrr(items, fuse, undiscounted):.3f}")
    best = max(grid, key=lambda setting: mrr(items, fuse, setting))
    print(f"best on all queries: {best} (MRR@10 {mrr(items, fuse, best):.3f})")


if __name__ == "__main__":
    main()
