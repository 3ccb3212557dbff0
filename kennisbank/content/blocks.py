"""StreamField blocks of an answer's full text.

The set is deliberately small: every block has a plain-text form (kennisbank.content.bodytext), so
answers survive export and import without loss and every channel can show them.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks

PARAGRAPH_FEATURES = ["bold", "italic", "link"]
_URL_PATTERN = re.compile(r"^(https?://\S+|/\S*)$")


class LinkTargetBlock(blocks.CharBlock):
    """An absolute http(s) URL or a path on this site such as /zoeken/."""

    def clean(self, value):
        value = super().clean(value)
        if value and not _URL_PATTERN.match(value):
            raise ValidationError(_("Enter a web address (https://…) or a path on this site (/…)."))
        return value


class AnswerLinkBlock(blocks.StructBlock):
    answer = blocks.PageChooserBlock(label=_("Answer"), page_type="kennisbank.AnswerPage")
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Leave empty to use the question of the answer."),
    )

    class Meta:
        icon = "link"
        label = _("Link to another answer")
        template = "kennisbank/blocks/answer_link.html"


class ContactBlock(blocks.StructBlock):
    intro = blocks.CharBlock(
        label=_("Intro"),
        required=False,
        help_text=_("Optional sentence above the contact options."),
    )

    class Meta:
        icon = "mail"
        label = _("Contact options")
        template = "kennisbank/blocks/contact.html"


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Button text"), max_length=80)
    url = LinkTargetBlock(label=_("Link"), max_length=500)

    class Meta:
        icon = "pick"
        label = _("Button")
        template = "kennisbank/blocks/call_to_action.html"


class AnswerBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, icon="title", template="kennisbank/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=PARAGRAPH_FEATURES)
    list = blocks.ListBlock(
        blocks.CharBlock(label=pgettext_lazy("list item", "Item")),
        label=_("Bulleted list"),
        icon="list-ul",
        template="kennisbank/blocks/list.html",
    )
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step")),
        label=_("Steps"),
        icon="list-ol",
        template="kennisbank/blocks/steps.html",
    )
    answer_link = AnswerLinkBlock()
    contact = ContactBlock()
    call_to_action = CallToActionBlock()
