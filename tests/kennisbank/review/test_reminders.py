"""Review reminders (kennisbank/reminders.py) through `manage.py send_review_reminders`."""

import datetime
import io
import smtplib

import pytest

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.translation import gettext

from kennisbank.models import ReviewReminder
from tests.kennisbank.factories import DepartmentFactory, editor, published_answer

BASE_URL = "https://kennisbank.voorbeeldstad.example"


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class RefusesBelastingenBackend(BaseEmailBackend):
    """A mail server that accepts every mail except those to Belastingen."""

    def send_messages(self, email_messages):
        for message in email_messages:
            if any("belastingen" in address for address in message.to):
                raise smtplib.SMTPRecipientsRefused({message.to[0]: (550, b"Unknown user")})
            mail.outbox.append(message)
        return len(email_messages)


def today():
    return timezone.localdate()


def days(number):
    return today() + datetime.timedelta(days=number)


def run(date=None, **options):
    stdout, stderr = io.StringIO(), io.StringIO()
    arguments = ["--date", date.isoformat()] if date else []
    call_command("send_review_reminders", *arguments, stdout=stdout, stderr=stderr, **options)
    return stdout.getvalue()


def summary(sent, skipped, failed):
    return gettext("%(sent)d sent, %(skipped)d already sent before, %(failed)d failed.") % {
        "sent": sent,
        "skipped": skipped,
        "failed": failed,
    }


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


