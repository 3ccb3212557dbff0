"""Review reminders: a digest per department, escalations, and a report to the Redactie.

`python manage.py send_review_reminders` runs this once a day (cron).

- Each active department with answers overdue or due within 30 days, or with open feedback
  from the contact centre (kennisbank.corrections.handling), gets one digest at its reminder addresses,
  with a direct edit link per answer.
- Answers overdue more than REVIEW_ESCALATION_DAYS (default 30) also go to the department's
  escalation address.
- What cannot be sent is not skipped silently: a department without reminder address, without
  members or without escalation address, and the answers of inactive departments ("no active
  owner"), go to the Redactie (REVIEW_EDITORS_EMAILS, or else the users with the permission
  kennisbank.receive_editors_report: the Redactie).

Nothing is sent twice: a mail counts as sent only once the mail server accepted it (then a
ReviewReminder row is written), each recipient gets at most one mail of a kind per day, and
after that only again when something new came up (an answer became due, overdue or escalated)
or REVIEW_REMINDER_INTERVAL_DAYS (default 7) passed. A mail that failed has no row, so the
next run sends it. Two runs at the very same moment are not guarded against; cron starts one.
"""

import datetime
from dataclasses import dataclass, field
from itertools import groupby

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from kennisbank import review
from kennisbank.corrections.handling import open_corrections
from kennisbank.models import AnswerPage, Department, ReviewReminder
from kennisbank.models.departments import split_addresses

Kind = ReviewReminder.Kind


def reminder_interval_days() -> int:
    return int(settings.REVIEW_REMINDER_INTERVAL_DAYS)


