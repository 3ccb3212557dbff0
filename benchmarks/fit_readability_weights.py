"""Fit the weights of the readability difficulty score on original/rewrite pairs.

The difficulty is an additive sum of features (``kennisbank.readability.scoring``);
this script fits its weights with an L2-regularised logistic regression on the
feature differences of the two texts of each pair (sentence and document pairs of
the City of Amsterdam corpus). The regularisation strength is chosen by
document-grouped 5-fold cross-validation (pairs of one document never on both
sides). The weights are then scaled so that one point is one word of sentence
length, rounded to 2 decimals, and printed in the form ``scoring.WEIGHTS`` takes.
It also prints the level bounds that put most rewrites at B1 and most originals
above it. ``tests/kennisbank/test_readability_weights.py`` checks that the
weights in code are the ones this script prints.

    python benchmarks/fit_readability_weights.py [--data FOLDER]
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from readability_pairs import (  # noqa: E402
    DEFAULT_DATA,
    FILES,
    FOLDS,
    _fit_numpy,
    feature_vector,
    fold_of,
    load_pairs,
)

from kennisbank.readability.scoring import WEIGHTS  # noqa: E402

L2_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3)
ANCHOR = "sentence_length"


def _differences(pairs):
    fold = fold_of(pairs)
    rows, folds, kinds = [], [], []
    for name, items in pairs.items():
        for pair in items:
            rows.append(
                np.subtract(feature_vector(pair["complex"]), feature_vector(pair["simple"]))
            )
            folds.append(fold[pair["document_id"]])
            kinds.append(name)
    return np.array(rows), np.array(folds), np.array(kinds)


def _cv_accuracy(diffs, folds, kinds, l2: float) -> dict[str, float]:
    correct = dict.fromkeys(FILES, 0.0)
    for k in range(FOLDS):
        weights = _fit_numpy(diffs[folds != k], l2=l2)
        z = diffs[folds == k] @ weights
        for name in FILES:
            chosen = z[kinds[folds == k] == name]
            correct[name] += float(np.sum(chosen > 1e-9) + 0.5 * np.sum(np.abs(chosen) <= 1e-9))
    return {name: correct[name] / np.sum(kinds == name) for name in FILES}


def fit(pairs) -> tuple[dict[str, float], float, dict[str, float]]:
    """Weights (rounded points), the chosen L2 strength and its CV accuracy."""
    diffs, folds, kinds = _differences(pairs)
    scored = []
    for l2 in L2_GRID:
        accuracy = _cv_accuracy(diffs, folds, kinds, l2)
        # Sentences decide (602 pairs against 18 documents); the documents break ties.
        scored.append(
            (accuracy["sentence_pairs.csv"], accuracy["document_pairs.csv"], -l2, l2, accuracy)
        )
    *_, l2, accuracy = max(scored)
    raw = _fit_numpy(diffs, l2=l2)
    names = list(WEIGHTS)
    scale = raw[names.index(ANCHOR)]
    weights = {name: round(float(value / scale), 2) for name, value in zip(names, raw, strict=True)}
    return weights, l2, accuracy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not all((args.data / name).exists() for name in FILES):
        print(f"Calibration data not found in {args.data}.")
        return 1
    weights, l2, accuracy = fit(load_pairs(args.data))
    print(f"L2 chosen by grouped {FOLDS}-fold CV: {l2}")
    print(
        f"CV paired accuracy: documents {accuracy['document_pairs.csv']:.3f}, "
        f"sentences {accuracy['sentence_pairs.csv']:.3f}"
    )
    print("WEIGHTS = {")
    for name, value in weights.items():
        print(f'    "{name}": {value},  # in use: {WEIGHTS[name]}')
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
