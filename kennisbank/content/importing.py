"""Import answers from JSON Lines, and export them in the same format.

One record per line:
    {"id", "title", "body", "short_answer", "department", "review_date", "keywords",
     "alternative_questions", "audience", "internal_notes", "related", "upl"}
Only id, title and body are required (body may be empty when short_answer is given); unknown
fields are ignored. Each line is imported in its own transaction: a bad line is reported with
its number and a Dutch reason, and the other lines still import.
"""

import datetime
import difflib
import html
import json
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from kennisbank.content import bodytext
from kennisbank.content.import_formats import html_to_body
from kennisbank.content.visible import has_visible_text
from kennisbank.models import (
    AlternativeQuestion,
    AnswerPage,
    Audience,
    Department,
    KennisbankIndexPage,
    RelatedAnswer,
    UplProduct,
)
from kennisbank.models.answers import SHORT_ANSWER_MAX_LENGTH
from kennisbank.readability_check.analysis import analyse_answer
from kennisbank.readability_check.blocking import blocks_publishing
from kennisbank.review import MAX_INTERVAL_MONTHS, default_review_date, latest_review_date

TITLE_MAX_LENGTH = 255
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A new department name this close to an existing one (difflib's ratio) is taken for a typo:
# one letter off in "Burgerzaken" is 0.95, while "Team Zorg" and "Team Jeugdzorg" are 0.78.
TYPO_SIMILARITY = 0.88


def _numbered_apart(name: str, other: str) -> bool:
    """Names that differ only in a number or a last letter ("Team Zorg 1" and "Team Zorg 2",
    "Cluster A" and "Cluster B") are departments of their own, however alike they look."""
    first, second = name.lower().split(), other.lower().split()
    return (
        len(first) == len(second) > 1
        and first[:-1] == second[:-1]
        and (first[-1].isdigit() and second[-1].isdigit() or len(first[-1]) == len(second[-1]) == 1)
    )


class LineError(Exception):
    """A record that cannot be imported; the message is Dutch and shown to the user."""


@dataclass
class AnswerRecord:
    line_number: int
    external_id: str
    title: str
    blocks: list
    short_answer: str
    department_name: str
    review_date: datetime.date | None
    keywords: list[str]
    alternative_questions: list[str]
    audience: str
    internal_notes: str
    related: list[str]
    upl_uri: str
    upl_label: str
    # False when the department is --department's: it is for new answers only, and an answer
    # imported before keeps the department that owns it now.
    department_given: bool = True

    @property
    def references(self) -> set[str]:
        linked = {value.target for kind, value in self.blocks if kind == "answer_link"}
        return linked | set(self.related)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    # Already the same in Kennisbank: no new revision, so a re-import changes nothing.
    unchanged: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)
    # Imported, with something left out: (line number, what).
    warnings: list[tuple[int, str]] = field(default_factory=list)
    # Answers that --publish left as a draft: their department blocks answers above B1.
    kept_as_draft: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _string_list(data, key) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise LineError(_("“%(field)s” must be a list of texts.") % {"field": key})
    return [item.strip() for item in value if item.strip()]


def _text(data, key) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise LineError(_("“%(field)s” must be a text.") % {"field": key})
    return str(value).replace("\x00", "").strip()


def short_answer_from(first_paragraph: str) -> str:
    """The short answer of an answer that comes without one: the whole sentences of its first
    paragraph (rich text HTML) that fit, as text ("Kosten & tarieven", not "&amp;")."""
    return bodytext.first_sentences(_plain(first_paragraph), SHORT_ANSWER_MAX_LENGTH)


def _first_text(blocks) -> str:
    """The first paragraph's HTML; else the first list or steps as one sentence (a body that
    starts with "- paspoort" had no short answer, and the whole line was refused)."""
    for kind, value in blocks:
        if kind == "paragraph":
            return value
    for kind, value in blocks:
        if kind in ("list", "steps") and value:
            return html.escape(_as_sentence(value) + ".", quote=False)
    return ""


def _as_sentence(items) -> str:
    """A list's items as one run of text: "paspoort; pasfoto"."""
    return "; ".join(bodytext.without_links(item) for item in items)


