"""The plain-text form of an answer, used by import, export and the demo content.

    ## Kop                          heading
    gewone tekst, [link](https://…) paragraph (lines are joined; blank line ends it)
    - punt                          bulleted list
    1. stap                         numbered steps
    [contact]                       the site's contact options (optionally [contact: intro])
    [antwoord: id]                  link to another answer (optionally [antwoord: id | tekst])
    [knop: tekst | /pad/]           call-to-action button

Every block of kennisbank.content.blocks.AnswerBodyBlock has exactly one text form, so
text -> blocks -> text returns the same text. Bold and italic have no text form and are dropped
on export.
"""

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

HEADING = re.compile(r"^##\s+(.+)$")
LIST_ITEM = re.compile(r"^[-*]\s+(.+)$")
STEP = re.compile(r"^\d{1,2}[.)]\s+(.+)$")
CONTACT = re.compile(r"^\[contact(?::\s*(.*))?\]$", re.IGNORECASE)
ANSWER_LINK = re.compile(r"^\[antwoord:\s*([^|\]]+?)\s*(?:\|\s*([^\]]*?)\s*)?\]$", re.IGNORECASE)
BUTTON = re.compile(r"^\[knop:\s*([^|\]]+?)\s*\|\s*([^\]]+?)\s*\]$", re.IGNORECASE)
INLINE_LINK = re.compile(r"\[([^\]]+)\]\(((?:https?://|/|mailto:|tel:)[^)\s]*)\)")
# Tags that mark a body as HTML rather than this text form (an old system's export).
HTML_TAG = re.compile(
    r"<(?:p|br|div|ul|ol|li|h[1-6]|table|tr|td|strong|b|em|i|a\s)\b[^>]*>", re.IGNORECASE
)


@dataclass(frozen=True)
class AnswerReference:
    """A link to another answer by its external id or slug, resolved to a page on import."""

    target: str
    label: str = ""


def _paragraph_html(text: str) -> str:
    """Escape text and turn [label](url) into links."""
    parts = []
    position = 0
    for match in INLINE_LINK.finditer(text):
        parts.append(escape(text[position : match.start()], quote=False))
        parts.append(
            f'<a href="{escape(match.group(2))}">{escape(match.group(1), quote=False)}</a>'
        )
        position = match.end()
    parts.append(escape(text[position:], quote=False))
    return f"<p>{''.join(parts)}</p>"


def looks_like_html(text: str) -> bool:
    return bool(HTML_TAG.search(text))


def without_links(text: str) -> str:
    """A list item's text: an item is plain text (a CharBlock), so "[label](url)" would show
    as it stands; the label keeps the address beside it, as a reader can still use it."""

    def plain(match):
        label, url = match.group(1), match.group(2)
        target = url.removeprefix("mailto:").removeprefix("tel:")
        return label if target == label or url.startswith("/") else f"{label} ({target})"

    return INLINE_LINK.sub(plain, text)


def parse(text: str) -> list[tuple[str, object]]:
    """Blocks as (block type, raw value) pairs; answer links carry an AnswerReference."""
    blocks: list[tuple[str, object]] = []
    paragraph: list[str] = []
    items: list[str] = []
    items_kind = ""

    def flush():
        nonlocal items_kind
        if paragraph:
            blocks.append(("paragraph", _paragraph_html(" ".join(paragraph))))
            paragraph.clear()
        if items:
            blocks.append((items_kind, list(items)))
            items.clear()
            items_kind = ""

    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            flush()
            continue
        for kind, pattern in (("list", LIST_ITEM), ("steps", STEP)):
            match = pattern.match(line)
            if match:
                if paragraph or items_kind != kind:
                    flush()
                items_kind = kind
                items.append(without_links(match.group(1).strip()))
                break
        else:
            if heading := HEADING.match(line):
                flush()
                blocks.append(("heading", heading.group(1).strip()))
            elif contact := CONTACT.match(line):
                flush()
                blocks.append(("contact", {"intro": (contact.group(1) or "").strip()}))
            elif link := ANSWER_LINK.match(line):
                flush()
                blocks.append(("answer_link", AnswerReference(link.group(1), link.group(2) or "")))
            elif button := BUTTON.match(line):
                flush()
                blocks.append(
                    ("call_to_action", {"label": button.group(1), "url": button.group(2)})
                )
            else:
                if items:
                    flush()
                paragraph.append(line)
    flush()
    return blocks


