"""Vendored standard files; see README.md in this folder for provenance and licences."""

import json
from functools import cache
from pathlib import Path

SCHEMA_DIR = Path(__file__).resolve().parent


@cache
def vac_schema():
    """The VAC objecttype JSON Schema (CC0, open-objecten/objecttypes)."""
    return json.loads((SCHEMA_DIR / "vac-schema.json").read_text(encoding="utf-8"))
