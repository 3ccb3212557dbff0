"""The layering kennisbank <- search <- toptaken and the absence of import cycles, as checked by
import-linter with the contracts in .importlinter."""

import subprocess
import sys
from pathlib import Path

import grimp

from tests.architecture.contracts import _cycles, _edges

ROOT = Path(__file__).resolve().parents[2]


def graph_of(*imports):
    graph = grimp.ImportGraph()
    for importer, imported in imports:
        graph.add_import(importer=importer, imported=imported)
    return graph


def test_the_code_keeps_every_contract():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(  # noqa: S603 - the project's own lint-imports, fixed arguments
        [str(lint), "--config", ".importlinter"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_cycle_through_a_package_init_is_found():
    # kennisbank.models (the package) imports answers, answers imports the rules, and the rules
    # import a model module: importing that runs kennisbank/models/__init__.py first.
    graph = graph_of(
        ("app.models", "app.models.answers"),
        ("app.models.answers", "app.access.rules"),
        ("app.access.rules", "app.models.departments"),
    )
    assert _cycles(_edges(graph)) == [["app.access.rules", "app.models", "app.models.answers"]]


def test_siblings_inside_a_package_may_import_each_other():
    graph = graph_of(
        ("app.models", "app.models.answers"),
        ("app.models", "app.models.workflows"),
        ("app.models.workflows", "app.models.answers"),
    )
    assert _cycles(_edges(graph)) == []
