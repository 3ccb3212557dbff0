"""The one mechanism by which the in-process indexes (search.index for the questions,
search.workbench.notes for the internal notes) stay in step with the database, in every worker.

At most every SEARCH_INDEX_CHECK_SECONDS an index asks the database for a cheap fingerprint
(how many live answers, the latest publication, the view restrictions, and whatever else the
index depends on). When it changed, the index catches up: answers gone are removed and only the
answers published since are read again (changed_answers). Between checks a search costs no
query at all.
"""

import threading
import time

from django.conf import settings
from django.db.models import CharField, Count, Max
from django.db.models.functions import Cast

from wagtail.models import PageViewRestriction

from kennisbank.models import AnswerPage


def as_stored(time_field: str) -> Cast:
    """A time column as the database's own text. The indexes only compare such times for
    equality ("published again since?"), so they read them as text: turning 10,000 of them into
    Python datetimes was most of the 50 ms that changed_answers took at every index update."""
    return Cast(time_field, output_field=CharField())


def answers_fingerprint() -> tuple:
    """Changes whenever an answer is published, unpublished or deleted, or a view restriction
    (which hides answers from the public) is added or removed."""
    answers = AnswerPage.objects.live().aggregate(
        count=Count("id"), published=Max("last_published_at")
    )
    return answers["count"], answers["published"], PageViewRestriction.objects.count()


class FreshIndex:
    """Base of an in-process index. Subclasses implement ``fingerprint()`` and
    ``sync(previous, current, **kwargs)``; ``ensure_fresh(**kwargs)`` calls them as needed."""

    def __init__(self):
        self._fingerprint = None
        self._checked_at = 0.0
        self._lock = threading.Lock()

    def fingerprint(self) -> tuple:
        return answers_fingerprint()

    def sync(self, previous, current, **kwargs) -> None:
        raise NotImplementedError

    def ensure_fresh(self, force: bool = False, **kwargs) -> None:
        if (
            not force
            and self._fingerprint is not None
            and time.monotonic() - self._checked_at < settings.SEARCH_INDEX_CHECK_SECONDS
        ):
            return
        with self._lock:
            current = self.fingerprint()
            if current != self._fingerprint:
                self.sync(self._fingerprint, current, **kwargs)
                self._fingerprint = current
            self._checked_at = time.monotonic()

    @staticmethod
    def changed_answers(known: dict) -> tuple[set[int], list[int]]:
        """(ids of answers no longer live and public, ids of answers that are new or were
        published again) compared with `known` ({page id: object with .published, the time of
        publication as_stored})."""
        current = dict(
            AnswerPage.objects.live()
            .public()
            .order_by()
            .values_list("id", as_stored("last_published_at"))
        )
        gone = set(known) - set(current)
        changed = [
            page_id
            for page_id, published in current.items()
            if page_id not in known or known[page_id].published != published
        ]
        return gone, changed
