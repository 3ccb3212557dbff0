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
