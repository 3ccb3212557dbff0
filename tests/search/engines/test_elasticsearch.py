"""The Elasticsearch engine: bodies as dicts, fallback when the cluster is down, index upkeep.

No Elasticsearch server can run on our machines; the integration tests at the bottom run
against a real one when ELASTICSEARCH_URL is set and are skipped otherwise.
"""

import os
import uuid

import pytest

from search.engines import elasticsearch as es_engine
from search.engines.elasticsearch import (
    ElasticsearchEngine,
    ElasticsearchIndexer,
    document_for,
    index_body,
    search_body,
    suggest_body,
)
from search.retrieval import find_answers
from tests.kennisbank.factories import AnswerPageFactory
from tests.search.factories import SynonymGroupFactory

UNREACHABLE = "http://127.0.0.1:9"  # discard port: connection refused at once


@pytest.fixture(autouse=True)
def forget_outage():
    es_engine._unavailable_until = 0.0
    es_engine._failures_in_a_row = 0
    yield
    es_engine._unavailable_until = 0.0
    es_engine._failures_in_a_row = 0


class TestIndexBody:
    def test_dutch_analysis_with_decompounder_stemmer_and_synonyms(self):
        body = index_body(
            [["gba", "brp", "basisregistratie personen"]], ["afval", "kalender"], "antwoorden"
        )
        analysis = body["settings"]["analysis"]
        assert analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
        assert analysis["filter"]["dutch_decompounder"]["word_list"] == ["afval", "kalender"]
        assert analysis["filter"]["dutch_synonyms"]["type"] == "synonym_graph"
        assert analysis["filter"]["dutch_synonyms"]["synonyms"] == [
            "gba, brp, basisregistratie personen"
        ]
        # Synonyms only at search time; compounds only at index time.
        assert "dutch_synonyms" in analysis["analyzer"]["dutch_search"]["filter"]
        assert "dutch_synonyms" not in analysis["analyzer"]["dutch_index"]["filter"]
        assert "dutch_decompounder" in analysis["analyzer"]["dutch_index"]["filter"]

    def test_text_fields_use_the_dutch_analyzers_and_notes_are_not_mapped(self):
        properties = index_body([], [], "antwoorden")["mappings"]["properties"]
        for field in ("title", "questions", "keywords", "headings", "short_answer", "body"):
            assert properties[field]["analyzer"] == "dutch_index"
            assert properties[field]["search_analyzer"] == "dutch_search"
        assert properties["suggest"]["type"] == "completion"
        assert "internal_notes" not in properties


class TestSearchBody:
    def test_field_weights_match_the_database_ranking(self):
        query = search_body("paspoort kwijt", 50)
        weighted, fuzzy = query["query"]["bool"]["should"]
        assert weighted["multi_match"]["fields"] == [
            "title^5",
            "questions^4",
            "keywords^4",
            "headings^3",
            "short_answer^2",
            "body^1",
        ]
        assert fuzzy["multi_match"]["fuzziness"] == "AUTO"
        assert query["size"] == 50
        assert set(query["highlight"]["fields"]) == {"short_answer", "body"}

    def test_suggest_body_uses_the_completion_field(self):
        body = suggest_body("paspo", 5)
        assert body["suggest"]["questions"]["prefix"] == "paspo"
        assert body["suggest"]["questions"]["completion"] == {
            "field": "suggest",
            "size": 5,
            "skip_duplicates": True,
        }


@pytest.mark.django_db
def test_document_holds_the_question_fields_but_never_internal_notes(index):
    page = AnswerPageFactory(
        parent=index, title="Wat kost een paspoort?", internal_notes="<p>GEHEIM-11</p>"
    )
    page.alternative_questions.create(question="Prijs paspoort")
    page.keywords.add("reisdocument")
    document = document_for(page)
    assert document["title"] == "Wat kost een paspoort?"
    assert document["questions"] == ["Prijs paspoort"]
    assert document["keywords"] == ["reisdocument"]
    assert "DigiD" in document["body"]
    assert "GEHEIM-11" not in str(document)


