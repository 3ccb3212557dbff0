import re
from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def test_every_message_has_a_dutch_translation():
    catalogue = polib.pofile(str(CATALOGUE))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []
    assert len(catalogue.translated_entries()) > 100


def test_every_screen_addresses_the_reader_the_same_way():
    """Staff and citizens read "u", as in Wagtail's own Dutch admin: never "je" or "jij"."""
    catalogue = polib.pofile(str(CATALOGUE))
    informal = re.compile(r"\b(je|jij|jou|jouw|jouwe)\b", re.IGNORECASE)
    found = [
        entry.msgstr or next(iter(entry.msgstr_plural.values()))
        for entry in catalogue.translated_entries()
        if informal.search(entry.msgstr or " ".join(entry.msgstr_plural.values()))
    ]
    assert found == []