def _plain(paragraph_html: str) -> str:
    """A paragraph's rich text HTML as plain text, on one line."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", paragraph_html))).strip()


def short_answer_and_body(blocks) -> tuple[str, list]:
    """The short answer of an answer imported without one, and the body to show below it.

    The short answer is the opening sentences; the body no longer repeats them, since the page
    (and the workbench, and its print) shows the short answer right above the body. A short
    answer that ends in a colon ("U heeft drie mogelijkheden:") said nothing in the chat, where
    it is the whole reply: the list it announces is added when all of it fits.
    """
    short_answer = short_answer_from(_first_text(blocks))
    if not short_answer.endswith(":"):
        return short_answer, without_repeated_lead(blocks, short_answer)
    kinds = [kind for kind, _value in blocks]
    if "paragraph" in kinds:
        position = kinds.index("paragraph")
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if following and following[0] in ("list", "steps"):
            announced = f"{short_answer} {_as_sentence(following[1])}."
            if len(announced) <= SHORT_ANSWER_MAX_LENGTH:
                return announced, blocks
    # The list does not fit: the sentences before the announcement, if there are any.
    before = re.split(r"(?<=[.!?])\s+", short_answer)[:-1]
    if before:
        short_answer = " ".join(before)
        return short_answer, without_repeated_lead(blocks, short_answer)
    return short_answer, blocks


def without_repeated_lead(blocks, short_answer: str) -> list:
    """The body without the short answer's sentences at its start: the opening paragraph goes
    when it is the short answer, and loses those sentences when it goes on after them (only
    where it is plain text: a link or bold in it is kept as it is). Only the opening paragraph:
    one under a heading would leave the heading bare."""
    if len(blocks) < 2 or blocks[0][0] != "paragraph":
        return blocks
    paragraph = blocks[0][1]
    text = _plain(paragraph)
    if text == short_answer:
        return blocks[1:]
    inline_markup = re.search(r"<(?!/?p\b)[^>]+>", paragraph)
    if text.startswith(short_answer + " ") and not inline_markup:
        rest = text[len(short_answer) :].strip()
        return [("paragraph", f"<p>{html.escape(rest, quote=False)}</p>"), *blocks[1:]]
    return blocks


def json_problem(message: str) -> str:
    """Python's English JSON error in Dutch, with the usual cause."""
    problems = {
        "Expecting property name enclosed in double quotes": _(
            "a name in double quotes was expected (a comma too many before “}”?)"
        ),
        "Expecting ',' delimiter": _("a comma was expected"),
        "Expecting ':' delimiter": _("a colon was expected"),
        "Expecting value": _("a value was expected (a comma too many, or single quotes?)"),
        "Extra data": _("more than one JSON object on the line"),
        "Unterminated string starting at": _("a text without its closing quote"),
        "Invalid control character at": _("a line break or tab inside a text (write \\n)"),
    }
    return problems.get(message, message)


