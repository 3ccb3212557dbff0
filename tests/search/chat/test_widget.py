"""The digital assistant as citizens meet it: the widget on every page, the chat page that works
without JavaScript, "Was dit antwoord nuttig?", and what analytics learns from a chat."""

import datetime
import json
import re
import zoneinfo

import pytest

from django.utils import timezone
from django.utils.html import strip_tags

from search.models import Channel, ClickEvent, FeedbackEvent, SearchEvent

CHAT_PAGE = "/digitale-assistent/"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MONDAY_MORNING = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)
MONDAY_EVENING = datetime.datetime(2026, 11, 23, 20, 0, tzinfo=AMSTERDAM)


def ask(client, message, session_id=""):
    return client.post(CHAT_PAGE, {"message": message, "session_id": session_id})


def session_of(response):
    return response.context["session_id"]


def chat_api(client, message, session_id=None):
    body = json.dumps({"message": message, "session_id": session_id})
    return client.post("/api/chat/", body, content_type="application/json")


def offer_only(monkeypatch, answer, *, foreign=False):
    """Every question gets "Bedoelt u deze vraag?" with `answer` alone (asked in another
    language when `foreign`)."""
    from search import judgement
    from search.chat import dialogue
    from search.retrieval import Result

    option = Result(answer.pk, None, answer.title, answer.url, "", 0.6)
    evidence = judgement.Evidence(semantic_best=answer.pk, foreign=foreign)
    judged = judgement.Judgement(judgement.Verdict.OPTIONS, [option], evidence)
    monkeypatch.setattr(dialogue, "understood_judgement", lambda message, state: (judged, False))


def feedback_api(client, body):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post("/api/chat/feedback/", data, content_type="application/json")


@pytest.mark.django_db
class TestWidget:
    def test_every_public_page_offers_the_assistant_as_a_plain_link(self, client, answers):
        for url in ["/", "/vragen/", answers["apply"].url, "/zoeken/?q=paspoort"]:
            html = client.get(url).content.decode()
            assert f'href="{CHAT_PAGE}"' in html, url
            assert "Stel een vraag aan de digitale assistent" in html
            # The panel's form works without the script too: it posts to the chat page.
            assert f'action="{CHAT_PAGE}" data-chat-form' in html
            assert 'aria-live="polite"' in html

    def test_the_chat_page_does_not_repeat_the_widget(self, client, answers):
        html = client.get(CHAT_PAGE).content.decode()
        assert "data-chat-form" not in html
        assert html.count("<h1") == 1


