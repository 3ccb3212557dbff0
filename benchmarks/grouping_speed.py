"""How long does grouping unanswered queries take? The Ontbrekende content report groups every
distinct unanswered phrasing of its period, so it must stay well inside the report's 2 s.

Generates 5,000 / 20,000 / 50,000 distinct keys (random Dutch-looking words, 1-4 per query)
with a few typo variants, groups them with search.analytics.grouping.merge_keys and prints the
time and the number of groups.

Run from the project root:  .venv/bin/python benchmarks/grouping_speed.py
"""

import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from search.analytics.grouping import merge_keys  # noqa: E402

LETTERS = "aeioulnrstdkgmpbvhjz"


def keys(count: int, rng: random.Random) -> dict[str, int]:
    words = [
        "".join(rng.choice(LETTERS) for _ in range(rng.choice([4, 5, 6, 7, 8, 9, 11, 13])))
        for _ in range(count // 4)
    ]
    counts: dict[str, int] = {}
    while len(counts) < count:
        tokens = rng.sample(words, rng.choice([1, 2, 2, 3, 3, 4]))
        if rng.random() < 0.2:  # a typo: one letter changed
            word = tokens[0]
            spot = rng.randrange(len(word))
            tokens[0] = word[:spot] + rng.choice(LETTERS) + word[spot + 1 :]
        counts[" ".join(sorted(tokens))] = rng.randint(1, 300)
    return counts


def main():
    rng = random.Random(8)
    print(f"{'keys':>8}{'seconds':>10}{'groups':>10}")
    for count in (5_000, 20_000, 50_000):
        counts = keys(count, rng)
        started = time.perf_counter()
        representative = merge_keys(counts)
        elapsed = time.perf_counter() - started
        print(f"{count:8}{elapsed:10.2f}{len(set(representative.values())):10}")


if __name__ == "__main__":
    main()