@pytest.fixture(autouse=True)
def mail_settings(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    settings.REVIEW_ESCALATION_DAYS = 30
    settings.REVIEW_REMINDER_INTERVAL_DAYS = 7
    mail.outbox.clear()


@pytest.fixture
def answers(index, burgerzaken, belastingen, member, other_member):
    return {
        "overdue": published_answer(
            index, burgerzaken, title="Paspoort aanvragen", review_date=days(-10)
        ),
        "long_overdue": published_answer(
            index, burgerzaken, title="Rijbewijs verlengen", review_date=days(-45)
        ),
        "due": published_answer(index, burgerzaken, title="ID-kaart", review_date=days(20)),
        "later": published_answer(index, burgerzaken, title="Verhuizen", review_date=days(200)),
        "other": published_answer(
            index, belastingen, title="Hondenbelasting", review_date=days(-2)
        ),
    }


@pytest.mark.django_db
class TestDigest:
    def test_one_mail_per_department_with_its_due_and_overdue_answers(self, answers):
        output = run()
        [digest] = mails_to("burgerzaken@voorbeeldstad.example")
        assert "Burgerzaken" in digest.subject
        for key in ("overdue", "long_overdue", "due"):
            assert answers[key].title in digest.body
            assert f"{BASE_URL}/admin/pages/{answers[key].pk}/edit/" in digest.body
        assert "Verhuizen" not in digest.body  # not due yet
        assert "Hondenbelasting" not in digest.body  # another department's
        assert len(mails_to("belastingen@voorbeeldstad.example")) == 1
        assert "burgerzaken@voorbeeldstad.example" in output

    def test_overdue_answers_come_first_with_their_date(self, answers):
        run()
        [digest] = mails_to("burgerzaken@voorbeeldstad.example")
        body = digest.body
        assert body.index("Rijbewijs verlengen") < body.index("Paspoort aanvragen")
        assert body.index("Paspoort aanvragen") < body.index("ID-kaart")

    def test_a_department_with_nothing_due_gets_nothing(self, answers):
        answers["other"].review_date = days(100)
        answers["other"].save()
        run()
        assert not mails_to("belastingen@voorbeeldstad.example")


@pytest.mark.django_db
class TestNothingTwice:
    def test_a_second_run_on_the_same_day_sends_nothing(self, answers):
        run()
        sent = len(mail.outbox)
        assert sent > 0
        output = run()
        assert len(mail.outbox) == sent
        assert output.strip().endswith(summary(0, sent, 0))

    def test_nothing_new_is_repeated_only_after_the_interval(self, answers):
        run(today())
        mail.outbox.clear()
        run(today() + datetime.timedelta(days=1))
        assert not mails_to("burgerzaken@voorbeeldstad.example")
        run(today() + datetime.timedelta(days=7))
        assert len(mails_to("burgerzaken@voorbeeldstad.example")) == 1

    def test_a_newly_overdue_answer_is_reported_the_next_day(self, answers, index, burgerzaken):
        run(today())
        mail.outbox.clear()
        published_answer(index, burgerzaken, title="Uittreksel BRP", review_date=today())
        run(today() + datetime.timedelta(days=1))
        [digest] = mails_to("burgerzaken@voorbeeldstad.example")
        assert "Uittreksel BRP" in digest.body

    def test_dry_run_sends_and_records_nothing(self, answers):
        output = run(dry_run=True)
        assert mail.outbox == []
        assert not ReviewReminder.objects.exists()
        assert "burgerzaken@voorbeeldstad.example" in output


@pytest.mark.django_db
class TestEscalation:
    def test_answers_overdue_more_than_n_days_go_to_the_escalation_address(self, answers):
        run()
        [escalation] = mails_to("hoofd.burgerzaken@voorbeeldstad.example")
        assert "Rijbewijs verlengen" in escalation.body
        assert "Paspoort aanvragen" not in escalation.body  # only 10 days overdue
        assert f"{BASE_URL}/admin/pages/{answers['long_overdue'].pk}/edit/" in escalation.body
        assert not mails_to("hoofd.belastingen@voorbeeldstad.example")

    def test_the_number_of_days_is_a_setting(self, answers, settings):
        settings.REVIEW_ESCALATION_DAYS = 5
        run()
        [escalation] = mails_to("hoofd.burgerzaken@voorbeeldstad.example")
        assert "Paspoort aanvragen" in escalation.body
        assert "ID-kaart" not in escalation.body

    def test_exactly_n_days_overdue_is_not_escalated(self, index, burgerzaken, member):
        published_answer(index, burgerzaken, title="Trouwen", review_date=days(-30))
        run()
        assert not mails_to("hoofd.burgerzaken@voorbeeldstad.example")


@pytest.mark.django_db
class TestReportToEditors:
    def test_a_department_without_reminder_address_is_reported_to_the_editors(
        self, answers, belastingen
    ):
        user = editor(email="redactie@voorbeeldstad.example")
        belastingen.reminder_emails = ""
        belastingen.save()
        run()
        [report] = mails_to(user.email)
        assert "Belastingen" in report.body
        assert "Hondenbelasting" in report.body
        assert f"{BASE_URL}/admin/pages/{answers['other'].pk}/edit/" in report.body
        assert not mails_to("belastingen@voorbeeldstad.example")

    def test_a_department_without_members_is_mailed_and_reported(
        self, answers, other_member, settings
    ):
        settings.REVIEW_EDITORS_EMAILS = ["webredactie@voorbeeldstad.example"]
        other_member.groups.clear()
        run()
        assert len(mails_to("belastingen@voorbeeldstad.example")) == 1
        [report] = mails_to("webredactie@voorbeeldstad.example")
        assert "Belastingen" in report.body and "Hondenbelasting" in report.body

    def test_answers_of_an_inactive_department_are_reported_as_without_owner(self, index, settings):
        settings.REVIEW_EDITORS_EMAILS = ["webredactie@voorbeeldstad.example"]
        closed = DepartmentFactory(name="Sport", is_active=False)
        published_answer(index, closed, title="Sporthal huren", review_date=days(300))
        run()
        assert not mails_to(closed.reminder_addresses[0])
        [report] = mails_to("webredactie@voorbeeldstad.example")
        assert "Sport" in report.body and "Sporthal huren" in report.body

    def test_a_missing_escalation_address_is_reported(self, answers, burgerzaken, settings):
        settings.REVIEW_EDITORS_EMAILS = ["webredactie@voorbeeldstad.example"]
        burgerzaken.escalation_email = ""
        burgerzaken.save()
        run()
        [report] = mails_to("webredactie@voorbeeldstad.example")
        assert "Rijbewijs verlengen" in report.body

    def test_no_report_when_every_department_can_be_reached(self, answers):
        user = editor(email="redactie@voorbeeldstad.example")
        run()
        assert not mails_to(user.email)


@pytest.mark.django_db
class TestMailServerFailure:
    def test_a_failure_is_reported_and_the_mail_is_sent_on_the_next_run(self, answers, settings):
        settings.EMAIL_BACKEND = "tests.kennisbank.review.test_reminders.FailingBackend"
        with pytest.raises(CommandError) as failure:
            run()
        assert str(failure.value) == summary(0, 0, 3)
        assert not ReviewReminder.objects.exists()

        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        run()
        assert len(mails_to("burgerzaken@voorbeeldstad.example")) == 1
        assert ReviewReminder.objects.filter(department__name="Burgerzaken").count() == 2

    def test_only_the_refused_mail_is_sent_again(self, answers, settings):
        settings.EMAIL_BACKEND = "tests.kennisbank.review.test_reminders.RefusesBelastingenBackend"
        stderr = io.StringIO()
        with pytest.raises(CommandError):
            call_command("send_review_reminders", stdout=io.StringIO(), stderr=stderr)
        assert "belastingen@voorbeeldstad.example" in stderr.getvalue()
        assert len(mails_to("burgerzaken@voorbeeldstad.example")) == 1

        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        mail.outbox.clear()
        run()
        assert [message.to for message in mail.outbox] == [["belastingen@voorbeeldstad.example"]]

    def test_editors_without_address_is_a_failure_not_silence(self, answers, belastingen):
        belastingen.reminder_emails = ""
        belastingen.save()
        with pytest.raises(CommandError) as failure:
            run()
        assert str(failure.value) == summary(2, 0, 1)  # Burgerzaken: digest and escalation
