"""Deliver queued answer changes to the Objects API as VACs (KISS). Run it every minute:

    * * * * *  cd /srv/kennisbank && .venv/bin/python manage.py sync_objects_api

`--full` compares every published answer with the Objects API and repairs any difference
(`--dry-run` only prints them; objects that were never ours are deleted only with
`--delete-unknown`). Exits non-zero when something could not be sent, so cron reports it.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from kennisbank.interop.objects_api.client import ObjectsApiClient, ObjectsApiError
from kennisbank.interop.objects_api.outbox import deliver_due, reconcile


class Command(BaseCommand):
    help = _("Send the changed answers as VACs to the Objects API (KISS).")

    def add_arguments(self, parser):
        parser.add_argument(
            "--full",
            action="store_true",
            help=_("Compare all published answers with the Objects API and repair differences."),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("With --full: only show the differences, change nothing."),
        )
        parser.add_argument(
            "--delete-unknown",
            action="store_true",
            help=_(
                "With --full: also delete VACs in the Objects API that are not from Kennisbank."
            ),
        )

    def handle(self, *args, full, dry_run, delete_unknown, **options):
        client = ObjectsApiClient.from_settings()
        if client is None:
            raise CommandError(
                _("OBJECTS_API_URL is not set: the link with the Objects API is off.")
            )
        if not settings.OBJECTS_API_VAC_TYPE:
            raise CommandError(
                _("OBJECTS_API_VAC_TYPE is not set: give the URL of the VAC objecttype.")
            )
        if dry_run and not full:
            raise CommandError(_("--dry-run only works together with --full."))
        if full:
            self._reconcile(client, dry_run, delete_unknown)
        else:
            self._deliver(client)

    def _deliver(self, client):
        report = deliver_due(client)
        for problem in report.problems:
            self.stderr.write(problem)
        self.stdout.write(
            _("Sent: %(sent)d, deleted: %(deleted)d, to retry: %(retried)d, refused: %(refused)d.")
            % {
                "sent": report.sent,
                "deleted": report.deleted,
                "retried": report.retried,
                "refused": report.refused,
            }
        )
        if report.failed:
            raise CommandError(_("Not everything could be sent; see the messages above."))

    def _reconcile(self, client, dry_run, delete_unknown):
        try:
            result = reconcile(client, dry_run=dry_run, delete_unknown=delete_unknown)
        except ObjectsApiError as error:
            raise CommandError(str(error)) from None
        labels = (
            (
                _("Would create: %(object)s"),
                _("Would update: %(object)s"),
                _("Would delete: %(object)s"),
            )
            if dry_run
            else (_("Created: %(object)s"), _("Updated: %(object)s"), _("Deleted: %(object)s"))
        )
        for label, lines in zip(
            labels, (result.created, result.updated, result.deleted), strict=True
        ):
            for line in lines:
                self.stdout.write(label % {"object": line})
        for line in result.unknown:
            self.stdout.write(
                _("Not from Kennisbank (kept; --delete-unknown deletes it): %(object)s")
                % {"object": line}
            )
        for problem in result.problems:
            self.stderr.write(problem)
        self.stdout.write(
            _(
                "Created: %(created)d, updated: %(updated)d, deleted: %(deleted)d, unchanged: %(unchanged)d, not from Kennisbank: %(unknown)d%(dry)s."
            )
            % {
                "created": len(result.created),
                "updated": len(result.updated),
                "deleted": len(result.deleted),
                "unchanged": result.unchanged,
                "unknown": len(result.unknown),
                "dry": _(" (dry run: nothing changed)") if dry_run else "",
            }
        )
        if result.problems:
            raise CommandError(_("Not everything could be repaired; see the messages above."))
