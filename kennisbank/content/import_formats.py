"""Other catalogues as import records: Samenwerkende Catalogi feeds, SDG product texts, VACs.

Each reader turns its source into records of the JSON Lines import format (importing.py), so
one machinery stores them: per-record transactions, external ids, new revisions on re-import.
A problem with one record is a RecordError for that record; a problem with the whole source
(not XML, an XML bomb, not reachable) is a SourceError. Both speak Dutch.

Imported HTML is made safe (no scripts, styles, iframes or event handlers), links are made
absolute to the source, and images become links: nothing is fetched from the source.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from html import escape as html_escape
from xml.etree import ElementTree

import nh3
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from django.utils.translation import gettext as _

from kennisbank.content import bodytext
from kennisbank.interop.html import ALLOWED_TAGS, safe_html

SC = "{http://standaarden.overheid.nl/product/terms/}"
DCTERMS = "{http://purl.org/dc/terms/}"
EXTERNAL_ID_MAX = 100
UPL_URI = re.compile(r"^https?://standaarden\.overheid\.nl/owms/terms/")
IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'\b(src|alt)\s*=\s*("([^"]*)"|\'([^\']*)\')', re.IGNORECASE)
AUDIENCE_FROM_SC = {
    frozenset({"particulier"}): "inwoners",
    frozenset({"ondernemer"}): "ondernemers",
    frozenset({"particulier", "ondernemer"}): "beide",
}
AUDIENCE_FROM_DOELGROEP = {
    "eu-burger": "inwoners",
    "eu-bedrijf": "ondernemers",
    "eu-burger-bedrijf": "beide",
}
# SDG text fields, in the order of the answer, with the heading each gets.
SDG_SECTIONS = [
    ("tekst", None),
    ("procedureBeschrijving", "Hoe vraagt u het aan?"),
    ("vereisten", "Voorwaarden"),
    ("bewijs", "Wat heeft u nodig?"),
    ("kostenEnBetaalmethoden", "Wat kost het?"),
    ("uitersteTermijn", "Hoe lang duurt het?"),
    ("bezwaarEnBeroep", "Bezwaar maken"),
    ("wtdBijGeenReactie", "Geen reactie gekregen?"),
]


class SourceError(Exception):
    """The whole source cannot be read."""


@dataclass(frozen=True)
class Record:
    number: int
    data: dict | None
    error: str = ""
    # Left out on purpose (a withdrawn VAC, a product the organisation does not offer): said,
    # but not a failure.
    skipped: bool = False

    def as_line(self) -> str:
        return json.dumps(self.data, ensure_ascii=False) if self.data is not None else ""


def external_id(value: str, prefix: str) -> str:
    """A stable id of at most 100 characters for a source's own identifier."""
    value = value.strip()
    if len(value) <= EXTERNAL_ID_MAX:
        return value
    return f"{prefix}-{hashlib.sha256(value.encode()).hexdigest()[:40]}"


def _images_as_links(html: str) -> str:
    def link(match):
        attributes = {
            name.lower(): double if double is not None else single
            for name, _quoted, double, single in ATTRIBUTE.findall(match.group(0))
        }
        src = attributes.get("src", "")
        if not src:
            return ""
        return f'<a href="{src}">{attributes.get("alt") or _("image")}</a>'

    return IMAGE.sub(link, html)


# Kept through the sanitiser only to be read as structure (bodytext turns each into lines).
STRUCTURE_TAGS = {"h1", "div", "section", "article", "table", "tbody", "thead", "tr", "td", "th"}


def html_to_body(html: str, base_url: str) -> str:
    """Safe plain-text answer body (bodytext form) from foreign HTML."""
    safe = safe_html(_images_as_links(html or ""), base_url, tags=ALLOWED_TAGS | STRUCTURE_TAGS)
    return bodytext.richtext_to_text(safe, foreign=True)


def _text(element) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


# --- Samenwerkende Catalogi -----------------------------------------------------------------

# A namespace prefix or declaration of XHTML written as elements ("<xhtml:p>").
XML_PREFIX = re.compile(r"<(/?)[\w.-]+:")
XML_NAMESPACE = re.compile(r'\sxmlns(?::[\w.-]+)?="[^"]*"')


def _inner_html(element) -> str:
    """productHTML as HTML: escaped text (the usual way), or XHTML elements inside it, which
    the SC 4.0 schema also allows; read as text, those lost every paragraph and link."""
    if element is None:
        return ""
    if len(element) == 0:
        return (element.text or "").strip()
    parts = [html_escape(element.text or "", quote=False)]
    parts += [ElementTree.tostring(child, encoding="unicode") for child in element]
    markup = XML_NAMESPACE.sub("", "".join(parts))
    return XML_PREFIX.sub(r"<\1", markup).strip()


