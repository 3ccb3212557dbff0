"""What the analytics count as a citizen's question (search/analytics/rollup.py,
search/reports/, search/workbench/start_screen.py), on hand-built events: chat follow-ups are
part of a conversation, "no click" only where a click is possible, the workbench's own lookups
are no citizens' demand."""

import json

import pytest

from django.urls import reverse

from search.analytics import rollup
from search.models import DailyQueryStat, Outcome, SearchEvent
from search.workbench.start_screen import FREQUENT_MIN_SEARCHES, frequent_today
from tests.kennisbank.factories import editor
from tests.search.factories import search_event


def chat(client, message, session_id=None):
    body = json.dumps({"message": message, "session_id": session_id})
    return client.post("/api/chat/", body, content_type="application/json").json()


@pytest.mark.django_db
def test_a_chat_follow_up_is_no_question_of_its_own(client, answers):
    first = chat(client, "Hoe vraag ik een paspoort aan?")
    chat(client, "en wat kost dat?", first["session_id"])
    assert SearchEvent.objects.get(query="en wat kost dat?").follow_up
    assert not SearchEvent.objects.get(query="Hoe vraag ik een paspoort aan?").follow_up
    rollup.refresh()
    phrasings = set(DailyQueryStat.objects.values_list("normalised_query", flat=True))
    assert "hoe vraag ik een paspoort aan" in phrasings
    assert not any("kost dat" in phrasing for phrasing in phrasings)


@pytest.mark.django_db
def test_no_click_counts_only_where_a_click_is_possible(client, answers, index):
    passport = answers["apply"].pk
    for _ in range(3):
        search_event(
            "paspoort chat", channel="chatbot", outcome=Outcome.ANSWERED, results=[passport]
        )
        search_event("paspoort api", channel="api", results=[passport])
        search_event("paspoort website", channel="website", results=[passport])
    client.force_login(editor())
    response = client.get(reverse("search:poor_answers"))
    queries = {row["query"]: row["no_click"] for row in response.context["object_list"]}
    assert queries == {"paspoort website": 3}


@pytest.mark.django_db
def test_frequent_today_is_what_citizens_asked(answers):
    for _ in range(FREQUENT_MIN_SEARCHES):
        search_event("grofvuil", channel="website")
        search_event("interne zoekvraag", channel="werkplek")
        search_event("en wat kost dat", channel="chatbot", follow_up=True)
    assert [row["query"] for row in frequent_today()] == ["grofvuil"]
