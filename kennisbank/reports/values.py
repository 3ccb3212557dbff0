"""Reading a value from a report row, which may be a dict or an object."""

from wagtail.coreutils import multigetattr


def read_value(row, accessor):
    """`accessor` is a key, a dotted path or a callable; a missing value reads as None."""
    if callable(accessor):
        return accessor(row)
    try:
        return multigetattr(row, accessor)
    except AttributeError:
        return None
