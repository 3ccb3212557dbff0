"""Recompute the stored readability of every answer, e.g. after the scorer changed.

Writes only the readability fields of each page row: no new revisions, nothing in the page
history, and the edit date stays as it was.
"""

from collections import Counter

from tqdm import tqdm

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from kennisbank.models import AnswerPage
from kennisbank.models.answers import READABILITY_FIELDS
from kennisbank.readability_check.analysis import ReadabilityLevel


class Command(BaseCommand):
    help = "Bereken de leesbaarheid van alle antwoorden opnieuw (zonder nieuwe versies)."

    def handle(self, *args, **options):
        answers = AnswerPage.objects.order_by("path").only("pk", "short_answer", "body")
        levels = Counter()
        for page in tqdm(
            answers.iterator(), total=answers.count(), unit=_("answer"), file=self.stderr
        ):
            page.set_readability(page.readability())
            AnswerPage.objects.filter(pk=page.pk).update(
                **{field: getattr(page, field) for field in READABILITY_FIELDS}
            )
            levels[page.readability_level] += 1
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Answers checked: %(total)d (B1 or simpler: %(b1)d, B2: %(b2)d, "
                    "C1 or harder: %(c1)d, no text to check: %(unknown)d)."
                )
                % {
                    "total": levels.total(),
                    "b1": levels[ReadabilityLevel.B1],
                    "b2": levels[ReadabilityLevel.B2],
                    "c1": levels[ReadabilityLevel.C1],
                    "unknown": levels[ReadabilityLevel.UNKNOWN],
                }
            )
        )