EDITORS_REPORT_PERMISSION = "kennisbank.receive_editors_report"


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def editor_addresses() -> list[str]:
    configured = settings.REVIEW_EDITORS_EMAILS
    if configured:
        return split_addresses(configured) if isinstance(configured, str) else list(configured)
    return sorted(
        set(
            get_user_model()
            .objects.with_perm(EDITORS_REPORT_PERMISSION, include_superusers=False)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


@dataclass(frozen=True)
class Entry:
    """One answer in a mail."""

    pk: int
    title: str
    review_date: datetime.date
    days_overdue: int
    edit_url: str

    @classmethod
    def of(cls, answer, today):
        return cls(
            pk=answer.pk,
            title=answer.title,
            review_date=answer.review_date,
            days_overdue=review.days_overdue(answer.review_date, today),
            edit_url=absolute_url(reverse("wagtailadmin_pages:edit", args=[answer.pk])),
        )


@dataclass(frozen=True)
class CorrectionEntry:
    """One open remark of the contact centre on an answer, in a department's digest."""

    pk: int
    answer_pk: int
    title: str
    kind: str
    remark: str
    given_on: datetime.date
    edit_url: str

    @classmethod
    def of(cls, correction):
        return cls(
            pk=correction.pk,
            answer_pk=correction.answer_id,
            title=correction.answer.title,
            kind=correction.get_kind_display(),
            remark=correction.remark,
            given_on=timezone.localdate(correction.created_at),
            edit_url=absolute_url(reverse("wagtailadmin_pages:edit", args=[correction.answer_id])),
        )


def corrections_by_department() -> dict[int, list[CorrectionEntry]]:
    """Open feedback per department id, oldest first."""
    found: dict[int, list[CorrectionEntry]] = {}
    for corrections in open_corrections():
        found.setdefault(corrections.department_id, []).append(CorrectionEntry.of(corrections))
    return found


@dataclass
class Mail:
    kind: str
    department: Department | None
    recipients: list[str]
    subject: str
    body: str
    answer_count: int
    # What the mail reports, compared with the last mail to tell whether something is new.
    items: list = field(default_factory=list)

    def describe(self) -> str:
        """For the command's output: "Reminder to the department (Burgerzaken) to …: 3 answers"."""
        return _("%(kind)s (%(department)s) to %(recipients)s: %(answers)s") % {
            "kind": Kind(self.kind).label,
            "department": self.department.name if self.department else _("all departments"),
            "recipients": ", ".join(self.recipients) or "-",
            "answers": ngettext("%(count)d answer", "%(count)d answers", self.answer_count)
            % {"count": self.answer_count},
        }


# What only the Redactie can fix; the key is stored with the mail to tell what is new.
PROBLEMS = {
    "inactive": gettext_lazy(
        "The department is no longer active: these answers have no active owner. "
        "Reassign them to another department."
    ),
    "no_address": gettext_lazy(
        "No reminder address: the department did not get this reminder. "
        "Add an address to the department."
    ),
    "no_members": gettext_lazy(
        "No members: nobody can approve or sign off these answers. "
        "Add colleagues to the department's group."
    ),
    "no_escalation_address": gettext_lazy(
        "No escalation address: nobody above the department heard that these answers are "
        "long overdue."
    ),
}


@dataclass
class Problem:
    kind: str
    department: Department
    entries: list[Entry]

    @property
    def message(self) -> str:
        return str(PROBLEMS[self.kind])


def answers_needing_attention(today):
    """Published answers overdue, due within 30 days, or of an inactive department."""
    return (
        AnswerPage.objects.live()
        .filter(
            Q(review_date__lte=review.due_soon_until(today)) | Q(owner_department__is_active=False)
        )
        .select_related("owner_department")
        .order_by("owner_department__name", "owner_department_id", "review_date", "title")
    )


def has_members(department) -> bool:
    return Department.objects.filter(pk=department.pk).with_active_member().exists()


def department_mail(department, entries, today, corrections=()) -> Mail:
    overdue = [entry for entry in entries if entry.days_overdue > 0]
    due = [entry for entry in entries if entry.days_overdue <= 0]
    answer_count = len({entry.pk for entry in entries} | {item.answer_pk for item in corrections})
    if entries:
        subject = ngettext(
            "Knowledge base: %(count)d answer of %(department)s to check",
            "Knowledge base: %(count)d answers of %(department)s to check",
            len(entries),
        ) % {"count": len(entries), "department": department.name}
    else:
        subject = ngettext(
            "Knowledge base: %(count)d remark from the contact centre for %(department)s",
            "Knowledge base: %(count)d remarks from the contact centre for %(department)s",
            len(corrections),
        ) % {"count": len(corrections), "department": department.name}
    return Mail(
        kind=Kind.DEPARTMENT,
        department=department,
        recipients=department.reminder_addresses,
        subject=subject,
        body=render_to_string(
            "kennisbank/email/review_reminder.txt",
            {
                "department": department,
                "overdue": overdue,
                "due": due,
                "corrections": corrections,
                "report_url": absolute_url(
                    reverse("kennisbank:review_report") + f"?owner_department={department.pk}"
                ),
                "dashboard_url": absolute_url(reverse("wagtailadmin_home")),
            },
        ),
        answer_count=answer_count,
        # New feedback is something new, so it is mailed without waiting for the interval.
        items=[[entry.pk, review.review_state(entry.review_date, today).value] for entry in entries]
        + [["feedback", item.pk] for item in corrections],
    )


def escalation_mail(department, entries) -> Mail:
    days = review.escalation_days()
    return Mail(
        kind=Kind.ESCALATION,
        department=department,
        recipients=[department.escalation_email],
        subject=ngettext(
            "Knowledge base: %(count)d answer of %(department)s is more than %(days)d days overdue",
            "Knowledge base: %(count)d answers of %(department)s are more than %(days)d days overdue",
            len(entries),
        )
        % {"count": len(entries), "department": department.name, "days": days},
        body=render_to_string(
            "kennisbank/email/review_escalation.txt",
            {"department": department, "entries": entries, "days": days},
        ),
        answer_count=len(entries),
        items=[[entry.pk, "escalated"] for entry in entries],
    )


def editors_mail(problems) -> Mail:
    return Mail(
        kind=Kind.EDITORS,
        department=None,
        recipients=editor_addresses(),
        subject=_("Knowledge base: review reminders that could not reach a department"),
        body=render_to_string("kennisbank/email/review_editors.txt", {"problems": problems}),
        answer_count=len({entry.pk for problem in problems for entry in problem.entries}),
        items=[
            [problem.kind, problem.department.pk, entry.pk]
            for problem in problems
            for entry in problem.entries
        ],
    )


def department_mails(
    department, entries, today, corrections=()
) -> tuple[list[Mail], list[Problem]]:
    """The mails for one department's answers and open corrections, and what keeps them from
    reaching someone. Feedback alone reports no problems: the Redactie sees all open feedback
    on its dashboard anyway."""
    if not department.is_active:
        return [], [Problem("inactive", department, entries)] if entries else []
    mails, problems = [], []
    if department.reminder_addresses:
        mails.append(department_mail(department, entries, today, corrections))
    elif entries:
        problems.append(Problem("no_address", department, entries))
    if entries and not has_members(department):
        problems.append(Problem("no_members", department, entries))
    escalated = [entry for entry in entries if entry.days_overdue > review.escalation_days()]
    if escalated and department.escalation_email:
        mails.append(escalation_mail(department, escalated))
    elif escalated:
        problems.append(Problem("no_escalation_address", department, escalated))
    return mails, problems


def plan(today: datetime.date) -> list[Mail]:
    """Every mail the situation on `today` calls for, before checking what was sent already."""
    mails, problems = [], []
    with translation.override(settings.LANGUAGE_CODE):
        corrections = corrections_by_department()
        for department, answers in groupby(
            answers_needing_attention(today), key=lambda answer: answer.owner_department
        ):
            found_mails, found_problems = department_mails(
                department,
                [Entry.of(answer, today) for answer in answers],
                today,
                corrections.pop(department.pk, []),
            )
            mails += found_mails
            problems += found_problems
        # Departments with open feedback but no answers to review.
        for department in Department.objects.filter(pk__in=list(corrections)).order_by("name"):
            found_mails, _problems = department_mails(
                department, [], today, corrections[department.pk]
            )
            mails += found_mails
        if problems:
            mails.append(editors_mail(problems))
    return mails


def is_due(mail: Mail, today: datetime.date) -> bool:
    """Whether `mail` should go out: not sent today, and new, or the interval has passed."""
    last = (
        ReviewReminder.objects.filter(kind=mail.kind, department=mail.department)
        .order_by("-sent_on", "-sent_at")
        .first()
    )
    if last is None:
        return True
    if last.sent_on >= today:
        return False
    reported_before = {tuple(item) for item in last.items}
    if any(tuple(item) not in reported_before for item in mail.items):
        return True
    return (today - last.sent_on).days >= reminder_interval_days()


class NoRecipients(Exception):
    pass


def send(mail: Mail, today: datetime.date) -> ReviewReminder:
    """Send `mail`; raises if the mail server does not accept it, and records it only if it does."""
    if not mail.recipients:
        raise NoRecipients(_("no e-mail address to send to"))
    EmailMessage(mail.subject, mail.body, to=mail.recipients).send()
    return ReviewReminder.objects.create(
        kind=mail.kind,
        department=mail.department,
        sent_on=today,
        recipients=", ".join(mail.recipients),
        items=mail.items,
    )


@dataclass
class Outcome:
    sent: list[Mail] = field(default_factory=list)
    skipped: list[Mail] = field(default_factory=list)
    failed: list[tuple[Mail, Exception]] = field(default_factory=list)


def send_reminders(today: datetime.date, *, dry_run: bool = False) -> Outcome:
    outcome = Outcome()
    for mail in plan(today):
        if not is_due(mail, today):
            outcome.skipped.append(mail)
            continue
        if dry_run:
            outcome.sent.append(mail)
            continue
        try:
            send(mail, today)
        # smtplib.SMTPException, refused connections and TLS errors are all OSErrors.
        except (OSError, NoRecipients) as error:
            outcome.failed.append((mail, error))
        else:
            outcome.sent.append(mail)
    return outcome
