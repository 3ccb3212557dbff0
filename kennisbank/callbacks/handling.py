"""Who sees a call-back request, who marks it done, and when it is late."""

import datetime
import logging
import re

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from kennisbank.access.rules import (
    answers_for_department,
    for_departments_of,
    member_department_ids,
)
from kennisbank.models import CallbackRequest, Department

logger = logging.getLogger(__name__)


def open_callbacks():
    """Call-backs nobody has done yet, oldest first."""
    return (
        CallbackRequest.objects.filter(handled_at=None)
        .select_related("department", "registration")
        .order_by("created_at", "pk")
    )


def callbacks_for(user):
    """The open call-backs `user` is responsible for: every department's for the Redactie,
    their own departments' for members, nothing for anyone else."""
    return for_departments_of(user, open_callbacks())


def with_caller(user, callbacks) -> list:
    """`callbacks` as a list, each with `calls_back`: whether `user` is the one who calls the
    citizen back, and so sees their name and number and marks the request done.

    That is the department's members; the Redactie, which oversees every department's
    call-backs, only for a department that has no active member to call (there it is the one
    left to do it). A name and number are seen by no more people than need them, and "Gedaan",
    which erases them, is pressed by no one who could not have called: the Redactie closing
    Belastingen's request left the citizen waiting for a call nobody would make.
    """
    callbacks = list(callbacks)
    own = member_department_ids(user)
    staffed = set(
        Department.objects.filter(pk__in={callback.department_id for callback in callbacks})
        .with_active_member()
        .values_list("pk", flat=True)
    )
    for callback in callbacks:
        callback.calls_back = callback.department_id in own or (
            answers_for_department(user, callback.department_id)
            and callback.department_id not in staffed
        )
        callback.phone_link = phone_link(callback.contact) if callback.calls_back else None
    return callbacks


# A phone number in the name-and-number field as agents type it: "06-12345678",
# "+31 6 1234 5678", "010 123 45 67".
_PHONE = re.compile(r"(?:\+|00)?\d[\d\s-]{7,}\d")


def phone_link(contact: str) -> tuple[str, str, str, str] | None:
    """(text before, the number as typed, text after, its tel: address) for the first phone
    number in `contact`, so a caller at a computer with a softphone calls with one click;
    None when there is no number."""
    match = _PHONE.search(contact)
    if match is None or len(re.sub(r"\D", "", match.group())) < 10:
        return None
    number = match.group()
    return contact[: match.start()], number, contact[match.end() :], re.sub(r"[^\d+]", "", number)


def calls_back(user, callback) -> bool:
    """Whether `user` is the one who calls `callback`'s citizen back (with_caller)."""
    return with_caller(user, [callback])[0].calls_back


def absolute_admin_url(name: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name)


def request_callback(registration, department, contact: str = "") -> CallbackRequest:
    """The task for `department` from `registration`; the department is told by e-mail once the
    registration is saved. `contact` only with the citizen's consent (the form checks it)."""
    titles = [answer.title for answer in registration.answers.all()]
    question = registration.question or "; ".join(titles)
    callback = CallbackRequest.objects.create(
        registration=registration,
        department=department,
        question=question[: CallbackRequest._meta.get_field("question").max_length],
        contact=contact,
    )
    transaction.on_commit(lambda: notify_department(callback))
    return callback


def notify_department(callback) -> None:
    """E-mail the question (never the citizen's name or number: those stay in Kennisbank)."""
    addresses = callback.department.reminder_addresses
    if not addresses:
        return
    body = render_to_string(
        "kennisbank/email/callback_request.txt",
        {"callback": callback, "index_url": absolute_admin_url("kennisbank:callbacks")},
    )
    subject = gettext("Call-back request for %(department)s") % {
        "department": callback.department.name
    }
    try:
        EmailMessage(subject, body, to=addresses).send()
    except OSError:
        # The request is saved and on the dashboard; the escalation mails again if need be.
        logger.warning("Could not mail call-back request %s", callback.pk, exc_info=True)


def mark_done(callback, user) -> None:
    """Done: the citizen's name and number are erased at once."""
    callback.handled_at = timezone.now()
    callback.handled_by = user
    callback.contact = ""
    callback.save(update_fields=["handled_at", "handled_by", "contact"])


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days (Monday to Friday) after `start` up to and including `end`."""
    days = 0
    day = start
    while day < end:
        day += datetime.timedelta(days=1)
        days += day.weekday() < 5
    return days


def is_late(callback, today: datetime.date | None = None) -> bool:
    today = today or timezone.localdate()
    waited = working_days_between(timezone.localdate(callback.created_at), today)
    return callback.is_open and waited > settings.CALLBACK_DUE_WORKING_DAYS


def escalate_late_callbacks(today: datetime.date | None = None, dry_run: bool = False) -> int:
    """Mail each late, not yet escalated call-back to the head of its department (or, without
    one, again to the department); returns how many were escalated."""
    escalated = 0
    for callback in open_callbacks().filter(escalated_at=None):
        if not is_late(callback, today):
            continue
        department = callback.department
        addresses = (
            [department.escalation_email]
            if department.escalation_email
            else department.reminder_addresses
        )
        if not addresses:
            continue
        escalated += 1
        if dry_run:
            continue
        body = render_to_string(
            "kennisbank/email/callback_late.txt",
            {"callback": callback, "index_url": absolute_admin_url("kennisbank:callbacks")},
        )
        subject = gettext("Call-back request still open: %(department)s") % {
            "department": department.name
        }
        try:
            EmailMessage(subject, body, to=addresses).send()
        except OSError:
            # Not marked escalated, so the next daily run tries again.
            logger.warning("Could not escalate call-back request %s", callback.pk, exc_info=True)
            escalated -= 1
            continue
        callback.escalated_at = timezone.now()
        callback.save(update_fields=["escalated_at"])
    return escalated
