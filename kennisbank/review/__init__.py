"""The review cycle of answers, in one folder.

- cycle.py: the rules (when an answer is due, signing off, reassigning); re-exported here.
- panel.py: the review panel in the answer editor.
- actions.py: "Still correct" and reassigning, one answer or in bulk, and their audit log.
- dashboard.py: the review panels on the admin dashboard.
- reminders.py: the digest per department, escalations and the report to the Redactie
  (run by the send_review_reminders command).
The report "To review" is kennisbank/reports/review.py; the reminders log is
kennisbank/models/reminders.py.
"""

from .cycle import (
    DEFAULT_INTERVAL_MONTHS,
    DUE_SOON_DAYS,
    MAX_INTERVAL_MONTHS,
    REASSIGN_ACTION,
    SIGN_OFF_ACTION,
    ReviewState,
    add_months,
    days_overdue,
    default_review_date,
    due_soon_until,
    escalation_days,
    latest_review_date,
    reassign,
    review_state,
    review_status,
    sign_off,
)

__all__ = [
    "DEFAULT_INTERVAL_MONTHS",
    "DUE_SOON_DAYS",
    "MAX_INTERVAL_MONTHS",
    "REASSIGN_ACTION",
    "SIGN_OFF_ACTION",
    "ReviewState",
    "add_months",
    "days_overdue",
    "default_review_date",
    "due_soon_until",
    "escalation_days",
    "latest_review_date",
    "reassign",
    "review_state",
    "review_status",
    "sign_off",
]
