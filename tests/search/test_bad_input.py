"""Requests no server should answer with a 500: ids beyond 64 bits, JSON nested too deeply or
holding an enormous number, a session id that is no text."""

import json

import pytest

from django.urls import reverse

from kennisbank.ids import as_id
from kennisbank.models import ContactRegistration

HUGE_ID = "9" * 25


def test_ids_are_bounded():
    assert as_id("123") == 123
    assert as_id(HUGE_ID) is None
    assert as_id("-1") is None and as_id("abc") is None and as_id(None) is None


@pytest.mark.django_db
@pytest.mark.parametrize("path", [f"/zoeken/naar/{HUGE_ID}/", f"/zoeken/nuttig/{HUGE_ID}/"])
def test_public_urls_with_an_impossible_id_are_a_404(client, path, index):
    assert client.get(path).status_code == 404
    assert client.post(path, {"nuttig": "ja"}).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("suffix", ["", "afdrukken/", "open/"])
def test_workbench_urls_with_an_impossible_id_are_a_404(client, suffix, index):
    from tests.kennisbank.factories import agent

    client.force_login(agent())
    assert client.get(f"/werkplek/antwoord/{HUGE_ID}/{suffix}").status_code == 404


@pytest.mark.django_db
def test_a_contact_registration_with_an_impossible_answer_id_is_a_form_error(client, index):
    from tests.kennisbank.factories import agent

    client.force_login(agent())
    response = client.post(
        reverse("workbench:register"),
        {"channel": "phone", "result": "afgehandeld", "answers": [HUGE_ID], "antwoord": HUGE_ID},
    )
    assert response.status_code == 400
    assert not ContactRegistration.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/chat/", "/api/chat/feedback/"])
@pytest.mark.parametrize(
    "body",
    ["[" * 100_000 + "]" * 100_000, '{"message": ' + "1" * 5000 + "}"],
    ids=["deeply nested", "huge number"],
)
def test_json_that_python_cannot_read_is_a_dutch_400(client, url, body, index):
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == 400
    assert "te diep genest" in response.json()["error"]


@pytest.mark.django_db
def test_a_session_id_that_is_no_text_is_a_400(client, index):
    body = json.dumps({"message": "paspoort", "session_id": 12})
    response = client.post("/api/chat/", body, content_type="application/json")
    assert response.status_code == 400


@pytest.mark.django_db
class TestTheContractIsTheServer:
    """What search/openapi.py promises for the GET addresses is what they do."""

    def document(self, client):
        return client.get("/api/openapi.json").json()["paths"]

    @pytest.mark.parametrize("path", ["/api/search/", "/api/suggest/"])
    def test_other_methods_are_a_json_405(self, client, path, index):
        response = client.post(path, {"q": "paspoort"})
        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"
        assert "GET" in response.json()["error"]
        assert "405" in self.document(client)[path]["get"]["responses"]

    @pytest.mark.parametrize("path", ["/api/chat/", "/api/chat/feedback/"])
    def test_opening_a_post_address_says_to_post(self, client, path, index):
        response = client.get(path)
        assert response.status_code == 405
        assert response["Allow"] == "POST"
        assert response.json()["error"] == "Gebruik POST voor dit adres."

    # Under /api/v2/ the Objects API answers in its own shape (test_objects_api_serving.py).
    @pytest.mark.parametrize("path", ["/api/zoek/", "/api/"])
    def test_an_unknown_api_address_is_a_json_404(self, client, path, index):
        response = client.get(path)
        assert response.status_code == 404
        assert "/api/openapi.json" in response.json()["error"]

    @pytest.mark.parametrize("limit", ["0", "-1", "abc", "51", "99999999999999999999"])
    def test_a_bad_limit_is_a_400(self, client, limit, index):
        response = client.get("/api/search/", {"q": "paspoort", "limit": limit})
        assert response.status_code == 400
        assert "limit" in response.json()["error"]

    def test_suggest_without_q_is_a_400(self, client, index):
        assert client.get("/api/suggest/").status_code == 400
        assert {"400", "429"} <= set(self.document(client)["/api/suggest/"]["get"]["responses"])

    def test_the_chat_event_id_is_documented_as_the_text_it_is(self, client, answers):
        schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
        assert "string" in schemas["ChatReply"]["properties"]["event_id"]["type"]
        body = json.dumps({"message": "Wanneer halen jullie het grofvuil op?"})
        reply = client.post("/api/chat/", body, content_type="application/json").json()
        assert isinstance(reply["event_id"], str)
