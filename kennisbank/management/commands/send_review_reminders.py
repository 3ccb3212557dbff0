"""Send the daily review reminders (see kennisbank.review.reminders) and escalate late call-back
requests (kennisbank.callbacks). Run it once a day from cron:

    15 7 * * *  cd /srv/kennisbank && .venv/bin/python manage.py send_review_reminders

It prints every mail it sent, and exits non-zero when a mail failed (cron then mails the
output to the administrator); failed mails are sent again on the next run.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from kennisbank.callbacks.handling import escalate_late_callbacks
from kennisbank.review.reminders import send_reminders


class Command(BaseCommand):
    help = _(
        "Send the review reminders of today: one e-mail per department, escalations, and a report to the editors."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Show what would be sent, without sending anything."),
        )
        parser.add_argument(
            "--date",
            type=datetime.date.fromisoformat,
            help=_("Act as if it is this date (YYYY-MM-DD) instead of today."),
        )

    def handle(self, *args, dry_run, date, verbosity, **options):
        today = date or timezone.localdate()
        late_callbacks = escalate_late_callbacks(today, dry_run=dry_run)
        if late_callbacks:
            self.stdout.write(
                _("Late call-back requests escalated: %(count)d") % {"count": late_callbacks}
            )
        outcome = send_reminders(today, dry_run=dry_run)
        label = _("Would send: %(mail)s") if dry_run else _("Sent: %(mail)s")
        for mail in outcome.sent:
            self.stdout.write(label % {"mail": mail.describe()})
        if verbosity > 1:
            for mail in outcome.skipped:
                self.stdout.write(_("Already sent: %(mail)s") % {"mail": mail.describe()})
        for mail, error in outcome.failed:
            self.stderr.write(
                _("Failed, will be retried on the next run: %(mail)s (%(error)s)")
                % {"mail": mail.describe(), "error": error}
            )
        counts = {
            "sent": len(outcome.sent),
            "skipped": len(outcome.skipped),
            "failed": len(outcome.failed),
        }
        if dry_run:
            summary = _("%(sent)d would be sent, %(skipped)d already sent before.") % counts
        else:
            summary = (
                _("%(sent)d sent, %(skipped)d already sent before, %(failed)d failed.") % counts
            )
        if outcome.failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