@pytest.mark.django_db
class TestChatPageWithoutJavaScript:
    def test_a_question_gets_the_short_answer_a_link_and_a_feedback_form(self, client, answers):
        response = ask(client, "Wanneer halen jullie het grofvuil op?")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Wanneer halen jullie het grofvuil op?" in html  # the question, shown back
        assert "Wij halen grofvuil op afspraak op, op dinsdag." in html
        assert f'href="{answers["waste"].url}"' in html
        assert "Lees het hele antwoord:" in html
        assert "Was dit antwoord nuttig?" in html
        assert f'name="session_id" value="{session_of(response)}"' in html

    def test_the_hidden_session_keeps_the_conversation_going(self, client, answers):
        first = ask(client, "Hoe vraag ik een paspoort aan?")
        follow_up = ask(client, "en wat kost dat?", session_of(first))
        assert "Een paspoort kost € 86,50 voor volwassenen." in follow_up.content.decode()
        assert session_of(follow_up) == session_of(first)

    def test_close_matches_are_offered_as_links(self, client, answers):
        html = ask(client, "paspoort").content.decode()
        assert "Bedoelt u een van deze vragen?" in html
        assert f'href="{answers["apply"].url}"' in html
        assert f'href="{answers["cost"].url}"' in html
        assert "Was dit antwoord nuttig?" not in html  # nothing was answered

    @pytest.mark.parametrize(
        ("moment", "status"),
        [
            (MONDAY_MORNING, "Nu open Vandaag: 8.30–17.00 uur"),
            # At night "closed" alone leaves the citizen guessing (issue #20): say when.
            (
                MONDAY_EVENING,
                "Nu gesloten Vandaag: 8.30–17.00 uur. Weer open morgen vanaf 8.30 uur.",
            ),
        ],
    )
    def test_an_unknown_question_hands_over_with_open_and_closed_channels(
        self, client, answers, monkeypatch, moment, status
    ):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        html = ask(client, "Wanneer is de ijsbaan in het park open?").content.decode()
        assert "Daar heb ik geen goed antwoord op" in html
        phone, email = re.findall(r'<li class="site-chat-channel">(.*?)</li>', html, re.S)
        # A phone or mail program opens from the contact itself.
        assert 'href="tel:140123"' in phone
        assert 'href="mailto:info@voorbeeldstad.example"' in email
        phone, email = " ".join(strip_tags(phone).split()), " ".join(strip_tags(email).split())
        assert phone == f"Telefoon: 14 0123 {status}"
        assert email == "E-mail: info@voorbeeldstad.example Altijd beschikbaar"
        assert 'href="/contact/"' in html  # "Alle openingstijden"

    @pytest.mark.parametrize(
        ("message", "error"),
        [
            ("", "Typ een bericht."),
            ("   ", "Typ een bericht."),
            ("x" * 1001, "Uw bericht is te lang. Gebruik maximaal 1.000 tekens."),
        ],
    )
    def test_empty_or_too_long_gives_a_dutch_error_at_the_field(
        self, client, answers, message, error
    ):
        response = ask(client, message)
        assert response.status_code == 400
        html = response.content.decode()
        assert error in html
        assert 'aria-invalid="true"' in html
        assert "<title>Fout:" in html
        if message.strip():
            assert message in html  # kept, so it can be shortened rather than retyped

    def test_html_in_a_message_is_shown_as_text(self, client, answers):
        html = ask(client, '<script>alert("hoi")</script> paspoort').content.decode()
        assert '<script>alert("hoi")' not in html
        assert "&lt;script&gt;alert(&quot;hoi&quot;)&lt;/script&gt; paspoort" in html

    def test_the_page_sets_no_cookies(self, client, answers):
        for response in [
            client.get(CHAT_PAGE),
            ask(client, "Hoe vraag ik een paspoort aan?"),
            client.get("/"),
        ]:
            assert not response.cookies
        assert not client.cookies
        assert "no-store" in ask(client, "paspoort")["Cache-Control"]

    def test_internal_notes_never_appear(self, client, answers):
        for message in ["Hoe vraag ik een paspoort aan?", "grofvuil", "controleer brp wijk noord"]:
            html = ask(client, message).content.decode()
            assert "INTERN-" not in html

    def test_feedback_without_javascript_is_thanked_once(self, client, answers):
        asked = ask(client, "Wanneer halen jullie het grofvuil op?")
        vote = {"session_id": session_of(asked), "answer_id": answers["waste"].pk}
        thanked = client.post(CHAT_PAGE, {**vote, "helpful": "nee"})
        assert thanked.status_code == 200
        assert "Bedankt voor uw reactie" in thanked.content.decode()
        # After "Nee" the ways to a person are offered right away, not an instruction to type.
        assert "Een medewerker helpt u graag verder" in thanked.content.decode()
        assert 'href="tel:140123"' in thanked.content.decode()
        # The form for the next question keeps the conversation.
        assert f'name="session_id" value="{session_of(asked)}"' in thanked.content.decode()
        feedback = FeedbackEvent.objects.get()
        assert (feedback.page_id, feedback.helpful, feedback.channel) == (
            answers["waste"].pk,
            False,
            Channel.CHATBOT,
        )
        assert feedback.search == SearchEvent.objects.get()
        # A double click (or back and "Nee" again) counts once and still offers a person.
        again = client.post(CHAT_PAGE, {**vote, "helpful": "nee"})
        assert again.status_code == 200
        assert "al beoordeeld" in again.content.decode()
        assert 'href="tel:140123"' in again.content.decode()
        assert FeedbackEvent.objects.count() == 1

    def test_only_get_and_post(self, client, answers):
        assert client.put(CHAT_PAGE).status_code == 405


