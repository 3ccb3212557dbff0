"""Contact moments and feedback (search/workbench/forms.py), posted as the agent does: quick to
register, validated, and stored without personal data."""

import pytest

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.messages import get_messages
from django.urls import reverse

from kennisbank.models import AnswerCorrection, CallbackRequest, ContactRegistration
from search.models import SearchEvent
from search.workbench.forms import ContactRegistrationForm

REGISTER = reverse("workbench:register")


def register(client, **fields):
    data = {"channel": "phone", "result": "afgehandeld", **fields}
    return client.post(REGISTER, {key: value for key, value in data.items() if value is not None})


@pytest.mark.django_db
class TestContactMoment:
    def test_an_answer_used_on_the_phone(self, logged_in, kcc, passport, burgerzaken):
        logged_in.get(reverse("workbench:answer", args=[passport.pk]))
        response = register(
            logged_in, answers=[passport.pk], department=burgerzaken.pk, antwoord=passport.pk
        )
        assert response.status_code == 302
        assert response.url == reverse("workbench:start")
        registration = ContactRegistration.objects.get()
        assert registration.channel == "phone"
        assert list(registration.answers.all()) == [passport]
        assert registration.result == "afgehandeld"
        assert registration.department == burgerzaken
        assert registration.registered_by == kcc
        assert not registration.no_answer_found
        follow = logged_in.get(response.url).content.decode()
        assert "Het contactmoment is geregistreerd." in follow

    def test_no_answer_found_with_the_question(self, logged_in):
        register(logged_in, channel="counter", question="Mag ik kippen houden in de tuin?")
        registration = ContactRegistration.objects.get()
        assert registration.no_answer_found
        assert registration.question == "Mag ik kippen houden in de tuin?"
        assert registration.answers.count() == 0

    def test_the_open_answer_is_ticked_and_the_last_channel_chosen(self, logged_in, passport):
        register(logged_in, channel="chat", question="iets")
        form = logged_in.get(reverse("workbench:answer", args=[passport.pk])).context[
            "contact_form"
        ]
        assert form.initial["answers"] == [passport.pk]
        assert form.initial["channel"] == "chat"
        assert form.initial["department"] == passport.owner_department_id

    def test_missing_channel(self, logged_in):
        response = register(logged_in, channel=None, question="Waar is het stadhuis?")
        assert response.status_code == 400
        assert "channel" in response.context["contact_form"].errors
        assert "Kies het kanaal waarlangs de inwoner contact opnam." in response.content.decode()
        assert not ContactRegistration.objects.exists()

    def test_missing_result(self, logged_in):
        response = register(logged_in, result=None, question="Waar is het stadhuis?")
        assert "result" in response.context["contact_form"].errors
        assert "Kies hoe het contact afliep." in response.content.decode()
        assert not ContactRegistration.objects.exists()

    def test_a_transfer_names_the_department(self, logged_in, burgerzaken):
        response = register(logged_in, result="doorverbonden", question="Bouwvergunning schuur")
        assert response.status_code == 400
        assert "Kies de afdeling waarnaar u heeft doorverbonden." in response.content.decode()
        assert not ContactRegistration.objects.exists()
        register(
            logged_in,
            result="doorverbonden",
            question="Bouwvergunning schuur",
            department=burgerzaken.pk,
        )
        assert ContactRegistration.objects.get().department == burgerzaken

    def test_the_next_citizen_is_not_offered_the_previous_citizens_answers(
        self, logged_in, passport, dog_tax
    ):
        logged_in.get(reverse("workbench:answer", args=[passport.pk]))
        assert register(logged_in, answers=[passport.pk]).status_code == 302
        logged_in.get(reverse("workbench:answer", args=[dog_tax.pk]))
        offered = logged_in.get(reverse("workbench:start")).context["contact_form"]
        assert list(offered.fields["answers"].queryset) == [dog_tax]
        # Still one click away under "Recent geopend".
        assert passport in logged_in.get(reverse("workbench:start")).context["recent"]

    def test_a_form_sent_after_the_session_expired_comes_back_filled_in(
        self, client, kcc, passport
    ):
        answer = reverse("workbench:answer", args=[passport.pk])
        client.force_login(kcc)
        client.get(answer)
        # The session expires while the agent fills in the form (its data outlives the login).
        session = client.session
        for key in (SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY):
            session.pop(key, None)
        session.save()
        response = client.post(
            REGISTER,
            {
                "channel": "balie",
                "result": "terugbelverzoek",
                "answers": [passport.pk],
                "callback_consent": "on",
                "callback_contact": "Jan Jansen 0612345678",
            },
            HTTP_REFERER=f"http://testserver{answer}",
        )
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
        assert not ContactRegistration.objects.exists()

        client.force_login(kcc)
        page = client.get(answer)
        form = page.context["contact_form"]
        assert form.initial["channel"] == "balie"
        assert form.initial["answers"] == [str(passport.pk)]
        # The citizen's name and number were not kept in the session: typed again.
        assert "callback_contact" not in form.initial
        assert "0612345678" not in page.content.decode()
        assert "Wat u had ingevuld staat er weer" in page.content.decode()
        # Once: the next page has an empty form again.
        assert client.get(answer).context["contact_form"].initial["channel"] != "balie"

    def test_the_address_the_form_went_to_leads_to_the_start_screen(self, logged_in):
        response = logged_in.get(REGISTER)
        assert response.status_code == 302
        assert response.url == reverse("workbench:start")

    def test_neither_an_answer_nor_a_question(self, logged_in):
        response = register(logged_in)
        assert response.status_code == 400
        assert "Vink het antwoord aan" in response.content.decode()
        assert not ContactRegistration.objects.exists()

    def test_question_of_more_than_180_characters(self, logged_in):
        response = register(logged_in, question="a" * 181)
        assert response.status_code == 400
        assert "question" in response.context["contact_form"].errors
        assert not ContactRegistration.objects.exists()
        register(logged_in, question="a" * 180)
        assert ContactRegistration.objects.get().question == "a" * 180

    def test_personal_data_is_scrubbed_from_the_question(self, logged_in):
        response = register(
            logged_in,
            question="Paspoort kwijt, bsn 111222333, mail jan@example.nl, 06-12345678",
        )
        question = ContactRegistration.objects.get().question
        for personal in ["111222333", "jan@example.nl", "12345678"]:
            assert personal not in question
        assert question.startswith("Paspoort kwijt, bsn [BSN]")
        # The agent is told, so they know it was not kept and leave it out next time.
        assert [str(message) for message in get_messages(response.wsgi_request)][-1] == (
            "Weggelaten uit de vraag, omdat we dat niet bewaren: het BSN, het e-mailadres, "
            "het telefoonnummer."
        )

    def test_a_question_without_personal_data_gets_no_such_notice(self, logged_in):
        response = register(logged_in, question="Paspoort kwijt in het buitenland")
        said = [str(message) for message in get_messages(response.wsgi_request)]
        assert said == ["Het contactmoment is geregistreerd."]

    def test_scrubbing_never_makes_the_question_too_long(self):
        # Placeholders can be longer than what they replace.
        question = "1234 AB 5 " * 18
        form = ContactRegistrationForm(
            {"channel": "letter", "result": "doorverwezen", "question": question[:180]}
        )
        assert form.is_valid(), form.errors
        assert len(form.cleaned_data["question"]) <= 180
        assert "1234 AB" not in form.cleaned_data["question"]

    def test_only_answers_the_agent_opened_can_be_ticked(self, logged_in, passport, dog_tax):
        logged_in.get(reverse("workbench:answer", args=[passport.pk]))
        response = register(logged_in, answers=[dog_tax.pk])
        assert "answers" in response.context["contact_form"].errors
        assert not ContactRegistration.objects.exists()

    def test_errors_are_shown_on_the_answer_page_the_form_was_on(self, logged_in, passport):
        logged_in.get(reverse("workbench:answer", args=[passport.pk]))
        response = register(logged_in, channel=None, answers=[passport.pk], antwoord=passport.pk)
        assert response.status_code == 400
        assert "search/workbench/answer.html" in [template.name for template in response.templates]
        assert "data-wb-invalid" in response.content.decode()

    def test_the_results_on_screen_stay_next_to_the_errors(self, logged_in, passport):
        searched = logged_in.get(reverse("workbench:start"), {"q": "paspoort"}).content.decode()
        assert 'name="q" value="paspoort"' in searched  # the form knows what is on screen
        counted = SearchEvent.objects.count()

        response = register(logged_in, channel=None, q="paspoort")

        assert response.status_code == 400
        assert response.context["query"] == "paspoort"
        assert passport.title in response.content.decode()
        assert SearchEvent.objects.count() == counted  # the search was counted once

    def test_nothing_identifies_the_citizen(self):
        fields = {field.name for field in ContactRegistration._meta.get_fields()}
        assert fields == {
            "id",
            "registered_at",
            "channel",
            "answers",
            "question",
            "result",
            "department",
            "registered_by",
            # The call-back request, if any: a name or number only with consent, erased when done.
            "callback",
        }


