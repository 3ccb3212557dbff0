"""Import answers: our JSON Lines, a Samenwerkende Catalogi feed, SDG product texts or VACs.

    python manage.py import_answers antwoorden.jsonl [--department NAAM] [--publish]
    python manage.py import_answers --format sc https://www.gemeente.nl/samenwerkende-catalogi.xml --department Burgerzaken
    python manage.py import_answers --format sdg producten.json [--organisation OWMS-URI] --department Burgerzaken
    python manage.py import_answers --format vac https://objecten.gemeente.nl --type OBJECTTYPE-URL --token TOKEN
    python manage.py import_answers --format vac vacs.json

Every record is stored in its own transaction with its external id; importing again updates
an answer with a new revision, or leaves it alone when nothing changed. `--dry-run` says what
would be created, updated or left unchanged, and writes nothing.
"""

import json
import sys
import tempfile
from pathlib import Path

import requests
from tqdm import tqdm

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from kennisbank.content import import_formats
from kennisbank.content.importing import AnswerImporter
from kennisbank.interop.objects_api.client import ObjectsApiClient, ObjectsApiError
from kennisbank.models import AnswerPage, Department

DOWNLOAD_TIMEOUT_SECONDS = 30
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
FORMATS = ["jsonl", "sc", "sdg", "vac"]