def sc_records(stream):
    """Records from an SC feed (a binary file object), read element by element so a feed of
    50 MB never sits in memory as a whole."""
    seen = set()
    number = 0
    try:
        for _event, element in iterparse(stream, events=("end",), forbid_dtd=True):
            if element.tag != f"{SC}scproduct":
                continue
            number += 1
            yield _sc_record(number, element, seen)
            element.clear()
    except DefusedXmlException:
        raise SourceError(
            _("The feed contains a DTD or entities, which are refused for safety.")
        ) from None
    except SyntaxError as error:  # ParseError is a SyntaxError
        raise SourceError(_("The feed is not valid XML: %(error)s") % {"error": error}) from None
    if number == 0:
        raise SourceError(_("The feed contains no products (scproduct)."))


def _sc_record(number, element, seen) -> Record:
    identifier = _text(element.find(f".//{DCTERMS}identifier"))
    title = _text(element.find(f".//{DCTERMS}title"))
    if not identifier:
        return Record(number, None, _("product without identifier"))
    if identifier in seen:
        return Record(
            number, None, _("the identifier %(id)s occurs twice in the feed") % {"id": identifier}
        )
    seen.add(identifier)
    if not title:
        return Record(number, None, _("product without title"))
    audiences = frozenset(_text(item) for item in element.iter(f"{DCTERMS}audience"))
    upl = element.find(f".//{SC}uniformeProductnaam")
    html = _inner_html(element.find(f".//{SC}productHTML"))
    abstract = _text(element.find(f".//{DCTERMS}abstract"))
    body = html_to_body(html, identifier) or abstract
    data = {
        "id": external_id(identifier, "sc"),
        "title": title,
        "short_answer": bodytext.first_sentences(abstract, 300) if abstract else "",
        "body": body,
        "audience": AUDIENCE_FROM_SC.get(audiences, "beide"),
    }
    if upl is not None and upl.get("resourceIdentifier"):
        data["upl"] = {"uri": upl.get("resourceIdentifier"), "label": _text(upl)}
    return Record(number, data)


