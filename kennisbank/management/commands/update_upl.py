"""Refresh the UPL (national product names) from a file or an address:

    python manage.py update_upl https://standaarden.overheid.nl/owms/oquery/UPL-actueel.json
    python manage.py update_upl UPL-actueel.csv [--dry-run]

Prints the names added, renamed and withdrawn. A withdrawn name is kept (answers use it) and
flagged on those answers and in the report "Zonder UPL".
"""

from pathlib import Path

import requests

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kennisbank.interop.upl import UplFormatError, apply_upl, parse_upl
from kennisbank.models import UplProduct

DOWNLOAD_TIMEOUT_SECONDS = 30
MAX_BYTES = 20 * 1024 * 1024


def read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        try:
            response = requests.get(source, timeout=DOWNLOAD_TIMEOUT_SECONDS)
            response.raise_for_status()
        except requests.RequestException as error:
            raise CommandError(
                _("The UPL could not be downloaded from %(source)s: %(error)s")
                % {"source": source, "error": error}
            ) from None
        return response.content[:MAX_BYTES]
    path = Path(source)
    if not path.is_file():
        raise CommandError(_("There is no file %(source)s.") % {"source": source})
    return path.read_bytes()


class Command(BaseCommand):
    help = _("Refresh the UPL (national product names) from a CSV or JSON file or address.")

    def add_arguments(self, parser):
        parser.add_argument("source", help=_("A file or an http(s) address."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Only show what would change.")
        )

    def handle(self, *args, source, dry_run, **options):
        try:
            entries = parse_upl(read_source(source))
        except UplFormatError as error:
            raise CommandError(str(error)) from None
        with transaction.atomic():
            changes = apply_upl(UplProduct, entries, timezone.localdate(), dry_run=dry_run)
        for label in changes.added:
            self.stdout.write(_("Added: %(label)s") % {"label": label})
        for old, new in changes.renamed:
            self.stdout.write(_("Renamed: %(old)s → %(new)s") % {"old": old, "new": new})
        for label in changes.withdrawn:
            self.stdout.write(_("Withdrawn: %(label)s") % {"label": label})
        for label in changes.returned:
            self.stdout.write(_("Back in the list: %(label)s") % {"label": label})
        self.stdout.write(
            _(
                "%(added)d added, %(renamed)d renamed, %(withdrawn)d withdrawn, "
                "%(unchanged)d unchanged%(dry)s."
            )
            % {
                "added": len(changes.added),
                "renamed": len(changes.renamed),
                "withdrawn": len(changes.withdrawn),
                "unchanged": changes.unchanged,
                "dry": _(" (dry run: nothing changed)") if dry_run else "",
            }
        )