class DryRunDone(Exception):
    """Raised inside the transaction of a dry run, so everything it wrote is rolled back."""


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def download(url: str):
    """The document at `url` as a temporary binary file, streamed (a large feed never sits in
    memory as a whole), with a timeout and a size limit."""
    try:
        with requests.get(url, stream=True, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
            response.raise_for_status()
            target = tempfile.TemporaryFile()  # noqa: SIM115 - returned open, closed by the caller
            size = 0
            for chunk in response.iter_content(chunk_size=1024 * 1024):
                size += len(chunk)
                if size > MAX_DOWNLOAD_BYTES:
                    raise CommandError(_("The download is larger than 200 MB."))
                target.write(chunk)
    except requests.RequestException as error:
        raise CommandError(
            _("%(url)s could not be fetched: %(error)s") % {"url": url, "error": error}
        ) from None
    target.seek(0)
    return target


def open_source(source: str):
    if is_url(source):
        return download(source)
    path = Path(source)
    if not path.is_file():
        raise CommandError(_("File not found: %(file)s") % {"file": source})
    return path.open("rb")


def load_json(stream):
    try:
        return json.loads(stream.read().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CommandError(_("The file is not UTF-8 text.")) from None
    except ValueError as error:
        raise CommandError(_("The file is not valid JSON: %(error)s") % {"error": error}) from None


class Command(BaseCommand):
    help = _("Import answers from JSON Lines, a Samenwerkende Catalogi feed, SDG texts or VACs.")

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help=_("File or http(s) address; - reads JSON Lines from standard input.")
        )
        parser.add_argument("--format", choices=FORMATS, default="jsonl", dest="source_format")
        parser.add_argument(
            "--department", default="", help=_("Department for records that name none.")
        )
        parser.add_argument("--publish", action="store_true", help=_("Publish the answers."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Only show what would change.")
        )
        parser.add_argument(
            "--organisation", default="", help=_("SDG: only products of this OWMS identifier.")
        )
        parser.add_argument("--type", default="", help=_("VAC: the objecttype URL."))
        parser.add_argument("--token", default="", help=_("VAC: the Objects API token."))

    def handle(self, *args, file, source_format, department, publish, dry_run, **options):
        lines, errors, skipped = self._records(file, source_format, options)
        if source_format != "jsonl" and not department:
            department = _("Imported")
        departments_before = set(Department.objects.values_list("name", flat=True))
        importer = AnswerImporter(default_department=department, publish=publish)
        total = sum(1 for _number, line in lines if line.strip())
        try:
            with transaction.atomic():
                with tqdm(total=total, unit="antwoord", file=self.stderr) as bar:
                    result = importer.run(lines, progress=bar.update)
                if dry_run:
                    raise DryRunDone
                above_b1 = self._above_b1(lines)
        except DryRunDone:
            above_b1 = None
        result.failures = sorted(result.failures + errors)
        where = (
            _("Line %(number)s: %(reason)s")
            if source_format == "jsonl"
            else _("Product %(number)s: %(reason)s")
        )
        for number, reason in result.failures:
            self.stderr.write(where % {"number": number, "reason": reason})
        for number, note in skipped:
            self.stderr.write(where % {"number": number, "reason": note})
        for number, note in result.warnings:
            self.stderr.write(
                where % {"number": number, "reason": _("note: %(note)s") % {"note": note}}
            )
        for identifier in result.kept_as_draft:
            self.stderr.write(
                _(
                    "%(id)s: not published but kept as a draft, because it reads harder than "
                    "B1 and its department publishes B1 only."
                )
                % {"id": identifier}
            )
        if not dry_run:
            for name in sorted(
                set(Department.objects.values_list("name", flat=True)) - departments_before
            ):
                self.stdout.write(
                    _("New department: %(name)s (fill in its members and addresses).")
                    % {"name": name}
                )
        summary = _(
            "%(created)d new, %(updated)d updated, %(unchanged)d unchanged, %(failed)d failed."
        ) % {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "failed": len(result.failures),
        }
        if dry_run:
            summary = _("Dry run, nothing was saved: %(summary)s") % {"summary": summary}
        elif above_b1:
            summary += " " + _("%(count)d read harder than B1: see the report Readability.") % {
                "count": above_b1
            }
        if result.failures:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def _records(self, file, source_format, options):
        """(number, JSON line) pairs for the importer, and the records that failed already."""
        if source_format == "jsonl":
            return self._jsonl_lines(file), [], []
        if file == "-":
            raise CommandError(_("Standard input works for JSON Lines only."))
        try:
            records = list(self._format_records(file, source_format, options))
        except import_formats.SourceError as error:
            raise CommandError(str(error)) from None
        lines = [(record.number, record.as_line()) for record in records if record.data]
        errors = [
            (record.number, record.error)
            for record in records
            if not record.data and not record.skipped
        ]
        skipped = [(record.number, record.error) for record in records if record.skipped]
        return lines, errors, skipped

    def _format_records(self, file, source_format, options):
        if source_format == "sc":
            with open_source(file) as stream:
                yield from import_formats.sc_records(stream)
            return
        if source_format == "sdg":
            with open_source(file) as stream:
                data = load_json(stream)
            yield from import_formats.sdg_records(data, options["organisation"])
            return
        # vac: a JSON file, or an Objects API to read with --type and --token.
        if is_url(file) and not file.endswith(".json"):
            if not options["type"]:
                raise CommandError(_("Give --type with the URL of the VAC objecttype."))
            client = ObjectsApiClient(file, options["token"])
            try:
                items = list(client.list_objects(options["type"]))
            except ObjectsApiError as error:
                raise CommandError(str(error)) from None
        else:
            with open_source(file) as stream:
                items = load_json(stream)
        yield from import_formats.vac_records(items, file if is_url(file) else "")

    def _jsonl_lines(self, file):
        if file == "-":
            text = sys.stdin.read()
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(_("File not found: %(file)s") % {"file": file})
            try:
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as error:
                data = path.read_bytes()
                line = data.count(b"\n", 0, error.start) + 1
                raise CommandError(
                    _(
                        "The file is not UTF-8 text (line %(line)d). Save it as UTF-8, for "
                        "example in Excel with “CSV UTF-8” or in Notepad with “UTF-8”."
                    )
                    % {"line": line}
                ) from error
        return list(enumerate(text.splitlines(), start=1))

    @staticmethod
    def _above_b1(lines) -> int:
        ids = []
        for _number, line in lines:
            try:
                ids.append(json.loads(line).get("id"))
            except (ValueError, AttributeError):
                continue
        return (
            AnswerPage.objects.filter(external_id__in=[i for i in ids if i])
            .exclude(readability_level="b1")
            .count()
        )
