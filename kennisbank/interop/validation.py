"""Validation of VAC data against the vendored VAC objecttype schema; every write goes through here."""

from functools import cache

from jsonschema import Draft7Validator, FormatChecker

from kennisbank.interop.schemas import vac_schema


class InvalidVac(ValueError):
    """The VAC data does not match the schema; the message lists every problem."""


@cache
def _validator():
    return Draft7Validator(vac_schema(), format_checker=FormatChecker())


def validate_vac(data):
    """Raise InvalidVac naming each failing path, or return the data unchanged."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.path))
    if errors:
        raise InvalidVac(
            "; ".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors)
        )
    return data
