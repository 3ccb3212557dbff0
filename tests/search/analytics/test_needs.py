"""One grouping of questions into needs for every analytics report (search.analytics.needs):
"Populair", "Slecht beantwoord" and "Ontbrekende content" count the same need, each its own
figure, instead of grouping one need three ways."""

from io import StringIO

import numpy as np
import pytest

from django.urls import reverse

from kennisbank.reports.base import Period
from search import embeddings
from search.analytics import needs, rollup
from search.analytics.figures import popular
from search.analytics.recording import group_key
from search.models import Outcome
from tests.kennisbank.factories import DepartmentFactory, editor, published_answer
from tests.search.factories import days_ago, search_event


def _meaning(texts):
    """A model that reads every question about fireworks as one meaning."""
    return np.array(
        [[1.0, 0.0] if "vuurwerk" in text.lower() else [0.0, 1.0] for text in texts],
        dtype=np.float32,
    )


@pytest.fixture
def fireworks(index):
    """One need in three wordings: answered but never opened on the website, and twice left
    unanswered in other words."""
    answer = published_answer(
        index, DepartmentFactory(name="Handhaving"), title="Wanneer mag ik vuurwerk afsteken?"
    )
    for _ in range(3):
        search_event("vuurwerk afsteken", results=[answer.pk], at=days_ago(2))
    for _ in range(2):
        search_event("vuurwerk", at=days_ago(3))
    search_event("mag ik knallen met oud en nieuw vuurwerk", channel="chatbot", at=days_ago(4))
    search_event("paspoort kwijt", outcome=Outcome.NO_RESULTS, at=days_ago(1))
    rollup.refresh(force_today=True)
    return answer


@pytest.fixture
def with_meaning(monkeypatch):
    monkeypatch.setattr(embeddings, "embed_queries", _meaning)


@pytest.fixture
def client(client, db):
    client.force_login(editor(username="redactie"))
    return client


def rows(client, name):
    return list(client.get(reverse(name)).context["object_list"])


def test_every_report_counts_the_same_need(client, fireworks, with_meaning):
    (need,) = {needs.need_of(needs.representatives(Period.last_days(28)), group_key("vuurwerk"))}

    asked = next(row for row in popular.top_queries(Period.last_days(28)) if row["need"] == need)
    assert asked["total"] == 6
    assert {wording for wording, _count in asked["phrasings"]} == {
        "vuurwerk afsteken",
        "vuurwerk",
        "mag ik knallen met oud en nieuw vuurwerk",
    }

    (poorly,) = rows(client, "search:poor_answers")
    assert (poorly["need"], poorly["query"], poorly["no_click"]) == (need, "vuurwerk afsteken", 3)

    missing = [row for row in rows(client, "search:missing_content") if row["need"] == need]
    assert len(missing) == 1
    assert missing[0]["total"] == 3
    assert missing[0]["phrasings"] == [
        ("vuurwerk", 2),
        ("mag ik knallen met oud en nieuw vuurwerk", 1),
    ]


def test_the_handling_of_a_need_is_kept_under_a_question_left_unanswered(
    client, fireworks, with_meaning
):
    """ "Maak antwoord" and the status act on the questions nobody got an answer to, never on
    "vuurwerk afsteken", which the answer already covers."""
    (missing,) = [
        row for row in rows(client, "search:missing_content") if "vuurwerk" in row["example"]
    ]
    assert missing["key"] == group_key("vuurwerk")
    assert group_key("vuurwerk afsteken") not in missing["members"]


def test_without_a_model_the_grouping_by_spelling_stands(client, fireworks, settings):
    settings.SEARCH_EMBEDDINGS_BACKEND = "off"
    embeddings.reset_backend()
    try:
        wordings = [row["query"] for row in popular.top_queries(Period.last_days(28))]
    finally:
        embeddings.reset_backend()
    assert wordings[0] == "vuurwerk afsteken"
    assert "vuurwerk" in wordings


def test_a_failing_model_leaves_the_grouping_by_spelling(client, fireworks, monkeypatch):
    def broken(texts):
        raise RuntimeError("model crashed")

    monkeypatch.setattr(embeddings, "embed_queries", broken)
    totals = {row["query"]: row["total"] for row in popular.top_queries(Period.last_days(28))}
    assert totals["vuurwerk afsteken"] == 3
    assert totals["vuurwerk"] == 2


@pytest.fixture
def embedded(monkeypatch):
    """The questions the model is asked to read, in order (with_meaning's model)."""
    texts = []

    def counting(batch):
        texts.extend(batch)
        return _meaning(batch)

    monkeypatch.setattr(embeddings, "embed_queries", counting)
    return texts


def test_another_period_embeds_only_the_questions_it_adds(fireworks, embedded):
    needs.representatives(Period.last_days(28))
    first = len(embedded)
    assert first > 0
    # A longer period asks for the same questions: their vectors come from the cache.
    needs.representatives(Period.last_days(90))
    assert len(embedded) == first


def test_the_nightly_prune_embeds_the_questions_before_the_first_report(fireworks, embedded):
    from django.core.management import call_command

    call_command("prune_analytics", stdout=StringIO())
    assert "vuurwerk" in embedded
    embedded.clear()
    # The morning's first report, for one channel, waits for no embedding.
    needs.representatives(Period.last_days(28), "website")
    assert embedded == []