@pytest.mark.django_db
class TestRecording:
    def test_each_question_is_recorded_with_its_outcome_and_token(self, client, answers):
        data = chat_api(client, "Wanneer halen jullie het grofvuil op?").json()
        event = SearchEvent.objects.get()
        assert data["event_id"] == event.token.hex
        assert (event.channel, event.outcome, event.top_page_id) == (
            Channel.CHATBOT,
            "answered",
            answers["waste"].pk,
        )
        assert event.confidence == pytest.approx(data["confidence"], abs=0.001)

    @pytest.mark.parametrize(
        "message", ["Hallo", "Dank je wel", "Ik wil een medewerker spreken", "🙂", "doei"]
    )
    def test_small_talk_is_not_a_search(self, client, answers, message):
        assert chat_api(client, message).json()["event_id"] is None
        assert ask(client, message).status_code == 200
        assert not SearchEvent.objects.exists()

    def test_a_rephrasing_after_a_failed_question_is_linked_to_it(self, client, answers):
        failed = chat_api(client, "Wanneer is de ijsbaan in het park open?").json()
        rephrased = chat_api(client, "schaatsen in het park", failed["session_id"]).json()
        event = SearchEvent.objects.get(token=rephrased["event_id"])
        assert event.reformulation_of.hex == failed["event_id"]

    def test_the_page_without_javascript_is_recorded_too(self, client, answers):
        ask(client, "Wanneer halen jullie het grofvuil op?")
        assert SearchEvent.objects.get().channel == Channel.CHATBOT


@pytest.mark.django_db
class TestFeedbackApi:
    def answered(self, client):
        data = chat_api(client, "Wanneer halen jullie het grofvuil op?").json()
        return {"session_id": data["session_id"], "answer_id": data["answer"]["id"]}

    def test_feedback_on_a_given_answer_is_recorded_with_its_search(self, client, answers):
        vote = self.answered(client)
        response = feedback_api(client, {**vote, "helpful": True})
        assert response.status_code == 200
        assert response.json()["message"] == "Bedankt voor uw reactie!"
        feedback = FeedbackEvent.objects.get()
        assert (feedback.page_id, feedback.helpful) == (answers["waste"].pk, True)
        assert feedback.search == SearchEvent.objects.get()
        assert not response.cookies
        assert response.json()["handoff"] is None

    def test_not_helpful_offers_the_ways_to_a_colleague(self, client, answers):
        response = feedback_api(client, {**self.answered(client), "helpful": False})
        data = response.json()
        assert "Een medewerker helpt u graag verder" in data["message"]
        kinds = [channel["kind"] for channel in data["handoff"]["channels"]]
        assert "phone" in kinds and "email" in kinds
        assert data["handoff"]["all_hours_url"] == "http://testserver/contact/"
        assert "dag en nacht" in data["handoff"]["always_open"]

    @pytest.mark.parametrize("body", ["{niet json", "[1, 2]", ""])
    def test_malformed_json_is_a_dutch_400(self, client, answers, body):
        response = feedback_api(client, body)
        assert response.status_code == 400
        assert response.json()["error"] in {
            "Het verzoek is geen geldige JSON.",
            "Stuur een JSON-object met “session_id”, “answer_id” en “helpful”.",
        }

    @pytest.mark.parametrize("helpful", ["ja", 1, None, "true"])
    def test_helpful_must_be_true_or_false(self, client, answers, helpful):
        response = feedback_api(client, {**self.answered(client), "helpful": helpful})
        assert response.status_code == 400
        assert response.json()["error"] == "Stuur “helpful” mee als true of false."

    @pytest.mark.parametrize("answer_id", ["12", 1.5, True, None])
    def test_answer_id_must_be_a_number(self, client, answers, answer_id):
        vote = {**self.answered(client), "answer_id": answer_id, "helpful": True}
        assert feedback_api(client, vote).status_code == 400

    def test_an_answer_this_conversation_did_not_give_is_refused(self, client, answers):
        vote = self.answered(client)
        for body in [
            {**vote, "answer_id": answers["apply"].pk},  # a real answer, but not given here
            {**vote, "session_id": "bestaat-niet-maar-wel-lang-genoeg"},
        ]:
            response = feedback_api(client, {**body, "helpful": False})
            assert response.status_code == 400
            assert response.json()["error"] == (
                "Dit antwoord hoort niet bij dit gesprek, of u heeft het al beoordeeld."
            )
        assert not FeedbackEvent.objects.exists()

    def test_an_answer_is_rated_once(self, client, answers):
        vote = self.answered(client)
        assert feedback_api(client, {**vote, "helpful": True}).status_code == 200
        assert feedback_api(client, {**vote, "helpful": False}).status_code == 400
        assert FeedbackEvent.objects.count() == 1

    def test_only_post(self, client, answers):
        assert client.get("/api/chat/feedback/").status_code == 405


