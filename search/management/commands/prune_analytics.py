from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from search.analytics import retention


class Command(BaseCommand):
    help = _(
        "Roll search events up into daily figures and delete raw events older than "
        "ANALYTICS_RETENTION_DAYS (default 90). Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help=_("Keep this many days instead of the setting.")
        )

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError(_("Keep at least 1 day."))
        deleted = retention.prune(days=days)
        self.stdout.write(
            _(
                "Deleted %(searches)d searches, %(clicks)d clicks and %(feedback)d feedback "
                "events; the daily figures are kept."
            )
            % deleted
        )
