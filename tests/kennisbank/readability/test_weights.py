"""The weights in code are the ones benchmarks/fit_readability_weights.py fits."""

import sys
from pathlib import Path

import pytest

from kennisbank.readability.scoring import WEIGHTS

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"


@pytest.fixture
def fit_script(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import fit_readability_weights

    yield fit_readability_weights
    sys.modules.pop("fit_readability_weights", None)


def test_weights_in_code_reproduce_from_the_fitting_script(fit_script):
    import readability_pairs

    if not all(
        (readability_pairs.DEFAULT_DATA / name).exists() for name in readability_pairs.FILES
    ):
        pytest.skip("shared/data/readability/ is not next to the project")
    weights, _, accuracy = fit_script.fit(
        readability_pairs.load_pairs(readability_pairs.DEFAULT_DATA)
    )
    assert weights == pytest.approx(WEIGHTS, abs=0.02)
    assert accuracy["sentence_pairs.csv"] >= 0.80