@pytest.mark.django_db
def test_the_api_tells_the_outcome(client, answers):
    assert chat_api(client, "Wanneer halen jullie het grofvuil op?").json()["outcome"] == (
        "answered"
    )
    assert chat_api(client, "paspoort").json()["outcome"] == "clarified"


@pytest.mark.django_db
class TestTypedYesOrNo:
    """Citizens type "nee" as often as they press the button: it rates, it is no question."""

    def test_nee_after_an_answer_rates_it_and_offers_a_colleague(self, client, answers):
        first = chat_api(client, "Wanneer halen jullie het grofvuil op?").json()
        searches = SearchEvent.objects.count()
        data = chat_api(client, "Nee, dat klopt niet", first["session_id"]).json()
        assert data["reply"] == ("Bedankt voor uw reactie. Een medewerker helpt u graag verder:")
        assert data["handoff"]["channels"]
        feedback = FeedbackEvent.objects.get()
        assert (feedback.page_id, feedback.helpful) == (answers["waste"].pk, False)
        assert feedback.search.token.hex == first["event_id"]
        # Not a search for "nee": it would show up as missing content.
        assert SearchEvent.objects.count() == searches
        # The page takes the rating buttons away from the answer this rated.
        assert data["rated_answer_id"] == first["answer"]["id"] == answers["waste"].pk

    def test_ja_after_an_answer_rates_it_once(self, client, answers):
        first = chat_api(client, "Wanneer halen jullie het grofvuil op?").json()
        data = chat_api(client, "ja", first["session_id"]).json()
        assert data["reply"] == "Bedankt voor uw reactie!"
        assert data["handoff"] is None
        again = chat_api(client, "ja", first["session_id"]).json()
        assert FeedbackEvent.objects.filter(helpful=True).count() == 1
        assert again["rated_answer_id"] is None

    def test_nee_to_the_options_hands_over(self, client, answers):
        first = chat_api(client, "paspoort").json()
        assert first["suggestions"]
        data = chat_api(client, "geen van deze", first["session_id"]).json()
        assert data["reply"].startswith("Stel uw vraag dan in andere woorden")
        assert data["handoff"]["channels"]
        assert not FeedbackEvent.objects.exists()

    def test_ja_to_the_one_option_offered_opens_that_answer(self, client, answers, monkeypatch):
        waste = answers["waste"]
        offer_only(monkeypatch, waste)
        first = chat_api(client, "ophalen van oude kasten").json()
        assert first["reply"] == "Bedoelt u deze vraag?"

        data = chat_api(client, "ja hoor", first["session_id"]).json()
        assert data["answer"]["id"] == waste.pk
        assert data["reply"] == "Wij halen grofvuil op afspraak op, op dinsdag."
        # The search it answers, as for an answer given straight away.
        assert data["event_id"] == first["event_id"]
        # Analytics sees the offered question chosen, as if it had been clicked.
        click = ClickEvent.objects.get()
        assert (click.search.token.hex, click.page_id, click.rank) == (
            first["event_id"],
            waste.pk,
            1,
        )
        # The answer it opened can be rated like any other.
        chat_api(client, "nee", first["session_id"])
        feedback = FeedbackEvent.objects.get()
        assert (feedback.page_id, feedback.helpful) == (waste.pk, False)
        assert feedback.search.token.hex == first["event_id"]

    def test_the_answer_opened_by_ja_comes_with_related_questions(
        self, client, answers, monkeypatch
    ):
        offer_only(monkeypatch, answers["apply"])
        first = chat_api(client, "reisdocument regelen").json()
        data = chat_api(client, "ja", first["session_id"]).json()
        assert data["answer"]["id"] == answers["apply"].pk
        related = [suggestion["id"] for suggestion in data["suggestions"]]
        assert answers["cost"].pk in related
        assert answers["apply"].pk not in related

    def test_the_answer_opened_by_ja_to_a_question_in_another_language_says_it_is_dutch(
        self, client, answers, monkeypatch
    ):
        offer_only(monkeypatch, answers["apply"], foreign=True)
        first = chat_api(client, "how do I get a passport").json()
        assert first["reply"] == "Bedoelt u deze vraag? Het antwoord is in het Nederlands."
        data = chat_api(client, "yes", first["session_id"]).json()
        assert data["reply"] == (
            "Het antwoord is in het Nederlands. "
            "U vraagt een paspoort aan bij de balie in het Stadhuis."
        )

    def test_ja_to_an_option_unpublished_meanwhile_hands_over(self, client, answers, monkeypatch):
        offer_only(monkeypatch, answers["waste"])
        first = ask(client, "ophalen van oude kasten")
        answers["waste"].unpublish()
        html = ask(client, "ja", session_of(first)).content.decode()
        assert "Dat antwoord is er niet meer." in html
        assert 'href="tel:' in html  # the ways to a colleague

    def test_the_second_option_is_chosen_by_typing_de_tweede(self, client, answers):
        first = chat_api(client, "paspoort").json()
        offered = [suggestion["id"] for suggestion in first["suggestions"]]
        assert len(offered) > 1
        data = chat_api(client, "de tweede", first["session_id"]).json()
        assert data["answer"]["id"] == offered[1]
        assert data["event_id"] == first["event_id"]
        click = ClickEvent.objects.get()
        assert (click.page_id, click.rank) == (offered[1], 2)
        # Chosen once: a second "1" is a question again, not a choice from the old list.
        chat_api(client, "1", first["session_id"])
        assert ClickEvent.objects.count() == 1

    def test_a_number_beyond_the_options_asks_again(self, client, answers):
        first = chat_api(client, "paspoort").json()
        data = chat_api(client, "de vijfde", first["session_id"]).json()
        assert data["reply"] == "Kies hierboven de vraag die u bedoelt, of typ uw vraag."
        assert data["answer"] is None
        # The list still stands.
        data = chat_api(client, "1", first["session_id"]).json()
        assert data["answer"]["id"] == first["suggestions"][0]["id"]

    def test_personal_details_typed_in_the_chat_get_a_reminder_once(self, client, answers):
        note = "U hoeft hier geen persoonlijke gegevens te typen, zoals uw BSN, e-mailadres"
        first = chat_api(client, "mijn bsn is 111222333 wanneer is mijn paspoort klaar").json()
        assert first["reply"].startswith(note)
        again = chat_api(client, "bel me op 0612345678", first["session_id"]).json()
        assert note not in again["reply"]
        assert note not in chat_api(client, "wat kost een paspoort").json()["reply"]
        # And nothing of it is kept.
        assert "111222333" not in SearchEvent.objects.get(query__contains="bsn").query

    def test_de_eerste_without_options_is_a_question(self, client, answers):
        chat_api(client, "de eerste")
        assert SearchEvent.objects.get().query == "de eerste"

    def test_ja_to_several_options_asks_which_one(self, client, answers):
        first = chat_api(client, "paspoort").json()
        assert len(first["suggestions"]) > 1
        data = chat_api(client, "ja", first["session_id"]).json()
        assert data["reply"] == "Kies hierboven de vraag die u bedoelt, of typ uw vraag."
        assert data["answer"] is None
        assert not ClickEvent.objects.exists()

    def test_nee_to_another_question_after_thanks_rates_nothing(self, client, answers):
        first = chat_api(client, "Wanneer halen jullie het grofvuil op?").json()
        thanked = chat_api(client, "bedankt", first["session_id"]).json()
        assert thanked["reply"] == "Graag gedaan! Heeft u nog een vraag?"
        data = chat_api(client, "nee", first["session_id"]).json()
        assert data["reply"] == "Tot ziens, en een fijne dag!"
        assert data["handoff"] is None
        assert not FeedbackEvent.objects.exists()

    def test_nee_out_of_the_blue_asks_for_the_question(self, client, answers):
        data = chat_api(client, "nee").json()
        assert data["reply"] == "Wat is uw vraag? Typ hem in een paar woorden."
        assert data["answer"] is None and not data["suggestions"]
        assert not SearchEvent.objects.exists()

    def test_nee_on_the_page_without_javascript(self, client, answers):
        first = ask(client, "Wanneer halen jullie het grofvuil op?")
        html = ask(client, "nee", session_of(first)).content.decode()
        assert "Een medewerker helpt u graag verder" in html
        assert FeedbackEvent.objects.get().helpful is False