@pytest.mark.django_db
class TestFeedback:
    def test_feedback_goes_to_the_owner_department(self, logged_in, kcc, passport, burgerzaken):
        url = reverse("workbench:feedback", args=[passport.pk])
        response = logged_in.post(url, {"kind": "verouderd", "remark": "Tarief is verhoogd."})
        assert response.status_code == 302
        feedback = AnswerCorrection.objects.get()
        assert feedback.answer == passport
        assert feedback.department == burgerzaken
        assert feedback.kind == "verouderd"
        assert feedback.remark == "Tarief is verhoogd."
        assert feedback.created_by == kcc
        assert feedback.is_open
        html = logged_in.get(response.url).content.decode()
        assert "Uw melding is naar Burgerzaken en de redactie gestuurd." in html

    @pytest.mark.parametrize("kind", ["klopt_niet", "mist_informatie"])
    def test_what_is_wrong_needs_a_remark(self, logged_in, passport, kind):
        url = reverse("workbench:feedback", args=[passport.pk])
        response = logged_in.post(url, {"kind": kind, "remark": "  "})
        assert response.status_code == 400
        assert "Schrijf kort wat er niet klopt of mist" in response.content.decode()
        assert not AnswerCorrection.objects.exists()

    def test_the_remark_is_scrubbed(self, logged_in, passport):
        url = reverse("workbench:feedback", args=[passport.pk])
        logged_in.post(url, {"kind": "klopt_niet", "remark": "Mevrouw op 1234 AB 12 belde."})
        assert "1234 AB" not in AnswerCorrection.objects.get().remark

    def test_a_kind_is_required(self, logged_in, passport):
        url = reverse("workbench:feedback", args=[passport.pk])
        response = logged_in.post(url, {"remark": "Klopt niet"})
        assert response.status_code == 400
        assert "kind" in response.context["corrections_form"].errors
        assert 'class="wb-panel wb-feedback" open' in response.content.decode()
        assert not AnswerCorrection.objects.exists()