def parse_record(line_number: int, line: str, default_department: str = "") -> AnswerRecord:
    """Validate one JSON line. Raises LineError with a Dutch reason."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise LineError(
            _("invalid JSON at character %(column)d: %(error)s")
            % {"column": error.colno, "error": json_problem(error.msg)}
        ) from error
    if not isinstance(data, dict):
        raise LineError(_("a line must be one JSON object"))

    external_id = _text(data, "id")
    title = _text(data, "title")
    body = _text(data, "body")
    if bodytext.looks_like_html(body):
        # Old systems export their answers as HTML: it is read as the other catalogues' HTML
        # is, where it showed as "<p>U kunt <strong>…" on the page, in search and in chat.
        body = html_to_body(body, "")
    if not external_id:
        raise LineError(_("“id” is missing"))
    if len(external_id) > 100:
        raise LineError(_("“id” is longer than 100 characters"))
    if not has_visible_text(title):
        raise LineError(_("“title” is missing"))
    if len(title) > TITLE_MAX_LENGTH:
        raise LineError(
            _("the title is longer than %(max)d characters") % {"max": TITLE_MAX_LENGTH}
        )
    if not body and not _text(data, "short_answer"):
        # An answer may be its short answer alone (the editor allows an empty full answer,
        # and the export writes it as ""), but not nothing at all.
        raise LineError(_("“body” is missing"))

    audience = _text(data, "audience") or Audience.RESIDENTS
    if audience not in Audience.values:
        raise LineError(
            _("unknown audience “%(audience)s” (choose from: %(choices)s)")
            % {"audience": audience, "choices": ", ".join(Audience.values)}
        )

    review_date = None
    if raw_date := _text(data, "review_date"):
        try:
            review_date = datetime.date.fromisoformat(raw_date)
        except ValueError as error:
            raise LineError(
                _("review date “%(date)s” is not a date like 2027-01-31") % {"date": raw_date}
            ) from error
        if review_date > latest_review_date():
            raise LineError(
                _("review date “%(date)s” is more than %(years)d years ahead")
                % {"date": raw_date, "years": MAX_INTERVAL_MONTHS // 12}
            )

    department_name = _text(data, "department")
    department_given = bool(department_name)
    department_name = department_name or default_department
    if not department_name:
        raise LineError(_("no department: give “department” or use --department"))

    blocks = bodytext.parse(body)
    short_answer = _text(data, "short_answer")
    if not short_answer:
        short_answer, blocks = short_answer_and_body(blocks)
    if not has_visible_text(short_answer):
        raise LineError(
            _("no short answer: give “short_answer”, or start “body” with a paragraph of text")
        )
    if len(short_answer) > SHORT_ANSWER_MAX_LENGTH:
        raise LineError(
            _("the short answer is longer than %(max)d characters")
            % {"max": SHORT_ANSWER_MAX_LENGTH}
        )

    alternative_questions = _string_list(data, "alternative_questions")
    if any(len(question) > TITLE_MAX_LENGTH for question in alternative_questions):
        raise LineError(
            _("an alternative question is longer than %(max)d characters")
            % {"max": TITLE_MAX_LENGTH}
        )
    keywords = _string_list(data, "keywords")
    if any(len(keyword) > 100 for keyword in keywords):
        raise LineError(_("a keyword is longer than 100 characters"))

    upl = data.get("upl") or {}
    if not isinstance(upl, dict):
        raise LineError(_("“upl” must be an object with “uri” and “label”"))

    return AnswerRecord(
        line_number=line_number,
        external_id=external_id,
        title=title,
        blocks=blocks,
        short_answer=short_answer,
        department_name=department_name,
        review_date=review_date,
        keywords=keywords,
        alternative_questions=alternative_questions,
        audience=audience,
        internal_notes=_text(data, "internal_notes"),
        related=_string_list(data, "related"),
        upl_uri=_text(upl, "uri"),
        upl_label=_text(upl, "label"),
        department_given=department_given,
    )


def upl_product(uri: str, label: str):
    """The UPL entry for an imported URI; an entry that is not in our list is added, marked
    "not in the UPL", so the answer keeps it and is flagged for the editors."""
    if not uri:
        return None
    # The list writes its URIs with http://; feeds write https:// as often.
    uri = re.sub(r"^https://standaarden\.overheid\.nl/", "http://standaarden.overheid.nl/", uri)
    product = UplProduct.objects.filter(uri=uri).first()
    if product is None:
        product = UplProduct.objects.create(uri=uri[:255], label=(label or uri)[:255], listed=False)
    return product


def get_or_create_index() -> KennisbankIndexPage:
    """The answers index page; created under the default site's home page when missing."""
    index = KennisbankIndexPage.objects.first()
    if index:
        return index
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    parent = site.root_page if site else Page.get_first_root_node()
    index = KennisbankIndexPage(title=_("Questions and answers"), slug="vragen")
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def find_answer(identifier: str) -> AnswerPage | None:
    """An answer by its external id, or else by its slug (answers made in the admin have no id)."""
    return (
        AnswerPage.objects.filter(external_id=identifier).first()
        or AnswerPage.objects.filter(external_id__isnull=True, slug=identifier).first()
    )


def answer_identifier(page) -> str:
    return page.specific_deferred.external_id or page.slug


