"""Call-back requests for the owner department (kennisbank/callbacks/)."""

import datetime

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kennisbank.callbacks.handling import phone_link, request_callback, working_days_between
from kennisbank.models import CallbackRequest
from tests.kennisbank.factories import ContactRegistrationFactory, agent, editor


def callback(department, *, days_old=0, contact=""):
    registration = ContactRegistrationFactory(
        question="Wanneer wordt de stoep gerepareerd?", result="terugbelverzoek"
    )
    request = request_callback(registration, department, contact=contact)
    if days_old:
        CallbackRequest.objects.filter(pk=request.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_old)
        )
        request.refresh_from_db()
    return request


@pytest.mark.parametrize(
    ("contact", "link"),
    [
        ("Jan Jansen 06-12345678", ("Jan Jansen ", "06-12345678", "", "0612345678")),
        ("+31 6 1234 5678 (mevrouw)", ("", "+31 6 1234 5678", " (mevrouw)", "+31612345678")),
        ("Fatma, na 17 uur", None),
    ],
)
def test_the_number_to_call_is_found(contact, link):
    assert phone_link(contact) == link


def test_working_days_skip_the_weekend():
    friday = datetime.date(2026, 12, 4)
    assert working_days_between(friday, friday + datetime.timedelta(days=3)) == 1  # Monday
    assert working_days_between(friday, friday + datetime.timedelta(days=4)) == 2


@pytest.mark.django_db
class TestOnTheDashboard:
    def test_the_department_sees_its_call_backs_with_their_age(self, client, member, burgerzaken):
        callback(burgerzaken, days_old=1, contact="Jan 0612345678")
        client.force_login(member)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Terugbelverzoeken" in html
        assert "Wanneer wordt de stoep gerepareerd?" in html
        # One click to call from a computer with a softphone.
        assert 'Jan <a href="tel:0612345678">0612345678</a>' in html
        assert "1\xa0dag" in html

    def test_another_department_and_agents_see_nothing(self, client, other_member, burgerzaken):
        callback(burgerzaken)
        for user in (other_member, agent()):
            client.force_login(user)
            html = client.get(reverse("wagtailadmin_home")).content.decode()
            assert "Wanneer wordt de stoep gerepareerd?" not in html

    def test_done_erases_the_name_and_number(self, client, member, burgerzaken):
        request = callback(burgerzaken, contact="Jan 0612345678")
        client.force_login(member)
        response = client.post(reverse("kennisbank:callback_done", args=[request.pk]))
        assert response.status_code == 302
        request.refresh_from_db()
        assert request.handled_by == member and request.contact == ""
        assert "0612345678" not in client.get(reverse("kennisbank:callbacks")).content.decode()

    def test_another_department_cannot_mark_it_done(self, client, other_member, burgerzaken):
        request = callback(burgerzaken)
        client.force_login(other_member)
        client.post(reverse("kennisbank:callback_done", args=[request.pk]))
        request.refresh_from_db()
        assert request.is_open

    def test_the_redactie_cannot_close_a_call_back_it_could_not_make(
        self, client, member, burgerzaken, index
    ):
        """ "Gedaan" erases the name and number: pressed by someone who never saw them, the
        citizen waited for a call nobody would make."""
        request = callback(burgerzaken, contact="Jan 0612345678")
        client.force_login(editor())
        html = client.get(reverse("kennisbank:callbacks")).content.decode()
        assert reverse("kennisbank:callback_done", args=[request.pk]) not in html
        client.post(reverse("kennisbank:callback_done", args=[request.pk]))
        request.refresh_from_db()
        assert request.is_open and request.contact == "Jan 0612345678"

    def test_an_empty_list_says_whose_requests_it_holds(self, client, member, belastingen, index):
        callback(belastingen)
        client.force_login(member)
        html = client.get(reverse("kennisbank:callbacks")).content.decode()
        # Not "Niemand wacht op een terugbelverzoek" while Belastingen's citizen waits.
        assert "Niemand wacht op een terugbelverzoek van uw afdeling." in html
        client.force_login(agent())
        html = client.get(reverse("kennisbank:callbacks")).content.decode()
        assert "Terugbelverzoeken ziet de afdeling die terugbelt hier." in html

    def test_the_redactie_sees_every_department(self, client, burgerzaken, index):
        callback(burgerzaken)
        client.force_login(editor())
        html = client.get(reverse("kennisbank:callbacks")).content.decode()
        assert "Burgerzaken" in html and "Wanneer wordt de stoep gerepareerd?" in html

    def test_the_redactie_sees_a_name_and_number_only_where_nobody_else_calls_back(
        self, client, member, burgerzaken, index
    ):
        from tests.kennisbank.factories import DepartmentFactory

        callback(burgerzaken, contact="Jan 0612345678")
        # A department without any member: the Redactie is the one left to call.
        sport = callback(DepartmentFactory(name="Sport"), contact="Fatma 0687654321")
        client.force_login(editor())
        for url in (reverse("kennisbank:callbacks"), reverse("wagtailadmin_home")):
            html = client.get(url).content.decode()
            assert "0612345678" not in html
            assert "Alleen te zien voor de afdeling die terugbelt" in html
            assert 'Fatma <a href="tel:0687654321">0687654321</a>' in html
            # Where it calls back, it also marks the request done.
            assert reverse("kennisbank:callback_done", args=[sport.pk]) in html


@pytest.mark.django_db
class TestEscalation:
    def test_a_late_call_back_goes_to_the_head_of_department_once(self, burgerzaken, mailoutbox):
        burgerzaken.escalation_email = "hoofd@voorbeeldstad.example"
        burgerzaken.save()
        late = callback(burgerzaken, days_old=7)
        callback(burgerzaken)  # new: not late
        mailoutbox.clear()
        call_command("send_review_reminders", stdout=None)
        escalations = [mail for mail in mailoutbox if mail.to == ["hoofd@voorbeeldstad.example"]]
        assert len(escalations) == 1
        assert "Wanneer wordt de stoep gerepareerd?" in escalations[0].body
        late.refresh_from_db()
        assert late.escalated_at is not None
        mailoutbox.clear()
        call_command("send_review_reminders")
        assert not [mail for mail in mailoutbox if mail.to == ["hoofd@voorbeeldstad.example"]]