@pytest.mark.django_db
def test_document_holds_the_section_headings_and_button_texts(index):
    page = AnswerPageFactory(
        parent=index,
        title="Mag ik hier rijden met mijn buitenlandse rijbewijs?",
        body=[
            {"type": "paragraph", "value": "<p>Dat hangt af van het land.</p>"},
            {"type": "heading", "value": "Rijbewijs uit een ander land"},
            {"type": "paragraph", "value": "<p>Dan ruilt u het om.</p>"},
            {"type": "call_to_action", "value": {"label": "Maak een afspraak", "url": "/"}},
        ],
    )
    document = document_for(page)
    # Their own field, weighed above the body as in the database engine's ranking.
    assert document["headings"] == "Rijbewijs uit een ander land\nMaak een afspraak"
    assert "Dat hangt af" not in document["headings"]


@pytest.mark.django_db
class TestFallback:
    def test_unreachable_elasticsearch_falls_back_to_the_database(self, index, settings, caplog):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = UNREACHABLE
        AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
        results = find_answers("paspoort").results
        assert [result.title for result in results] == ["Hoe vraag ik een paspoort aan?"]
        assert "Elasticsearch unavailable" in caplog.text

    def test_after_an_outage_no_time_is_wasted_on_retries(self, index, settings, monkeypatch):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = UNREACHABLE
        AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
        find_answers("paspoort")
        attempts = []
        monkeypatch.setattr(es_engine, "client", lambda: attempts.append(1))
        find_answers("paspoort")
        assert attempts == []

    def test_one_warning_per_back_off_period_not_per_search(self, index, settings, caplog):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = UNREACHABLE
        AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
        for _ in range(20):
            assert find_answers("paspoort").results
        assert caplog.text.count("Elasticsearch unavailable") == 1

    def test_the_back_off_grows_while_the_failures_go_on(self, index, settings, monkeypatch):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = UNREACHABLE
        clock = [1000.0]
        monkeypatch.setattr(es_engine.time, "monotonic", lambda: clock[0])
        waits = []
        for _ in range(3):
            find_answers("paspoort")
            waits.append(es_engine._unavailable_until - clock[0])
            clock[0] = es_engine._unavailable_until + 1
        assert waits == [30, 60, 120]

    def test_something_that_is_not_elasticsearch_is_backed_off_too(self, index, settings):
        from elasticsearch import exceptions as es_exceptions

        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
        calls = []

        def not_elasticsearch(es):
            calls.append(1)
            raise es_exceptions.UnsupportedProductError("not Elasticsearch", meta=None, body={})

        for _ in range(3):
            with pytest.raises(es_engine.ElasticsearchUnavailable):
                es_engine._call(not_elasticsearch)
        assert calls == [1]

    def test_api_and_search_page_work_while_elasticsearch_is_down(self, client, index, settings):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = UNREACHABLE
        AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
        assert client.get("/api/search/", {"q": "paspoort"}).json()["results"]
        assert client.get("/api/suggest/", {"q": "pasp"}).json()["suggestions"]
        assert client.get("/zoeken/", {"q": "paspoort"}).status_code == 200


