import pytest

from search import embeddings, warmup
from search import index as search_index
from tests.kennisbank.factories import AnswerPageFactory


@pytest.mark.django_db
def test_after_warming_up_the_index_holds_the_answers_and_the_model_is_loaded(index, settings):
    answer = AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
    search_index.reset_index()
    embeddings.reset_backend()
    warmup.warm_up()
    # Read without get_index(), which would build the index itself.
    assert answer.pk in search_index._index.documents
    # The spelling check's index of the answers' words, built on the first unknown word.
    assert search_index._index.vocabulary._index is not None
    assert embeddings._loaded_for == settings.SEARCH_EMBEDDINGS_BACKEND


def test_a_failure_is_logged_and_never_stops_the_worker(monkeypatch, caplog):
    def broken(question):
        raise RuntimeError("database away")

    monkeypatch.setattr(warmup, "judge", broken)
    # None: the worker does not log "Search warmed up" after it.
    assert warmup.warm_up() is None
    assert "Warming up the search failed" in caplog.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_development_server_warms_the_search_up_as_it_starts(index, monkeypatch):
    """`make run`: the first search waited 5 s for the index and the model."""
    from django.contrib.staticfiles.management.commands.runserver import (
        Command as StaticFilesRunserver,
    )

    from search.management.commands import runserver

    answer = AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
    search_index.reset_index()
    threads = []
    start = runserver.warm_up_in_background
    monkeypatch.setattr(runserver, "warm_up_in_background", lambda: threads.append(start()))
    # Serving itself is Django's; here it returns at once.
    monkeypatch.setattr(StaticFilesRunserver, "inner_run", lambda self, *args, **options: None)
    runserver.Command().inner_run()
    threads[0].join(timeout=60)
    assert answer.pk in search_index._index.documents
