"""The labels editors read above every field of a block start with a capital, in Dutch, like
Wagtail's own field labels ("Contactgegevens", not "contactgegevens"; "Kanaal", not the English
"Channel" Wagtail makes of a block's name)."""

import pytest

from django.utils import translation

from wagtail import blocks

from kennisbank.models import AnswerPage, ContactSettings
from toptaken.models import HomePage, TopTaskPage


def labelled(block):
    """Every block inside `block`, with `block` itself."""
    yield block
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        for child in block.child_blocks.values():
            yield from labelled(child)
    elif isinstance(block, blocks.ListBlock):
        yield from labelled(block.child_block)


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (AnswerPage, "body"),
        (ContactSettings, "channels"),
        (ContactSettings, "closed_days"),
        (TopTaskPage, "sections"),
        (HomePage, "other_topics"),
    ],
)
def test_block_labels_are_dutch_and_start_with_a_capital(model, field):
    stream = model._meta.get_field(field).stream_block
    with translation.override("nl"):
        # An item of a list without a label of its own shows none.
        labels = {str(block.label) for block in labelled(stream) if block is not stream} - {""}
    assert labels
    assert [label for label in labels if not label[:1].isupper()] == []
    assert not labels & {"Channel", "Day", "Item", "Answers"}
