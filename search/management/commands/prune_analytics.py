from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from kennisbank.reports.base import DEFAULT_PERIOD_DAYS, Period
from search.analytics import needs, retention


class Command(BaseCommand):
    help = _(
        "Roll search events up into daily figures, delete raw events older than "
        "ANALYTICS_RETENTION_DAYS (default 90) and group the questions of the reports' default "
        "period ahead of the day. Run daily from cron."
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
        prepared = needs.prepare(Period.last_days(DEFAULT_PERIOD_DAYS))
        self.stdout.write(
            _(
                "Grouped the questions of the last %(days)d days into %(needs)d needs for the reports."
            )
            % {"days": DEFAULT_PERIOD_DAYS, "needs": prepared}
        )
