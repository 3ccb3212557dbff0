"""Plain text from HTML, rich text and StreamField output."""

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from .words import word_set

# Elements whose content is never read by a visitor.
_HIDDEN = word_set("script style template noscript head svg iframe")
# Elements that start a new line, so headings, list items and cells become sentences.
_BLOCKS = word_set("""
    address article aside blockquote br caption dd details div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre
    section summary table tbody td tfoot th thead tr ul
    """)
_LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][\w-]*(?:\s[^<>]*)?/?|/[a-zA-Z][\w-]*\s*)>")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            # Whitespace in HTML source is a space; only block elements break lines.
            self.parts.append(re.sub(r"\s+", " ", data))


def text_from_html(html: str) -> str:
    """Visible text of an HTML fragment, one line per block element.

    Script, style and similar elements are dropped, entities are decoded, and
    blocks (paragraphs, headings, list items, table cells) are separated by blank
    lines so that each one is read as its own sentence or paragraph.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def looks_like_html(text: str) -> bool:
    return _LOOKS_LIKE_HTML.search(text) is not None


def to_plain_text(content: str | Iterable[str] | None) -> str:
    """Plain text from a string (plain or HTML) or from a list of blocks.

    A list is what a StreamField gives as ``[str(block) for block in page.body]``:
    each block is converted on its own and blocks are separated by a blank line.
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return text_from_html(content) if looks_like_html(content) else content
    return "\n\n".join(to_plain_text(str(part)) for part in content if part is not None)
