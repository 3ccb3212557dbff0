"""Bridges (WhatsApp, the intranet) call the chat API with a token: limited per token instead of
per IP, with their channel in analytics; a wrong token is refused in Dutch."""

import json

import pytest

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from search.chat.bridge import parse_tokens
from search.models import Channel, FeedbackEvent, SearchEvent
from tests.kennisbank.factories import AnswerPageFactory

WHATSAPP = "whatsapp-geheim-0123456789-abcdefghij"
INTRANET = "intranet-geheim-0123456789-abcdefghij"


@pytest.fixture(autouse=True)
def bridges(settings):
    settings.CHAT_API_TOKENS = f"whatsapp:{WHATSAPP}, intranet:{INTRANET}"
    cache.clear()  # rate-limit counters from earlier tests


@pytest.fixture
def answer(index, contact_settings):
    return AnswerPageFactory(
        parent=index,
        title="Wanneer wordt het grofvuil opgehaald?",
        short_answer="Wij halen grofvuil op afspraak op, op dinsdag.",
    )


def chat(client, message="Wanneer wordt het grofvuil opgehaald?", token=None, ip="127.0.0.1"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post(
        "/api/chat/",
        json.dumps({"message": message}),
        content_type="application/json",
        headers=headers,
        REMOTE_ADDR=ip,
    )


@pytest.mark.django_db
class TestTokens:
    def test_a_valid_token_is_answered_and_recorded_as_its_channel(self, client, answer):
        response = chat(client, token=WHATSAPP)
        assert response.status_code == 200
        assert response.json()["reply"] == "Wij halen grofvuil op afspraak op, op dinsdag."
        assert SearchEvent.objects.get().channel == Channel.WHATSAPP

    def test_a_channel_analytics_does_not_know_counts_as_api(self, client, answer):
        chat(client, token=INTRANET)
        assert SearchEvent.objects.get().channel == Channel.API

    def test_without_a_token_it_is_the_website_chatbot(self, client, answer):
        chat(client)
        assert SearchEvent.objects.get().channel == Channel.CHATBOT

    def test_feedback_through_a_bridge_carries_its_channel(self, client, answer):
        data = chat(client, token=WHATSAPP).json()
        vote = {"session_id": data["session_id"], "answer_id": answer.pk, "helpful": True}
        response = client.post(
            "/api/chat/feedback/",
            json.dumps(vote),
            content_type="application/json",
            headers={"Authorization": f"Bearer {WHATSAPP}"},
        )
        assert response.status_code == 200
        assert FeedbackEvent.objects.get().channel == Channel.WHATSAPP

    @pytest.mark.parametrize(
        "header",
        [
            f"Bearer {WHATSAPP}x",
            f"Bearer {WHATSAPP[:-1]}",
            "Bearer ",
            f"Basic {WHATSAPP}",
            WHATSAPP,
            f"Bearer whatsapp:{WHATSAPP}",
        ],
    )
    def test_a_wrong_token_is_refused_in_dutch(self, client, answer, header):
        response = client.post(
            "/api/chat/",
            json.dumps({"message": "grofvuil"}),
            content_type="application/json",
            headers={"Authorization": header},
        )
        assert response.status_code == 401
        assert response.json()["error"] == (
            "De sleutel (token) klopt niet. Controleer de sleutel die uw koppeling gebruikt."
        )
        assert response["WWW-Authenticate"].startswith("Bearer")
        assert not SearchEvent.objects.exists()

    def test_no_token_is_accepted_when_none_are_configured(self, client, answer, settings):
        settings.CHAT_API_TOKENS = ""
        assert chat(client, token=WHATSAPP).status_code == 401
        assert chat(client).status_code == 200


@pytest.mark.django_db
class TestRateLimits:
    def test_a_bridge_is_limited_per_token_not_per_ip(self, client, answer, settings):
        settings.API_RATE_LIMIT = 1
        settings.CHAT_API_TOKEN_RATE_LIMIT = 3
        statuses = [chat(client, token=WHATSAPP).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        # Each token has its own budget, and the public one of this address is untouched.
        assert chat(client, token=INTRANET).status_code == 200
        assert [chat(client).status_code for _ in range(2)] == [200, 429]

    def test_the_default_token_limit_is_far_above_the_public_one(self, client, answer, settings):
        from kennisbank.settings import base

        settings.API_RATE_LIMIT = 2
        settings.CHAT_API_TOKEN_RATE_LIMIT = base.CHAT_API_TOKEN_RATE_LIMIT  # the default
        assert {chat(client, token=WHATSAPP).status_code for _ in range(5)} == {200}

    def test_without_a_token_the_limit_is_per_ip(self, client, answer, settings):
        settings.API_RATE_LIMIT = 2
        statuses = [chat(client, ip="192.0.2.1").status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        assert chat(client, ip="192.0.2.2").status_code == 200

    def test_guessing_tokens_uses_up_the_addresses_budget(self, client, answer, settings):
        settings.API_RATE_LIMIT = 2
        statuses = [chat(client, token=f"geraden-{n:020}").status_code for n in range(3)]
        assert statuses == [401, 401, 429]
        assert chat(client).status_code == 429


class TestParsing:
    def test_channels_and_tokens_are_read_leniently(self):
        bridges = parse_tokens(f" WhatsApp : {WHATSAPP} ,, intranet:{INTRANET},")
        assert [bridge.channel for bridge in bridges] == ["whatsapp", "intranet"]

    def test_two_tokens_may_share_a_channel_while_one_is_replaced(self):
        bridges = parse_tokens(f"whatsapp:{WHATSAPP},whatsapp:{INTRANET}")
        assert [bridge.channel for bridge in bridges] == ["whatsapp", "whatsapp"]

    def test_empty_means_no_bridges(self):
        assert parse_tokens("") == ()

    @pytest.mark.parametrize(
        "raw",
        [
            WHATSAPP,  # no channel
            f":{WHATSAPP}",
            f"whats app:{WHATSAPP}",
            f"{'x' * 17}:{WHATSAPP}",
            "whatsapp:kort",
            f"whatsapp:{WHATSAPP},intranet:{WHATSAPP}",
        ],
    )
    def test_a_broken_setting_is_reported_without_its_secret(self, raw):
        with pytest.raises(ImproperlyConfigured) as error:
            parse_tokens(raw)
        assert WHATSAPP not in str(error.value)
        assert "kort" not in str(error.value)

    @pytest.mark.django_db
    def test_a_broken_setting_does_not_take_the_public_chat_down(self, client, settings):
        settings.CHAT_API_TOKENS = "whatsapp-zonder-sleutel"
        assert chat(client, "Hallo").status_code == 200
