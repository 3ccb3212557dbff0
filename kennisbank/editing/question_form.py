"""A hint after saving an answer whose title is not a question ("Lantaarnpaal").

Citizens ask questions: the website lists the titles as questions, the chatbot says "Bedoelt u:
…?" with them, and a title worded as the citizen asks it is what search and meaning match best.
A hint, not a refusal: a name can be the right title now and then, and no work is held up.
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from kennisbank.models import AnswerPage


def hint_if_not_a_question(request, page):
    """after_create_page / after_edit_page."""
    if not isinstance(page, AnswerPage):
        return
    title = (page.title or "").strip()
    if not title or title.endswith("?"):
        return
    messages.info(
        request,
        _(
            "The question “%(title)s” does not end with a question mark. Write it as a resident "
            "would ask it, for example “Waar meld ik een kapotte lantaarnpaal?”: search and the "
            "chatbot find the answer better that way."
        )
        % {"title": title},
    )
