"""A character count under the answer editor's fields with a maximum length (the short answer:
300 characters; the question: 255, shown only near it). The browser stops typing at the
maximum and cuts pasted text off without a word; the count shows how much room is left
(kennisbank/js/character-count.js)."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _


def character_count_js():
    """insert_editor_js: the script, with its Dutch texts (the script has no translations)."""
    return format_html(
        '<script src="{}" data-count-text="{}" data-full-text="{}" defer></script>',
        static("kennisbank/js/character-count.js"),
        # Placeholders the script fills in; %(count)s and %(max)s are numbers.
        _("%(count)s of %(max)s characters"),
        _("You have reached the maximum of %(max)s characters. Longer text is cut off."),
    )
