"""Paired accuracy of the readability scorer on City of Amsterdam original/rewrite pairs.

For every pair, the original ("complex") should get the higher difficulty; ties
count half. Prints the accuracy for kennisbank.readability and, as reference
points, for textstat's Flesch-Douma (nl_NL, negated so higher is harder) and for
Wagtail's LIX. Also prints the level distribution of both sides.

    python benchmarks/readability_pairs.py          # report
    python benchmarks/readability_pairs.py --fit    # refit the weights, see scoring.py

The data is expected in <project root>/../shared/data/readability/ (as in CI) or
in the folder given with --data.
"""

import argparse
import csv
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kennisbank.readability import Analysis, analyse  # noqa: E402
from kennisbank.readability.scoring import (  # noqa: E402
    B1_THRESHOLD,
    C1_THRESHOLD,
    LEVEL_B1,
    LEVEL_B2,
    LEVEL_C1,
    WEIGHTS,
)

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "readability"
FILES = {
    "sentence_pairs.csv": ("complex", "simple"),
    "document_pairs.csv": ("complex_text", "simple_text"),
}


def load_pairs(folder: Path) -> dict[str, list[dict]]:
    pairs = {}
    for name, (complex_column, simple_column) in FILES.items():
        with open(folder / name, newline="", encoding="utf-8") as handle:
            pairs[name] = [
                {
                    "complex": row[complex_column],
                    "simple": row[simple_column],
                    "document_id": int(row["document_id"]),
                    "fit_half": int(row["document_id"]) % 2 == 0,
                }
                for row in csv.DictReader(handle)
            ]
    return pairs


def paired_accuracy(pairs: list[dict], score: Callable[[str], float]) -> float:
    if not pairs:
        return float("nan")
    total = 0.0
    for pair in pairs:
        harder, easier = score(pair["complex"]), score(pair["simple"])
        total += 1.0 if harder > easier else 0.5 if harder == easier else 0.0
    return total / len(pairs)


def flesch_douma(text: str) -> float:
    import textstat

    textstat.set_lang("nl_NL")
    return -textstat.flesch_reading_ease(text)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"\w+")


def wagtail_lix(text: str) -> float:
    """LIX as Wagtail's content checker computes it: words per sentence plus the
    percentage of words over 6 characters. (Wagtail shows 0 below 10 words; this
    reference does not, so short sentences still get a score.)"""
    sentences = [part for part in _SENTENCE_BREAK.split(text) if _WORD.search(part)]
    words = _WORD.findall(text)
    if not sentences or not words:
        return 0.0
    long_words = sum(len(word) > 6 for word in words)
    return len(words) / len(sentences) + 100 * long_words / len(words)


@cache
def analysed(text: str) -> Analysis:
    return analyse(text)


def ours(text: str) -> float:
    return analysed(text).difficulty


FOLDS = 5
FOLD_SEED = 19
# The L2 strength benchmarks/fit_readability_weights.py picks by grouped CV (the
# choice itself is not nested, so the headline is a shade optimistic).
FIT_L2 = 0.1


def fold_of(pairs: dict[str, list[dict]], folds: int = FOLDS) -> dict[int, int]:
    """Fold number per document id: every pair of one document lands in the same fold,
    so a document is never both fitted on and tested on."""
    import random

    documents = sorted({pair["document_id"] for rows in pairs.values() for pair in rows})
    random.Random(FOLD_SEED).shuffle(documents)
    return {document: index % folds for index, document in enumerate(documents)}


def feature_vector(text: str) -> list[float]:
    """The analyser's components divided by their weight: the raw feature values."""
    components = analysed(text).components
    return [components.get(name, 0.0) / WEIGHTS[name] for name in WEIGHTS]


