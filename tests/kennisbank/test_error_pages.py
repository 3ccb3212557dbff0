"""Requests that fail before or inside a view: an API client gets JSON it can read, a citizen a
Dutch page."""

import json

import pytest


@pytest.fixture
def failing_search(monkeypatch, client):
    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr("search.api.judge", broken)
    client.raise_request_exception = False
    return client


@pytest.mark.django_db
class TestErrorResponses:
    def test_a_failing_api_answers_in_json(self, failing_search):
        response = failing_search.get("/api/search/", {"q": "paspoort"})
        assert response.status_code == 500
        assert response.json()["error"].startswith("Er ging bij ons iets mis.")
        assert "database gone" not in response.content.decode()

    def test_the_objects_api_says_it_in_detail_as_kiss_expects(self, client, monkeypatch, db):
        from kennisbank.models import ObjectsApiToken

        def broken(*args, **kwargs):
            raise RuntimeError("database gone")

        monkeypatch.setattr("kennisbank.interop.objects_api.serving.published_answers", broken)
        client.raise_request_exception = False
        key = ObjectsApiToken.issue("KISS")[1]
        response = client.get("/api/v2/objects", HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 500
        assert response.json()["detail"].startswith("Er ging bij ons iets mis.")

    def test_a_body_too_large_for_the_chat_api_is_refused_in_json(self, client, settings, home):
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        body = json.dumps({"message": "paspoort " * 200})
        response = client.post("/api/chat/", body, content_type="application/json")
        assert response.status_code == 400
        assert response.json() == {"error": "Het verzoek is te groot."}

    def test_an_unknown_host_gets_a_dutch_page(self, client, settings, home):
        settings.ALLOWED_HOSTS = ["kennisbank.zuidwaarde.nl"]
        response = client.get("/", HTTP_HOST="elders.example")
        assert response.status_code == 400
        assert "Dit verzoek kunnen we niet verwerken" in response.content.decode()
