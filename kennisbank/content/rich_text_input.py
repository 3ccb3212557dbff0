"""The rich-text editor's input, also when it is not what the editor in the browser sends.

Wagtail's Draftail widget reads its field as the editor's JSON and raised a 500 on anything
else: an empty "Werkinstructie" or a line of plain text posted by a script or an integration
instead of the browser. Such a post now saves what it plainly means: nothing, or the text as
paragraphs.
"""

import json

from django.utils.html import escape

from wagtail.admin.rich_text import DraftailRichTextArea


def paragraphs_html(text: str) -> str:
    """Plain text as rich text: one paragraph per block of lines, every character escaped."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )


class TolerantDraftailRichTextArea(DraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        raw = data.get(name)
        if raw is None:
            return None
        try:
            contentstate = json.loads(raw)
        except (TypeError, ValueError):
            return paragraphs_html(raw)
        if contentstate is None:
            # What the editor posts for a field emptied of all text ("null").
            return ""
        if not isinstance(contentstate, dict) or not isinstance(contentstate.get("blocks"), list):
            # Valid JSON but not the editor's: the same plain reading of what was posted.
            return paragraphs_html(raw)
        return super().value_from_datadict(data, files, name)
