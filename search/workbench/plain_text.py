"""An answer as clean plain text, for the copy button: pasted into an e-mail or chat reply it
reads well without any markup. Never includes the internal notes.

    Hoe vraag ik een paspoort aan?

    U vraagt een paspoort aan in het Stadhuis.

    Wat neemt u mee?
    - uw oude paspoort
    ...
    Meer informatie: https://www.voorbeeldstad.nl/vragen/paspoort-aanvragen/
"""

import re
from collections.abc import Callable

from django.utils.translation import gettext as _

from wagtail.models import Page

from kennisbank.content.bodytext import richtext_to_text

# "[label](target)" as kennisbank.content.bodytext writes a link in plain text.
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def _readable_links(text: str) -> str:
    def replace(match):
        label, target = match.group(1), match.group(2).removeprefix("mailto:")
        return target if label.strip() == target else f"{label} ({target})"

    return _LINK.sub(replace, text)


def _labelled(label: str, url: str) -> str:
    """ "Maak een afspraak: https://…", but "Wat kost een paspoort? https://…"."""
    return f"{label} {url}" if label.rstrip()[-1:] in "?!:." else f"{label}: {url}"


def answer_text(answer, *, absolute: Callable[[str], str], channels=()) -> str:
    """`answer` as text. `absolute(path)` makes a full URL of a path on this site; `channels`
    is ContactSettings.channel_list(), written out where the answer has its contact block."""

    def page_url(page) -> str:
        url = page.get_url()
        return absolute(url) if url else ""

    def link_url(attributes) -> str:
        if attributes.get("linktype") == "page":
            page = Page.objects.filter(pk=attributes.get("id")).first()
            return page_url(page.specific) if page and page.live else ""
        href = attributes.get("href", "")
        return absolute(href) if href.startswith("/") else href

    chunks = [answer.title, answer.short_answer]
    for block in answer.body:
        kind, value = block.block_type, block.value
        if kind == "heading":
            chunks.append(value)
        elif kind == "paragraph":
            chunks.append(_readable_links(richtext_to_text(value.source, link_url)))
        elif kind == "list":
            chunks.append("\n".join(f"- {item}" for item in value))
        elif kind == "steps":
            chunks.append("\n".join(f"{number}. {item}" for number, item in enumerate(value, 1)))
        elif kind == "answer_link":
            linked = value["answer"]
            if linked is not None and linked.live:
                chunks.append(_labelled(value["label"] or linked.title, page_url(linked)))
        elif kind == "call_to_action":
            url = value["url"]
            chunks.append(_labelled(value["label"], absolute(url) if url.startswith("/") else url))
        elif kind == "contact":
            lines = [value["intro"]] if value["intro"] else []
            lines += [f"{channel['name']}: {channel['contact']}" for channel in channels]
            chunks.append("\n".join(lines))
    if url := page_url(answer):
        chunks.append(_("More information: %(url)s") % {"url": url})
    return "\n\n".join(chunk.strip() for chunk in chunks if chunk and chunk.strip())
