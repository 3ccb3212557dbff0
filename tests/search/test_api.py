import pytest

from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def answers(index):
    AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een paspoort aan?",
        external_id="paspoort-aanvragen",
        short_answer="U vraagt een paspoort aan bij de balie.",
        internal_notes="<p>INTERN-7731: controleer de BRP.</p>",
    )
    AnswerPageFactory(
        parent=index, title="Wat kost een paspoort?", short_answer="Een paspoort kost € 86,50."
    )


@pytest.mark.django_db
class TestSearchApi:
    def test_results_in_rank_order_with_the_documented_shape(self, client, answers):
        response = client.get("/api/search/", {"q": "paspoort aanvragen"})
        assert response.status_code == 200
        data = response.json()
        assert data["query"] == "paspoort aanvragen"
        assert data["corrected_query"] is None
        first = data["results"][0]
        assert set(first) == {"id", "external_id", "title", "url", "short_answer", "score"}
        assert first["title"] == "Hoe vraag ik een paspoort aan?"
        assert first["external_id"] == "paspoort-aanvragen"
        assert first["url"] == "http://testserver/vragen/" + first["url"].split("/vragen/")[1]
        assert [r["score"] for r in data["results"]] == sorted(
            (r["score"] for r in data["results"]), reverse=True
        )

    def test_corrected_query(self, client, answers):
        assert client.get("/api/search/", {"q": "paspoord"}).json()["corrected_query"] == "paspoort"

    def test_limit(self, client, answers):
        assert (
            len(client.get("/api/search/", {"q": "paspoort", "limit": "1"}).json()["results"]) == 1
        )
        # Without a limit, the default; a limit that is no number is refused (test_bad_input).
        assert len(client.get("/api/search/", {"q": "paspoort"}).json()["results"]) == 2

    @pytest.mark.parametrize("query", ["", "   ", "?!", "de het een"])
    def test_empty_query_is_a_400_with_a_dutch_message(self, client, answers, query):
        response = client.get("/api/search/", {"q": query})
        assert response.status_code == 400
        assert "zoeken" in response.json()["error"]

    @pytest.mark.parametrize(
        "query",
        [
            "paspoort AND OR",
            '"paspoort*"',
            "x" * 10_000,
            "' OR 1=1; --",
            "🙂 paspoort",
            "\x00paspoort",
            "جواز",
        ],
    )
    def test_bad_input_never_breaks(self, client, answers, query):
        assert client.get("/api/search/", {"q": query}).status_code in (200, 400)

    def test_no_internal_notes_and_no_cookies(self, client, answers):
        response = client.get("/api/search/", {"q": "controleer brp paspoort"})
        assert "INTERN-7731" not in response.content.decode()
        assert not response.cookies

    def test_only_get(self, client, answers):
        assert client.post("/api/search/", {"q": "paspoort"}).status_code == 405

    def test_rate_limit_per_ip(self, client, answers, settings):
        settings.API_RATE_LIMIT = 3
        statuses = [client.get("/api/search/", {"q": "paspoort"}).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        limited = client.get("/api/search/", {"q": "paspoort"})
        assert "Te veel verzoeken" in limited.json()["error"]
        other_ip = client.get("/api/search/", {"q": "paspoort"}, REMOTE_ADDR="10.0.0.9")
        assert other_ip.status_code == 200

    def test_behind_a_proxy_each_citizen_has_a_limit_of_their_own(self, client, answers, settings):
        # nginx on the same machine: every request comes from 127.0.0.1.
        settings.API_RATE_LIMIT, settings.TRUSTED_PROXY_COUNT = 2, 1

        def search(forwarded_for):
            return client.get(
                "/api/search/",
                {"q": "paspoort"},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=forwarded_for,
            ).status_code

        assert [search("10.0.0.1") for _ in range(3)] == [200, 200, 429]
        assert search("10.0.0.2") == 200
        # An address the citizen put in front is no way around the limit: nginx adds the real one.
        assert search("1.2.3.4, 10.0.0.1") == 429


@pytest.mark.django_db
def test_openapi_document_describes_the_real_response(client, answers):
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    operation = document["paths"]["/api/search/"]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    data = client.get("/api/search/", {"q": "paspoort"}).json()
    assert set(schema["required"]) == set(data)
    result_fields = set(document["components"]["schemas"]["Answer"]["properties"]) | {"score"}
    assert set(data["results"][0]) == result_fields


@pytest.mark.django_db
def test_suggest_api(client, answers):
    data = client.get("/api/suggest/", {"q": "paspo"}).json()
    assert {s["title"] for s in data["suggestions"]} == {
        "Hoe vraag ik een paspoort aan?",
        "Wat kost een paspoort?",
    }
    # Like /api/search/: a full address, which a client on another host can follow.
    assert all(s["url"].startswith("http://testserver/") for s in data["suggestions"])


@pytest.mark.django_db
def test_the_openapi_document_answers_other_methods_in_json(client):
    """A POST got Django's HTML "verlopen formulier" page, a HEAD an HTML 405."""
    assert client.head("/api/openapi.json").status_code == 200
    refused = client.post("/api/openapi.json")
    assert refused.status_code == 405
    assert refused["Allow"] == "GET, HEAD"
    assert refused.json()["error"] == "Gebruik GET voor dit adres."
