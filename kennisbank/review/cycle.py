"""The review cycle: when an answer is due for review, signing it off, moving it to another owner.

A review date is a calendar date in Europe/Amsterdam, never a datetime, so "today" is always
taken from the local date (timezone.localdate), not from UTC.

Signing off and reassigning change the answer itself but create no revision and publish
nothing: the text citizens read stays exactly as it is. Both are written to the audit log,
each entry with its own uuid: the history groups entries of one request by uuid and action
across pages, so a bulk action would otherwise show up in the history of one answer only.
"""

import calendar
import datetime
import uuid

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from wagtail.log_actions import log

DEFAULT_INTERVAL_MONTHS = 12
# The longest interval a department may choose, and so how far ahead a review date may lie: an
# answer set to be reviewed in 9999 would never come up again.
MAX_INTERVAL_MONTHS = 60
# Answers whose review date falls within this many days are "due soon".
DUE_SOON_DAYS = 30

SIGN_OFF_ACTION = "kennisbank.sign_off"
REASSIGN_ACTION = "kennisbank.reassign"


class ReviewState(models.TextChoices):
    OVERDUE = "overdue", gettext_lazy("Overdue")
    DUE_SOON = "due", gettext_lazy("Due soon")
    CURRENT = "current", gettext_lazy("Up to date")


def add_months(date: datetime.date, months: int) -> datetime.date:
    """`date` moved `months` calendar months ahead; 31 January + 1 month is 28/29 February."""
    month_index = date.month - 1 + months
    year = date.year + month_index // 12
    month = month_index % 12 + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


def default_review_date(department=None, today: datetime.date | None = None) -> datetime.date:
    """The review date a new answer gets: today plus its department's review interval."""
    today = today or timezone.localdate()
    months = department.review_interval_months if department else DEFAULT_INTERVAL_MONTHS
    return add_months(today, months)


def latest_review_date(today: datetime.date | None = None) -> datetime.date:
    """The furthest review date an answer may have."""
    return add_months(today or timezone.localdate(), MAX_INTERVAL_MONTHS)


def due_soon_until(today: datetime.date) -> datetime.date:
    """The last review date that counts as due soon (or overdue) on `today`."""
    return today + datetime.timedelta(days=DUE_SOON_DAYS)


def review_state(review_date: datetime.date, today: datetime.date | None = None) -> ReviewState:
    today = today or timezone.localdate()
    if review_date < today:
        return ReviewState.OVERDUE
    if review_date <= due_soon_until(today):
        return ReviewState.DUE_SOON
    return ReviewState.CURRENT


def days_overdue(review_date: datetime.date, today: datetime.date | None = None) -> int:
    """Days since the review date; negative while it is still ahead."""
    return ((today or timezone.localdate()) - review_date).days


def escalation_days() -> int:
    """Answers overdue longer than this go to the department's escalation address as well."""
    return int(settings.REVIEW_ESCALATION_DAYS)


def review_status(review_date: datetime.date, today: datetime.date | None = None) -> str:
    """For editors and agents: "Review overdue since 3 March 2026", "Review due in 12 days"."""
    today = today or timezone.localdate()
    state = review_state(review_date, today)
    formatted = date_format(review_date, "j F Y")
    if state == ReviewState.OVERDUE:
        return _("Review overdue since %(date)s") % {"date": formatted}
    days = -days_overdue(review_date, today)
    if state == ReviewState.DUE_SOON:
        if days == 0:
            return _("Review due today")
        return ngettext(
            "Review due tomorrow (%(date)s)",
            "Review due in %(days)d days (%(date)s)",
            days,
        ) % {"days": days, "date": formatted}
    return _("Next review on %(date)s") % {"date": formatted}


@transaction.atomic
def sign_off(answer, user, today: datetime.date | None = None) -> datetime.date:
    """Record that `user` checked `answer` and found it still correct.

    The next review is today plus the owner department's interval (not the old review date
    plus the interval: an answer signed off long after its date would otherwise still be
    overdue). Returns the new review date.
    """
    today = today or timezone.localdate()
    old_date = answer.review_date
    answer.review_date = add_months(today, answer.owner_department.review_interval_months)
    answer.reviewed_at = timezone.now()
    answer.reviewed_by = user
    # A queryset update: save() would run the page's full save (search index, readability),
    # and the answer's content has not changed.
    type(answer)._default_manager.filter(pk=answer.pk).update(
        review_date=answer.review_date,
        reviewed_at=answer.reviewed_at,
        reviewed_by=user,
    )
    log(
        instance=answer,
        action=SIGN_OFF_ACTION,
        user=user,
        uuid=uuid.uuid4(),
        data={"review_date": {"old": old_date.isoformat(), "new": answer.review_date.isoformat()}},
    )
    return answer.review_date


@transaction.atomic
def reassign(answers, department, user) -> int:
    """Make `department` the owner of `answers`; returns how many changed owner."""
    changed = 0
    for answer in answers:
        old = answer.owner_department
        if old.pk == department.pk:
            continue
        type(answer)._default_manager.filter(pk=answer.pk).update(owner_department=department)
        answer.owner_department = department
        log(
            instance=answer,
            action=REASSIGN_ACTION,
            user=user,
            uuid=uuid.uuid4(),
            data={
                "owner_department": {
                    "old": {"id": old.pk, "name": old.name},
                    "new": {"id": department.pk, "name": department.name},
                }
            },
        )
        changed += 1
    return changed