class AnswerImporter:
    def __init__(self, *, default_department: str = "", publish: bool = False, user=None):
        self.default_department = default_department
        self.publish = publish
        self.user = user
        self.result = ImportResult()
        self._index = None

    @property
    def index(self):
        if self._index is None:
            self._index = get_or_create_index()
        return self._index

    def run(self, lines, progress=None) -> ImportResult:
        """Import (line_number, line) pairs. Blank lines are skipped."""
        # The answers index first, outside every record's transaction: made inside the first
        # one, it was rolled back with a failing first record while this importer kept using
        # it, and the import of an empty database ended in a traceback.
        self.index  # noqa: B018 - creates the index
        records = []
        first_line = {}
        for line_number, line in lines:
            if not line.strip():
                continue
            try:
                record = parse_record(line_number, line, self.default_department)
            except LineError as error:
                self.result.failures.append((line_number, str(error)))
                continue
            if record.external_id in first_line:
                # Two answers with one id: the second would silently overwrite the first.
                self.result.failures.append(
                    (
                        line_number,
                        _("the id “%(id)s” is also on line %(line)d")
                        % {"id": record.external_id, "line": first_line[record.external_id]},
                    )
                )
                continue
            first_line[record.external_id] = line_number
            records.append(record)
        known_in_file = {record.external_id for record in records}

        # Links to answers later in the file are filled in once every answer exists.
        pending = []
        for record in records:
            unknown = sorted(
                target
                for target in record.references
                if target not in known_in_file and not find_answer(target)
            )
            if unknown:
                self.result.failures.append(
                    (
                        record.line_number,
                        _("links to unknown answer(s): %(ids)s") % {"ids": ", ".join(unknown)},
                    )
                )
            elif self._save(record, require_references=False) and any(
                find_answer(target) is None for target in record.references
            ):
                pending.append(record)
            if progress:
                progress()
        for record in pending:
            # The links that resolve now are made; one whose target's own line failed is left
            # out and said. The answer was saved and counted: calling the line failed as well
            # made "3 new, 5 failed" of five lines.
            self._save(record, require_references=False, count=False)
            missing = sorted(target for target in record.references if not find_answer(target))
            if missing:
                self.result.warnings.append(
                    (
                        record.line_number,
                        _("imported without the link(s) to %(ids)s, whose line failed")
                        % {"ids": ", ".join(missing)},
                    )
                )
        self.result.failures.sort()
        self.result.warnings.sort()
        return self.result

    def _save(self, record: AnswerRecord, *, require_references: bool, count: bool = True) -> bool:
        try:
            with transaction.atomic():
                outcome = self._save_record(record, require_references)
        except (LineError, ValidationError) as error:
            message = (
                "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            )
            self.result.failures.append((record.line_number, message))
            return False
        if count:
            setattr(self.result, outcome, getattr(self.result, outcome) + 1)
        return True

    def _department(self, name: str) -> Department:
        department = (
            Department.objects.filter(name__iexact=name).first()
            or Department.objects.filter(slug=slugify(name)).first()
        )
        if department:
            return department
        lowered = {
            other.lower(): other
            for other in Department.objects.values_list("name", flat=True)
            if not _numbered_apart(name, other)
        }
        near = difflib.get_close_matches(name.lower(), lowered, n=1, cutoff=TYPO_SIMILARITY)
        if near:
            # "Burgerzakn" is a typo, not a new department: it would own these answers alone,
            # and nobody in Burgerzaken would be reminded to review them.
            raise LineError(
                _("there is no department “%(name)s”; did you mean “%(existing)s”?")
                % {"name": name, "existing": lowered[near[0]]}
            )
        department = Department(name=name, slug=slugify(name)[:100] or "afdeling")
        department.full_clean()
        department.save()
        return department

    def _stream_data(self, record, require_references):
        data = []
        for kind, value in record.blocks:
            if kind == "answer_link":
                target = find_answer(value.target)
                if target is None:
                    if require_references:
                        raise LineError(_("links to unknown answer: %(id)s") % {"id": value.target})
                    continue
                value = {"answer": target.pk, "label": value.label}
            data.append({"type": kind, "value": value})
        return data

    def _unique_slug(self, record) -> str:
        base = (
            record.external_id if SLUG_PATTERN.match(record.external_id) else slugify(record.title)
        )
        base = (base or "antwoord")[:80]
        slug, number = base, 2
        while self.index.get_children().filter(slug=slug).exists():
            slug, number = f"{base}-{number}", number + 1
        return slug

    @staticmethod
    def _blocked(page) -> bool:
        """The department block applies to imports too (without a user, as nobody confirms):
        above B1 stays a draft."""
        return (
            blocks_publishing(page.owner_department)
            and analyse_answer(page.short_answer, page.body).harder_than_b1
        )

    def _save_record(self, record: AnswerRecord, require_references: bool) -> bool:
        existing = find_answer(record.external_id)
        if existing and not record.department_given:
            # Importing a feed again without --department moved every answer to "Geïmporteerd".
            department = existing.owner_department
        else:
            department = self._department(record.department_name)
        before = None
        if existing:
            page = existing.get_latest_revision_as_object()
            before = _comparable(page)
        else:
            page = AnswerPage(slug=self._unique_slug(record), live=False)
        page.external_id = record.external_id
        page.title = record.title
        page.short_answer = record.short_answer
        page.body = self._stream_data(record, require_references)
        page.internal_notes = bodytext.text_to_richtext(record.internal_notes)
        page.owner_department = department
        page.review_date = record.review_date or default_review_date(department)
        page.audience = record.audience
        page.upl = upl_product(record.upl_uri, record.upl_label)
        page.alternative_questions = [
            AlternativeQuestion(question=q) for q in record.alternative_questions
        ]
        page.keywords.set(record.keywords)
        related = [find_answer(target) for target in record.related]
        if require_references and None in related:
            raise LineError(_("links to an unknown related answer"))
        page.related_answer_links = [RelatedAnswer(answer=answer) for answer in related if answer]

        # The same text again (and, with --publish, already published): no new revision.
        already_published = existing and existing.live and not existing.has_unpublished_changes
        same = existing and before is not None and before == _comparable(page)
        if same and (not self.publish or already_published):
            return "unchanged"
        if not existing:
            self.index.add_child(instance=page)
            self._warn_about_a_twin(record, page)
        revision = page.save_revision(user=self.user, log_action=True)
        if self.publish and self._blocked(page):
            self.result.kept_as_draft.append(record.external_id)
        elif self.publish:
            revision.publish(user=self.user)
        return "updated" if existing else "created"

    def _warn_about_a_twin(self, record, page):
        """An answer with the same question that came in another way (the same product from
        a feed and from a file): two answers to one question make the chat ask "Bedoelt u …?"
        even for the question word for word, and one of them goes stale."""
        twin = AnswerPage.objects.filter(title__iexact=record.title).exclude(pk=page.pk).first()
        if twin is not None:
            self.result.warnings.append(
                (
                    record.line_number,
                    _("the answer “%(id)s” has the same question; merge them or delete one")
                    % {"id": answer_identifier(twin)},
                )
            )


def _comparable(page) -> dict | None:
    """What an import would change of `page` as it is in memory (None: cannot tell, so it
    counts as changed)."""
    try:
        return record_of(page)
    except Exception:  # noqa: BLE001 - an unusual body only costs a needless revision
        return None


def export_record(page: AnswerPage) -> dict:
    """The JSON Lines record of an answer's latest version (drafts included)."""
    return record_of(page.get_latest_revision_as_object())


def record_of(page: AnswerPage) -> dict:
    """The JSON Lines record of `page` as it is (no reload)."""

    def link_url(attributes):
        if attributes.get("linktype") == "page":
            target = Page.objects.filter(pk=attributes.get("id")).first()
            return target.url if target else ""
        return attributes.get("href", "")

    record = {
        "id": answer_identifier(page),
        "title": page.title,
        "short_answer": page.short_answer,
        "body": bodytext.blocks_to_text(page.body, answer_identifier, link_url),
        "department": page.owner_department.name,
        "review_date": page.review_date.isoformat(),
        "audience": page.audience,
        "keywords": sorted(tag.name for tag in page.keywords.all()),
        "alternative_questions": [item.question for item in page.alternative_questions.all()],
        "internal_notes": bodytext.richtext_to_text(page.internal_notes, link_url),
        "related": [answer_identifier(link.answer) for link in page.related_answer_links.all()],
        "live": page.live,
    }
    if page.upl_uri or page.upl_label:
        record["upl"] = {"uri": page.upl_uri, "label": page.upl_label}
    return record
