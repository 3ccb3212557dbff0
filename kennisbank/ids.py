"""Database ids as they come in from URLs and forms, bounded to what the database can hold.

An id of 20 digits would overflow a 64-bit integer column (an OverflowError on SQLite, an error
on PostgreSQL): such an id exists nowhere, so it is a 404 or "not found", never a 500.
"""

from django.urls import register_converter

# 18 digits always fit in a signed 64-bit integer (max 9,223,372,036,854,775,807).
MAX_DIGITS = 18


class IdConverter:
    """``<id:page_id>`` in a URL: a positive id of at most 18 digits; longer ones do not match."""

    regex = rf"[0-9]{{1,{MAX_DIGITS}}}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(IdConverter, "id")


def as_id(value) -> int | None:
    """`value` (text or a number) as an id, or None when it cannot be one."""
    text = str(value).strip() if value is not None else ""
    if not text.isdigit() or len(text) > MAX_DIGITS:
        return None
    return int(text) or None
