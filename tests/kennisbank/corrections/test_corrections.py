"""Feedback from the contact centre reaches the owner department and the Redactie
(kennisbank/feedback.py): on the dashboard, in the department's reminder digest, until a
member or an editor marks it handled."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kennisbank.models import AnswerCorrection
from tests.kennisbank.factories import agent, editor, published_answer

HOME = reverse("wagtailadmin_home")
PANEL = "kennisbank-answer-feedback"


def report_correction(answer, kind="verouderd", remark="De leges zijn per 1 januari verhoogd."):
    return AnswerCorrection.objects.create(
        answer=answer,
        kind=kind,
        remark=remark,
        department=answer.owner_department,
        created_by=agent(),
    )


def run_reminders(date=None):
    arguments = ["--date", date.isoformat()] if date else []
    call_command("send_review_reminders", *arguments, stdout=io.StringIO())


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


@pytest.fixture
def feedback(answer):
    return report_correction(answer)


@pytest.mark.django_db
class TestDashboard:
    def test_members_of_the_owner_department_see_it(self, client, member, feedback):
        client.force_login(member)
        html = client.get(HOME).content.decode()
        assert PANEL in html
        assert "Hoe vraag ik een paspoort aan?" in html
        assert "Verouderd" in html and "De leges zijn per 1 januari verhoogd." in html
        assert reverse("kennisbank:correction_handled", args=[feedback.pk]) in html
        # Who sent it, to ask when the remark leaves a question open.
        assert feedback.created_by.get_full_name() in html

    def test_the_redactie_sees_every_departments_feedback(self, client, feedback, other_answer):
        report_correction(other_answer, kind="mist_informatie", remark="Kwijtschelding ontbreekt.")
        client.force_login(editor())
        html = client.get(HOME).content.decode()
        assert PANEL in html
        assert "De leges zijn per 1 januari verhoogd." in html
        assert "Kwijtschelding ontbreekt." in html
        assert "Burgerzaken" in html and "Belastingen" in html

    def test_members_of_other_departments_and_agents_do_not(self, client, other_member, feedback):
        client.force_login(other_member)
        assert PANEL not in client.get(HOME).content.decode()
        client.force_login(agent())
        assert PANEL not in client.get(HOME).content.decode()

    def test_no_panel_without_open_corrections(self, client, member, answer):
        client.force_login(member)
        assert PANEL not in client.get(HOME).content.decode()

    def test_all_open_corrections_on_one_page(self, client, member, answer, other_answer):
        for number in range(12):
            report_correction(answer, remark=f"Opmerking {number}")
        report_correction(other_answer, remark="Van een andere afdeling")
        client.force_login(member)
        assert "Bekijk alle 12 opmerkingen" in client.get(HOME).content.decode()
        html = client.get(reverse("kennisbank:corrections")).content.decode()
        assert all(f"Opmerking {number}<" in html for number in range(12))
        assert "Van een andere afdeling" not in html


@pytest.mark.django_db
class TestHandling:
    def handle(self, client, feedback):
        return client.post(
            reverse("kennisbank:correction_handled", args=[feedback.pk]), {"next": HOME}
        )

    def test_a_member_of_the_department_marks_it_handled(self, client, member, feedback):
        client.force_login(member)
        assert self.handle(client, feedback).status_code == 302
        feedback.refresh_from_db()
        assert not feedback.is_open
        assert feedback.handled_by == member
        assert PANEL not in client.get(HOME).content.decode()

    def test_the_redactie_marks_it_handled(self, client, feedback):
        client.force_login(editor())
        self.handle(client, feedback)
        feedback.refresh_from_db()
        assert not feedback.is_open

    def test_another_department_cannot(self, client, other_member, feedback):
        client.force_login(other_member)
        # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
        response = self.handle(client, feedback)
        assert response.status_code == 302
        assert response.url == HOME
        feedback.refresh_from_db()
        assert feedback.is_open

    def test_only_by_post(self, client, member, feedback):
        client.force_login(member)
        assert (
            client.get(reverse("kennisbank:correction_handled", args=[feedback.pk])).status_code
            == 405
        )


@pytest.fixture
def mail_settings(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kennisbank.voorbeeldstad.example"
    mail.outbox.clear()


@pytest.mark.django_db
@pytest.mark.usefixtures("mail_settings", "member")
class TestDigest:
    address = "burgerzaken@voorbeeldstad.example"

    def test_feedback_alone_sends_the_department_a_digest(self, feedback):
        run_reminders()
        [message] = mails_to(self.address)
        assert message.subject == "Kennisbank: 1 opmerking van het KCC voor Burgerzaken"
        assert (
            "Collega's van het KCC vinden dat deze antwoorden aandacht nodig hebben:"
            in message.body
        )
        assert "Hoe vraag ik een paspoort aan?" in message.body
        assert "Verouderd: “De leges zijn per 1 januari verhoogd.”" in message.body
        assert f"/admin/pages/{feedback.answer_id}/edit/" in message.body
        assert "https://kennisbank.voorbeeldstad.example/admin/" in message.body
        assert "Controleer of ze nog kloppen" not in message.body  # nothing due for review

    def test_feedback_joins_the_review_reminder(self, index, burgerzaken, feedback):
        published_answer(
            index,
            burgerzaken,
            title="ID-kaart aanvragen",
            review_date=timezone.localdate() - datetime.timedelta(days=3),
        )
        run_reminders()
        [message] = mails_to(self.address)
        assert "1 antwoord van Burgerzaken om te controleren" in message.subject
        assert "ID-kaart aanvragen" in message.body
        assert "De leges zijn per 1 januari verhoogd." in message.body

    def test_only_the_owner_department_gets_it(self, other_member, feedback):
        run_reminders()
        assert mails_to("belastingen@voorbeeldstad.example") == []

    def test_new_feedback_is_mailed_the_next_day_and_handled_feedback_not_again(
        self, answer, feedback
    ):
        today = timezone.localdate()
        run_reminders(today)
        assert len(mails_to(self.address)) == 1
        run_reminders(today)  # twice a day sends nothing twice
        assert len(mails_to(self.address)) == 1

        newer = report_correction(answer, kind="klopt_niet", remark="Verkeerd telefoonnummer.")
        run_reminders(today + datetime.timedelta(days=1))
        assert len(mails_to(self.address)) == 2
        assert "Verkeerd telefoonnummer." in mails_to(self.address)[-1].body

        feedback.handled_at = newer.handled_at = timezone.now()
        feedback.save()
        newer.save()
        run_reminders(today + datetime.timedelta(days=30))
        assert len(mails_to(self.address)) == 2
