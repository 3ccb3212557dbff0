"""Publishing an answer that reads harder than B1 warns the editor.

The editor form first asks for confirmation (analysis.check_confirmed: the
"Publish anyway, above B1" box in the readability panel); once confirmed and published, this
warning repeats the level.

Members of the departments in settings.READABILITY_BLOCK_DEPARTMENTS cannot publish such an
answer at all, on any path (blocking.py).
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import difficulty_text


def warn_about_hard_answer(request, page):
    """after_publish_page hook: the answer just published reads harder than B1."""
    if isinstance(page, AnswerPage) and page.reads_harder_than_b1:
        messages.warning(
            request,
            _(
                "“%(title)s” is published, but reads at level %(level)s (difficulty "
                "%(difficulty)s). Answers should read at level B1 (difficulty below 25); the "
                "readability panel shows what to simplify."
            )
            % {
                "title": page.get_admin_display_title(),
                "level": page.get_readability_level_display(),
                "difficulty": difficulty_text(page.readability_difficulty),
            },
        )