@pytest.mark.django_db
class TestIndexUpkeep:
    @pytest.fixture
    def calls(self, settings, monkeypatch):
        settings.SEARCH_ENGINE = "elasticsearch"
        recorded = []
        monkeypatch.setattr(
            ElasticsearchIndexer,
            "index_page",
            lambda self, page: recorded.append(("index", page.pk)),
        )
        monkeypatch.setattr(
            ElasticsearchIndexer,
            "remove_page",
            lambda self, page_id: recorded.append(("remove", page_id)),
        )
        monkeypatch.setattr(
            ElasticsearchIndexer, "update_synonyms", lambda self: recorded.append(("synonyms",))
        )
        return recorded

    # Index updates run after the commit; the fixture runs those callbacks inside the test.
    def test_publish_unpublish_and_delete_reach_the_index(
        self, index, calls, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            page = AnswerPageFactory(parent=index)
            page.save_revision().publish()
        assert ("index", page.pk) in calls
        with django_capture_on_commit_callbacks(execute=True):
            page.unpublish()
        assert calls[-1] == ("remove", page.pk)
        page_id = page.pk
        with django_capture_on_commit_callbacks(execute=True):
            page.delete()
        assert calls[-1] == ("remove", page_id)

    def test_synonym_edits_reach_the_index(self, calls, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            SynonymGroupFactory(phrases="kliko, container")
        assert calls[-1] == ("synonyms",)

    def test_nothing_is_sent_with_the_database_engine(
        self, index, calls, settings, django_capture_on_commit_callbacks
    ):
        settings.SEARCH_ENGINE = "database"
        with django_capture_on_commit_callbacks(execute=True):
            AnswerPageFactory(parent=index).save_revision().publish()
        assert calls == []

    def test_a_dead_cluster_does_not_block_publishing(
        self, index, settings, caplog, django_capture_on_commit_callbacks
    ):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = UNREACHABLE
        with django_capture_on_commit_callbacks(execute=True):
            page = AnswerPageFactory(parent=index)
            page.save_revision().publish()
        assert page.live
        assert "Elasticsearch not updated" in caplog.text


ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_elasticsearch = pytest.mark.skipif(
    not ELASTICSEARCH_URL, reason="set ELASTICSEARCH_URL to run the Elasticsearch integration tests"
)


@needs_elasticsearch
@pytest.mark.django_db
class TestAgainstElasticsearch:
    @pytest.fixture
    def live_index(self, index, settings):
        settings.SEARCH_ENGINE = "elasticsearch"
        settings.ELASTICSEARCH_URL = ELASTICSEARCH_URL
        settings.ELASTICSEARCH_INDEX = f"kennisbank-test-{uuid.uuid4().hex[:8]}"
        SynonymGroupFactory(phrases="kliko, container")
        pages = [
            AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?"),
            AnswerPageFactory(parent=index, title="Mijn container is kapot"),
            AnswerPageFactory(parent=index, title="Wanneer haalt de gemeente het afval op?"),
        ]
        ElasticsearchIndexer().rebuild(pages)
        yield pages
        es_engine.client().options(ignore_status=404).indices.delete(
            index=settings.ELASTICSEARCH_INDEX
        )

    def test_finds_with_stemming_synonyms_and_typos(self, live_index):
        engine = ElasticsearchEngine()
        assert engine.candidates("paspoorten", 10)[0] == live_index[0].pk
        assert engine.candidates("kliko", 10)[0] == live_index[1].pk
        assert engine.candidates("paspoorrt", 10)[0] == live_index[0].pk

    def test_suggester(self, live_index):
        assert (
            ElasticsearchEngine().suggest("hoe vraag")[0]["title"]
            == "Hoe vraag ik een paspoort aan?"
        )

    def test_a_section_heading_counts_more_than_the_same_words_in_the_body(self, live_index, index):
        in_body = AnswerPageFactory(
            parent=index,
            title="Hoe verleng ik mijn rijbewijs?",
            body=[{"type": "paragraph", "value": "<p>Komt u uit een ander land? Bel ons.</p>"}],
        )
        in_heading = AnswerPageFactory(
            parent=index,
            title="Mag ik hier rijden met mijn buitenlandse rijbewijs?",
            body=[
                {"type": "heading", "value": "Uit een ander land"},
                {"type": "paragraph", "value": "<p>Dan ruilt u het om.</p>"},
            ],
        )
        ElasticsearchIndexer().rebuild([*live_index, in_body, in_heading])
        assert ElasticsearchEngine().candidates("uit een ander land", 10)[0] == in_heading.pk
