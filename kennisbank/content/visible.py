"""Whether a text shows anything: a title of zero-width spaces published an answer that was a
link without text on the A-Z list and a blank, unclickable row in the admin."""

import unicodedata

# Separators (Z*), control characters (Cc) and format characters (Cf: zero-width space and
# joiner, soft hyphen, direction marks) take no room on the page.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def has_visible_text(text: str) -> bool:
    return any(unicodedata.category(char) not in _INVISIBLE_CATEGORIES for char in text or "")


def has_words(text: str) -> bool:
    """Whether a text has a letter in it: "🎉🎉🎉" shows, but says nothing a resident (or a
    screen reader, or the search) can read."""
    return any(unicodedata.category(char).startswith("L") for char in text or "")
