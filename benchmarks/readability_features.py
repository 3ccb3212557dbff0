"""Each candidate readability feature measured on its own, in grouped cross-validation.

For every feature of ``kennisbank.readability.candidates`` (plus officialese from the
analyser) it prints the document-grouped 5-fold paired accuracy of that feature
alone (its direction learned on the training folds), and the accuracy of the
scorer's current features with this one added (weights refitted per fold). A
feature that adds nothing there is not worth a weight.

    python benchmarks/readability_features.py [--data FOLDER]
"""

import argparse
import sys
from functools import cache
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
    analysed,
    feature_vector,
    fold_of,
    load_pairs,
)

from kennisbank.readability.candidates import FEATURE_NAMES, candidate_features  # noqa: E402
from kennisbank.readability.scoring import WEIGHTS  # noqa: E402

NAMES = (*FEATURE_NAMES, "officialese_per_100")


@cache
def values(text: str) -> tuple[float, ...]:
    found = candidate_features(text)
    officialese = analysed(text).components.get("officialese", 0.0) / WEIGHTS["officialese"]
    return (*(found[name] for name in FEATURE_NAMES), officialese)


def _accuracy(z: np.ndarray) -> float:
    return float(np.sum(z > 1e-9) + 0.5 * np.sum(np.abs(z) <= 1e-9))


def evaluate(pairs: dict[str, list[dict]]) -> None:
    fold = fold_of(pairs)
    diffs, base, folds = {}, {}, {}
    for name, rows in pairs.items():
        diffs[name] = np.array(
            [np.subtract(values(p["complex"]), values(p["simple"])) for p in rows]
        )
        base[name] = np.array(
            [np.subtract(feature_vector(p["complex"]), feature_vector(p["simple"])) for p in rows]
        )
        folds[name] = np.array([fold[p["document_id"]] for p in rows])

    def cv(columns) -> dict[str, float]:
        correct = dict.fromkeys(pairs, 0.0)
        for k in range(FOLDS):
            train = np.vstack([columns[n][folds[n] != k] for n in pairs])
            weights = _fit_numpy(train)
            for n in pairs:
                correct[n] += _accuracy(columns[n][folds[n] == k] @ weights)
        return {n: correct[n] / len(pairs[n]) for n in pairs}

    baseline = cv(base)
    print(f"Document-grouped {FOLDS}-fold paired accuracy (documents / sentences)")
    print(
        f"current features: {baseline['document_pairs.csv']:.3f} / "
        f"{baseline['sentence_pairs.csv']:.3f}"
    )
    print(
        f"{'feature':32}{'alone doc':>10}{'alone sent':>11}{'+current doc':>13}{'+current sent':>14}"
    )
    for index, feature in enumerate(NAMES):
        alone = cv({n: diffs[n][:, [index]] for n in pairs})
        added = cv({n: np.hstack([base[n], diffs[n][:, [index]]]) for n in pairs})
        print(
            f"{feature:32}{alone['document_pairs.csv']:10.3f}{alone['sentence_pairs.csv']:11.3f}"
            f"{added['document_pairs.csv']:13.3f}{added['sentence_pairs.csv']:14.3f}"
        )
    everything = cv({n: np.hstack([base[n], diffs[n]]) for n in pairs})
    print(
        f"{'current + all candidates':32}{'':21}{everything['document_pairs.csv']:13.3f}"
        f"{everything['sentence_pairs.csv']:14.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not all((args.data / name).exists() for name in FILES):
        print(f"Calibration data not found in {args.data}.")
        return 1
    evaluate(load_pairs(args.data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
