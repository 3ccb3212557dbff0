"""The review cycle: when an answer is due for review.

A review date is a calendar date in Europe/Amsterdam, never a datetime, so "today" is always
taken from the local date (timezone.localdate), not from UTC.
"""

import calendar
import datetime

from django.utils import timezone

DEFAULT_INTERVAL_MONTHS = 12


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