# Foreign HTML's blocks without a form of their own: each starts a new paragraph, so
# "<div>Kunt u niet?</div><div>Dan …</div>" is not read as "Kunt u niet?Dan …".
_BLOCKS = {"p", "div", "section", "article", "blockquote", "dl", "dt", "dd", "table", "tbody"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
EMPTY_ITEM = re.compile(r"-|\d{1,2}\.")
# Cells of a table row, on one line.
_CELL_SEPARATOR = " – "


class _RichTextToText(HTMLParser):
    """Rich text HTML to the plain-text form: paragraphs, headings, lists, table rows and
    [label](url) links."""

    def __init__(self, link_url, breaks_lines=False):
        super().__init__(convert_charrefs=True)
        self.link_url = link_url
        self.breaks_lines = breaks_lines
        self.blocks: list[tuple[str, str]] = []
        self.current: list[str] = []
        self.list_stack: list[str] = []
        self.counter: list[int] = []
        self.link_target: str | None = None
        self.link_text: list[str] = []
        self.cells: list[str] | None = None

    def _flush(self, kind="p"):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if kind == "h":
            text = text.rstrip(":")
        if text and not EMPTY_ITEM.fullmatch(text):
            self.blocks.append((kind, text))
        self.current = []

    def _item_kind(self):
        return f"{self.list_stack[-1]}-item" if self.list_stack else "p"

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS or tag in _HEADINGS:
            self._flush(self._item_kind())
        elif tag in ("ul", "ol"):
            # A nested list ends its item's own text; its items join the outer list.
            self._flush(self._item_kind())
            self.list_stack.append(tag)
            self.counter.append(0)
        elif tag == "li" and self.list_stack:
            self._flush(self._item_kind())
            self.counter[-1] += 1
            marker = f"{self.counter[-1]}." if self.list_stack[-1] == "ol" else "-"
            self.current.append(f"{marker} ")
        elif tag == "tr":
            self._flush()
            self.cells = []
        elif tag == "a":
            self.link_target = self.link_url(dict(attrs))
            self.link_text = []
        elif tag == "br":
            # In foreign HTML a line break outside a list ends the line ("Voorwaarden:<br>- u
            # bent 18"); in our own rich text it stays within the paragraph.
            if self.breaks_lines and not self.list_stack:
                self._flush()
            else:
                self.current.append(" ")

    def handle_endtag(self, tag):
        if tag == "a" and self.link_target is not None:
            label = "".join(self.link_text)
            self.current.append(f"[{label}]({self.link_target})" if self.link_target else label)
            self.link_target = None
        elif tag == "li" and self.list_stack:
            self._flush(self._item_kind())
        elif tag in _HEADINGS:
            self._flush("h")
        elif tag in _BLOCKS:
            self._flush(self._item_kind())
        elif tag in ("ul", "ol") and self.list_stack:
            self._flush(self._item_kind())
            self.list_stack.pop()
            self.counter.pop()
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.append(re.sub(r"\s+", " ", "".join(self.current)).strip())
            self.current = []
        elif tag == "tr" and self.cells is not None:
            self.current = [_CELL_SEPARATOR.join(cell for cell in self.cells if cell)]
            self.cells = None
            self._flush()

    def handle_data(self, data):
        (self.link_text if self.link_target is not None else self.current).append(data)


def _default_link_url(attributes):
    return attributes.get("href", "")


def richtext_to_text(html: str, link_url=_default_link_url, *, foreign: bool = False) -> str:
    """Plain-text form of rich text (internal notes, paragraphs), or of `foreign` HTML (an
    import), where a line break ends a line."""
    parser = _RichTextToText(link_url, breaks_lines=foreign)
    parser.feed(html or "")
    parser.close()
    parser._flush()
    # Items of one list stay on consecutive lines; everything else is separated by a blank line.
    groups: list[list[str]] = []
    previous_kind = None
    for kind, text in parser.blocks:
        if kind == "h":
            text = f"## {text}"
        if kind not in ("p", "h") and kind == previous_kind:
            groups[-1].append(text)
        else:
            groups.append([text])
        previous_kind = kind
    return "\n\n".join("\n".join(group) for group in groups)


def text_to_richtext(text: str) -> str:
    """Rich text HTML for internal notes written in the plain-text form."""
    html = []
    for kind, value in parse(text):
        if kind == "paragraph":
            html.append(value)
        elif kind in ("list", "steps"):
            tag = "ul" if kind == "list" else "ol"
            html.append(
                f"<{tag}>{''.join(f'<li>{escape(item, quote=False)}</li>' for item in value)}</{tag}>"
            )
        elif kind == "heading":
            html.append(f"<p><b>{escape(value, quote=False)}</b></p>")
        else:
            # Directives have no meaning in internal notes; keep them readable as text.
            html.append(f"<p>{escape(str(value), quote=False)}</p>")
    return "".join(html)


def blocks_to_text(stream_value, answer_id, link_url=_default_link_url) -> str:
    """The plain-text form of an answer body (a StreamValue). `answer_id(page)` names a linked answer."""
    chunks = []
    for block in stream_value:
        kind, value = block.block_type, block.value
        if kind == "heading":
            chunks.append(f"## {value}")
        elif kind == "paragraph":
            chunks.append(richtext_to_text(value.source, link_url))
        elif kind == "list":
            chunks.append("\n".join(f"- {item}" for item in value))
        elif kind == "steps":
            chunks.append("\n".join(f"{number}. {item}" for number, item in enumerate(value, 1)))
        elif kind == "contact":
            chunks.append(f"[contact: {value['intro']}]" if value["intro"] else "[contact]")
        elif kind == "answer_link":
            if value["answer"] is None:
                continue
            target = answer_id(value["answer"])
            chunks.append(
                f"[antwoord: {target} | {value['label']}]"
                if value["label"]
                else f"[antwoord: {target}]"
            )
        elif kind == "call_to_action":
            chunks.append(f"[knop: {value['label']} | {value['url']}]")
    return "\n\n".join(chunk for chunk in chunks if chunk)


def first_sentences(text: str, limit: int) -> str:
    """The leading whole sentences of `text` that fit in `limit` characters (for a short answer)."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    result = ""
    for sentence in sentences:
        candidate = f"{result} {sentence}".strip()
        if len(candidate) > limit:
            break
        result = candidate
    if not result:
        result = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return result