@pytest.mark.django_db
class TestCallbackRequest:
    def test_a_call_back_becomes_a_task_for_the_owner_department(
        self, logged_in, passport, burgerzaken, django_capture_on_commit_callbacks, mailoutbox
    ):
        logged_in.get(reverse("workbench:answer", args=[passport.pk]))
        with django_capture_on_commit_callbacks(execute=True):
            response = register(
                logged_in,
                answers=[passport.pk],
                result="terugbelverzoek",
                antwoord=passport.pk,
                callback_consent="on",
                callback_contact="Jan Jansen 06 12345678",
            )
        assert response.status_code == 302
        callback = CallbackRequest.objects.get()
        assert callback.department == burgerzaken
        assert callback.question == passport.title
        assert callback.contact == "Jan Jansen 06 12345678"
        [mail] = mailoutbox
        assert mail.to == burgerzaken.reminder_addresses
        assert passport.title in mail.body

    def test_name_and_number_only_with_consent(self, logged_in, burgerzaken):
        fields = {
            "question": "Wanneer wordt de stoep gerepareerd?",
            "result": "terugbelverzoek",
            "department": burgerzaken.pk,
            "callback_contact": "Jan Jansen 06 12345678",
        }
        response = register(logged_in, **fields)
        assert response.status_code == 400
        assert "callback_consent" in response.context["contact_form"].errors
        assert not ContactRegistration.objects.exists()

        register(logged_in, callback_consent="on", **fields)
        assert CallbackRequest.objects.get().contact == "Jan Jansen 06 12345678"

    @pytest.mark.parametrize(
        ("contact", "message"),
        [
            # Without a name and number the department cannot call back.
            ("   ", "Zonder kan de afdeling niet terugbellen"),
            # A name without a number says what is missing.
            ("mevrouw Jansen", "Er staat geen telefoonnummer in."),
            # The consent covers a name and a number, nothing else.
            (
                "Jan Jansen 0612345678, BSN 111222333, NL91ABNA0417164300",
                "Vul alleen een naam en een telefoonnummer in. Laat dit weg: het BSN, het "
                "rekeningnummer (IBAN). Dat "
                "bewaren we niet voor terugbellen.",
            ),
        ],
    )
    def test_a_call_back_needs_a_name_and_number_and_nothing_else(
        self, logged_in, burgerzaken, contact, message
    ):
        response = register(
            logged_in,
            question="Wanneer wordt de stoep gerepareerd?",
            result="terugbelverzoek",
            department=burgerzaken.pk,
            callback_consent="on",
            callback_contact=contact,
        )
        assert response.status_code == 400
        assert message in response.context["contact_form"].errors["callback_contact"][0]
        assert not ContactRegistration.objects.exists()
        assert not CallbackRequest.objects.exists()

    def test_no_name_or_number_without_a_call_back(self, logged_in):
        response = register(
            logged_in, question="Openingstijden", callback_consent="on", callback_contact="Jan"
        )
        assert response.status_code == 400
        assert not ContactRegistration.objects.exists()

    def test_a_call_back_needs_a_department(self, logged_in):
        response = register(logged_in, question="Iets met de stoep", result="terugbelverzoek")
        assert response.status_code == 400
        assert "department" in response.context["contact_form"].errors
        assert not ContactRegistration.objects.exists()