# --- SDG invoervoorziening --------------------------------------------------------------------

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+)$")
# Only at word edges: "parkeer_vergunning_bewoners" in a link or "e_mail" keep their "_".
MARKDOWN_EMPHASIS = re.compile(r"(?<![\w/])(\*\*|__|\*|_)(\S(?:.*?\S)?)\1(?![\w/])")
# <https://…>, which the sanitiser took for a tag and deleted.
MARKDOWN_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]+)>")
MARKDOWN_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def markdown_to_body(text: str) -> str:
    """The SDG's Markdown as our body text form: headings, lists, steps and links survive;
    any HTML in it is dropped (tags and the content of scripts and styles)."""
    text = MARKDOWN_AUTOLINK.sub(
        lambda match: f"[{match.group(1).removeprefix('mailto:')}]({match.group(1)})", text or ""
    )
    text = nh3.clean(text, tags=set())
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip()
        heading = MARKDOWN_HEADING.match(line)
        table_row = line.startswith("|") and line.endswith("|")
        if heading:
            line = f"## {heading.group(1)}"
        elif MARKDOWN_TABLE_RULE.match(line) and "-" in line:
            continue
        elif table_row:
            # A table row: its cells on one line, and a paragraph of its own.
            cells = (cell.strip() for cell in line.strip("|").split("|"))
            line = " – ".join(cell for cell in cells if cell)
        line = MARKDOWN_EMPHASIS.sub(r"\2", line)
        lines.append(line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
        if table_row:
            lines.append("")
    return "\n".join(lines).strip()


def _items(data):
    if isinstance(data, dict):
        data = data.get("results", data.get("value", []))
    if not isinstance(data, list):
        raise SourceError(_("The file holds no list of products."))
    return data


def sdg_records(data, organisation: str = ""):
    """Records from an SDG product list (the API's JSON, a list or a page with "results")."""
    for number, product in enumerate(_items(data), start=1):
        if not isinstance(product, dict):
            yield Record(number, None, _("a product must be a JSON object"))
            continue
        if organisation:
            owner = product.get("verantwoordelijkeOrganisatie") or {}
            if isinstance(owner, dict) and owner.get("owmsIdentifier") not in (None, organisation):
                continue
        translation = next(
            (
                item
                for item in product.get("vertalingen") or []
                if isinstance(item, dict) and item.get("taal") == "nl"
            ),
            None,
        )
        if product.get("productAanwezig") is False:
            yield Record(
                number,
                None,
                _("skipped: the organisation does not offer this product (productAanwezig: false)"),
                skipped=True,
            )
            continue
        if translation is None:
            yield Record(number, None, _("product without Dutch text"))
            continue
        title = str(translation.get("titel") or product.get("upnLabel") or "").strip()
        # The UPL's names are lower case ("afvalinzameling"); a title starts with a capital.
        title = title[:1].upper() + title[1:]
        if not title:
            yield Record(number, None, _("product without title"))
            continue
        sections = []
        for field, heading in SDG_SECTIONS:
            text = markdown_to_body(str(translation.get(field) or ""))
            if text:
                sections.append(f"## {heading}\n\n{text}" if heading else text)
        links = [
            f"[{link.get('label') or link.get('url')}]({link['url']})"
            for link in translation.get("links") or []
            if isinstance(link, dict)
            and str(link.get("url", "")).startswith(("http://", "https://"))
        ]
        if links:
            # One link per paragraph: a list item is plain text, and its link would not work.
            sections.append("## Meer informatie\n\n" + "\n\n".join(links))
        procedure = translation.get("procedureLink") or product.get("procedureLink") or {}
        if isinstance(procedure, dict) and str(procedure.get("url", "")).startswith(
            ("http://", "https://")
        ):
            # Where the resident applies: the button the product page had.
            label = str(procedure.get("label") or _("Apply")).replace("|", "-")[:80]
            sections.append(f"[knop: {label} | {procedure['url']}]")
        identifier = str(product.get("uuid") or product.get("url") or product.get("upnUri") or "")
        if not identifier:
            yield Record(number, None, _("product without identifier"))
            continue
        data = {
            "id": external_id(f"sdg-{identifier}", "sdg"),
            "title": title[:255],
            "body": "\n\n".join(sections),
            "audience": AUDIENCE_FROM_DOELGROEP.get(product.get("doelgroep"), "beide"),
        }
        if product.get("upnUri"):
            data["upl"] = {"uri": product["upnUri"], "label": product.get("upnLabel") or ""}
        yield Record(number, data)


# --- VACs from an Objects API -------------------------------------------------------------------


def vac_records(items, base_url: str):
    """Records from Objects API objects holding VAC data."""
    for number, item in enumerate(_items(items), start=1):
        data = (item.get("record") or {}).get("data") if isinstance(item, dict) else None
        uuid = str(item.get("uuid") or "") if isinstance(item, dict) else ""
        if not uuid or not isinstance(data, dict):
            yield Record(number, None, _("object without uuid or VAC data"))
            continue
        title = str(data.get("vraag") or "").strip()
        if not title:
            yield Record(number, None, _("VAC without a question (vraag)"))
            continue
        status = data.get("status") or "actief"
        if status != "actief":
            # "non-actief" and "te-verwijderen" VACs are withdrawn: published, the chat
            # answered with them.
            yield Record(
                number,
                None,
                _("skipped: the VAC “%(question)s” has the status “%(status)s”")
                % {"question": title, "status": status},
                skipped=True,
            )
            continue
        record = {
            "id": external_id(f"vac-{uuid}", "vac"),
            "title": title[:255],
            "body": html_to_body(str(data.get("antwoord") or ""), base_url),
            "audience": AUDIENCE_FROM_DOELGROEP.get(data.get("doelgroep"), "beide"),
            "keywords": [
                str(word.get("trefwoord")).strip()[:100]
                for word in data.get("trefwoorden") or []
                if isinstance(word, dict) and word.get("trefwoord")
            ],
        }
        notes = str(data.get("toelichting") or "")
        if notes:
            record["internal_notes"] = bodytext.richtext_to_text(safe_html(notes, base_url))
        departments = [
            department.get("afdelingNaam")
            for department in data.get("afdelingen") or []
            if isinstance(department, dict) and department.get("afdelingNaam")
        ]
        if departments:
            record["department"] = str(departments[0])[:100]
        # A related product may be any web page; only a UPL URI names the answer's product.
        products = [
            product.get("product")
            for product in data.get("gerelateerdeProducten") or []
            if isinstance(product, dict) and UPL_URI.match(str(product.get("product") or ""))
        ]
        if products:
            record["upl"] = {"uri": products[0], "label": ""}
        yield Record(number, record)