def cross_validated(pairs: dict[str, list[dict]], folds: int = FOLDS) -> dict[str, float]:
    """Document-grouped k-fold accuracy of weights refitted on the other folds.

    The weights are fitted (pairwise logistic regression, as ``--fit``) on the
    sentence and document pairs of the training folds only, then judged on the
    held-out fold; the accuracies of all held-out pairs are pooled.
    """
    import numpy as np

    fold = fold_of(pairs, folds)
    diffs = {
        name: np.array(
            [
                np.subtract(feature_vector(pair["complex"]), feature_vector(pair["simple"]))
                for pair in rows
            ]
        )
        for name, rows in pairs.items()
    }
    fold_ids = {
        name: np.array([fold[pair["document_id"]] for pair in rows]) for name, rows in pairs.items()
    }
    correct = dict.fromkeys(pairs, 0.0)
    for k in range(folds):
        train = np.vstack([diffs[name][fold_ids[name] != k] for name in pairs])
        weights = _fit_numpy(train)
        for name in pairs:
            z = diffs[name][fold_ids[name] == k] @ weights
            correct[name] += float(np.sum(z > 1e-9) + 0.5 * np.sum(np.abs(z) <= 1e-9))
    return {name: correct[name] / len(rows) for name, rows in pairs.items()}


def _fit_numpy(diffs, l2: float = FIT_L2, steps: int = 2000):
    """L2-regularised logistic regression without intercept on pairwise differences
    (standardised per feature); returns weights in the original feature units."""
    import numpy as np

    spread = np.sqrt(np.mean(diffs**2, axis=0))
    spread[spread == 0] = 1.0
    x = diffs / spread
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        z = np.clip(x @ weights, -30, 30)
        miss = 1.0 / (1.0 + np.exp(z))
        gradient = l2 * weights - (x * miss[:, None]).mean(axis=0)
        weights -= 0.5 * gradient
    return weights / spread


def confusion(pairs: dict[str, list[dict]]) -> None:
    """Level counts of originals and rewrites (rows) per level (columns)."""
    levels = (LEVEL_B1, LEVEL_B2, LEVEL_C1)
    print(f"Level confusion (B1 below {B1_THRESHOLD}, C1 from {C1_THRESHOLD}); counts")
    print(f"  {'':20} {'side':9}" + "".join(f"{level:>20}" for level in levels))
    for name, rows in pairs.items():
        for side, label in (("complex", "original"), ("simple", "rewrite")):
            counts = Counter(analysed(pair[side]).level for pair in rows)
            print(f"  {name:20} {label:9}" + "".join(f"{counts[level]:20d}" for level in levels))


def report(pairs: dict[str, list[dict]]) -> None:
    cv = cross_validated(pairs)
    print(
        f"HEADLINE: document-grouped {FOLDS}-fold cross-validated paired accuracy "
        "(weights refitted without the held-out documents)"
    )
    print(f"  documents {cv['document_pairs.csv']:.3f}   sentences {cv['sentence_pairs.csv']:.3f}")
    print(
        f"  in-sample (weights in code): documents "
        f"{paired_accuracy(pairs['document_pairs.csv'], ours):.3f}   sentences "
        f"{paired_accuracy(pairs['sentence_pairs.csv'], ours):.3f}"
    )
    print("  targets on the unseen half: documents 0.95, sentences 0.80")
    print()
    confusion(pairs)
    print()
    print("Paired accuracy (share of pairs where the original scores harder; ties count half)")
    print(f"{'':22}{'pairs':>7}{'readability':>13}{'Flesch-Douma':>14}{'Wagtail LIX':>13}")
    for name, rows in pairs.items():
        print(
            f"{name:22}{len(rows):7}{paired_accuracy(rows, ours):13.3f}"
            f"{paired_accuracy(rows, flesch_douma):14.3f}{paired_accuracy(rows, wagtail_lix):13.3f}"
        )
    sentences = pairs["sentence_pairs.csv"]
    fit_half = [pair for pair in sentences if pair["fit_half"]]
    held_out = [pair for pair in sentences if not pair["fit_half"]]
    print(
        f"sentence pairs, fit half (even document id, {len(fit_half)}): "
        f"{paired_accuracy(fit_half, ours):.3f}; held-out half ({len(held_out)}): "
        f"{paired_accuracy(held_out, ours):.3f}"
    )
    print()
    print(f"Levels (B1 below {B1_THRESHOLD}, C1 from {C1_THRESHOLD}):")
    levels = (LEVEL_B1, LEVEL_B2, LEVEL_C1)
    for name, rows in pairs.items():
        for side in ("complex", "simple"):
            counts = Counter(analysed(pair[side]).level for pair in rows)
            shares = "  ".join(f"{level}: {counts[level] / len(rows):5.1%}" for level in levels)
            print(f"  {name:20} {side:8} {shares}")
    print()
    for name, rows in pairs.items():
        for side in ("complex", "simple"):
            values = sorted(analysed(pair[side]).difficulty for pair in rows)
            quartiles = [values[int(q * (len(values) - 1))] for q in (0.25, 0.5, 0.75)]
            print(
                f"  {name:20} {side:8} difficulty quartiles "
                + " / ".join(f"{value:.1f}" for value in quartiles)
            )


def fit(pairs: dict[str, list[dict]]) -> None:
    """Refit the weights with a pairwise logistic regression on the fit half.

    Features are the analyser's components divided by their current weight, so the
    fit starts from the same feature definitions as the scorer.
    """
    names = list(WEIGHTS)

    def features(text: str) -> list[float]:
        components = analysed(text).components
        return [components.get(name, 0.0) / WEIGHTS[name] for name in names]

    rows = pairs["sentence_pairs.csv"]
    diffs = []
    for pair in rows:
        harder, easier = features(pair["complex"]), features(pair["simple"])
        diffs.append(([a - b for a, b in zip(harder, easier, strict=True)], pair["fit_half"]))
    spread = [
        math.sqrt(sum(d[i] ** 2 for d, _ in diffs) / len(diffs)) or 1.0 for i in range(len(names))
    ]
    train = [[value / s for value, s in zip(d, spread, strict=True)] for d, half in diffs if half]
    weights = _logistic(train)
    scale = weights[0] / spread[0]
    fitted = {name: w / s / scale for name, w, s in zip(names, weights, spread, strict=True)}
    print("Fitted weights (points; sentence_length fixed at 1):")
    for name in names:
        print(f"  {name:16} {fitted[name]:8.2f}   (in use: {WEIGHTS[name]})")

    def accuracy(half: bool) -> float:
        chosen = [d for d, h in diffs if h == half]
        total = 0.0
        for d in chosen:
            z = sum(fitted[name] * value for name, value in zip(names, d, strict=True))
            total += 1.0 if z > 1e-9 else 0.5 if abs(z) <= 1e-9 else 0.0
        return total / len(chosen)

    print(f"Fitted weights: fit half {accuracy(True):.3f}, held-out half {accuracy(False):.3f}")


def _logistic(diffs: list[list[float]], l2: float = 0.01, steps: int = 3000) -> list[float]:
    """Weights w maximising sum log sigmoid(w . d) - l2/2 |w|^2 (gradient descent)."""
    size = len(diffs[0])
    weights = [0.0] * size
    for _ in range(steps):
        gradient = [l2 * w for w in weights]
        for d in diffs:
            z = sum(w * x for w, x in zip(weights, d, strict=True))
            miss = 1.0 / (1.0 + math.exp(z)) if z > -30 else 1.0
            for i in range(size):
                gradient[i] -= miss * d[i] / len(diffs)
        weights = [w - 0.5 * g for w, g in zip(weights, gradient, strict=True)]
    return weights


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--fit", action="store_true", help="refit and print the weights")
    args = parser.parse_args()
    if not all((args.data / name).exists() for name in FILES):
        print(
            f"Calibration data not found in {args.data}.\n"
            "Expected sentence_pairs.csv and document_pairs.csv from shared/data/readability/ "
            "next to the project (or pass --data)."
        )
        return 1
    pairs = load_pairs(args.data)
    if args.fit:
        fit(pairs)
    else:
        report(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
