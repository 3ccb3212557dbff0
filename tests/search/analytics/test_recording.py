"""Recording search events: scrubbed, linked to clicks and rephrasings, never breaking search."""

from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache import cache
from django.db import DatabaseError, DataError, OperationalError
from django.urls import reverse

from search.analytics import recording
from search.models import Channel, ClickEvent, FeedbackEvent, Outcome, SearchEvent
from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def passport(index):
    return AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een paspoort aan?",
        short_answer="U vraagt een paspoort aan bij de balie van het stadskantoor.",
    )


@pytest.fixture(autouse=True)
def empty_buffer():
    recording._pending.clear()
    yield
    recording._pending.clear()


@pytest.mark.django_db
class TestWebsiteSearch:
    def test_a_search_is_recorded_once_with_its_results(self, client, passport):
        client.get("/zoeken/", {"q": "Paspoort aanvragen"})
        client.get("/zoeken/", {"q": "Paspoort aanvragen", "pagina": "1"})  # paging, same search

        event = SearchEvent.objects.get()
        assert event.channel == Channel.WEBSITE
        assert event.query == "Paspoort aanvragen"
        assert event.normalised_query == "paspoort aanvragen"
        # The website's judgement, as the chatbot's: one answer that fits is answered.
        assert event.outcome == Outcome.ANSWERED
        assert event.top_page_id == passport.pk
        assert passport.pk in event.result_ids

    def test_zero_results_is_recorded_as_unanswered(self, client, passport):
        client.get("/zoeken/", {"q": "ijsbaan openingstijden"})
        event = SearchEvent.objects.get()
        assert event.outcome == Outcome.NO_RESULTS
        assert event.result_count == 0
        assert event.group_key == "ijsban openingstijd"

    def test_empty_and_filler_only_searches_are_not_recorded(self, client, passport):
        client.get("/zoeken/", {"q": "   "})
        client.get("/zoeken/", {"q": "hoe kan ik"})
        assert not SearchEvent.objects.exists()

    def test_personal_data_never_reaches_the_database(self, client, passport):
        client.get(
            "/zoeken/",
            {"q": "paspoort 111222333 jan@example.nl 06-12345678 1234 AB 12 NL91ABNA0417164300"},
        )
        event = SearchEvent.objects.get()
        stored = f"{event.query} {event.normalised_query} {event.group_key}"
        for secret in ("111222333", "jan@example", "12345678", "1234 AB", "0417164300"):
            assert secret not in stored
        assert "[BSN]" in event.query
        assert event.group_key == "paspoort"

    def test_clicking_a_result_records_the_answer_and_its_rank(self, client, passport):
        page = client.get("/zoeken/", {"q": "paspoort"})
        event = SearchEvent.objects.get()
        link = f"/zoeken/naar/{passport.pk}/?zoekactie={event.token.hex}&amp;positie=1"
        assert link in page.content.decode()

        response = client.get(f"/zoeken/naar/{passport.pk}/?zoekactie={event.token.hex}&positie=1")

        assert response.status_code == 302
        # The answer's "Was dit antwoord nuttig?" counts for this search too.
        assert response["Location"] == f"{passport.url}?zoekactie={event.token.hex}"
        click = ClickEvent.objects.get()
        assert (click.search, click.page_id, click.rank) == (event, passport.pk, 1)

    def test_a_forged_click_still_redirects_but_is_not_counted(self, client, passport, index):
        other = AnswerPageFactory(parent=index, title="Hoe meld ik een verhuizing?")
        client.get("/zoeken/", {"q": "paspoort"})
        token = SearchEvent.objects.get().token.hex

        assert (
            client.get(f"/zoeken/naar/{other.pk}/?zoekactie={token}&positie=1").status_code == 302
        )
        assert (
            client.get(f"/zoeken/naar/{other.pk}/?zoekactie=nonsense&positie=x").status_code == 302
        )
        assert not ClickEvent.objects.exists()

    def test_the_result_link_only_leads_to_live_answers(self, client, passport):
        passport.unpublish()
        assert client.get(f"/zoeken/naar/{passport.pk}/").status_code == 404
        assert client.get("/zoeken/naar/999999/").status_code == 404

    def test_a_rephrased_search_is_linked_to_the_failed_one(self, client, passport):
        page = client.get("/zoeken/", {"q": "reisdocument kwijt"})
        failed = SearchEvent.objects.get()
        assert f'name="vorige" value="{failed.token.hex}"' in page.content.decode()

        client.get("/zoeken/", {"q": "paspoort", "vorige": failed.token.hex})

        rephrased = SearchEvent.objects.exclude(pk=failed.pk).get()
        assert rephrased.reformulation_of == failed.token

    def test_nonsense_in_the_previous_field_is_ignored(self, client, passport):
        assert client.get("/zoeken/", {"q": "paspoort", "vorige": "<script>"}).status_code == 200
        assert SearchEvent.objects.get().reformulation_of is None


@pytest.mark.django_db
class TestApiSearch:
    def test_api_searches_are_recorded_as_their_channel(self, client, passport):
        client.get("/api/search/", {"q": "paspoort"})
        assert SearchEvent.objects.get().channel == Channel.API

    def test_suggestions_while_typing_are_not_searches(self, client, passport):
        client.get("/api/suggest/", {"q": "pasp"})
        assert not SearchEvent.objects.exists()


@pytest.mark.django_db
class TestFailures:
    def test_search_works_when_the_event_cannot_be_written(self, client, passport):
        with mock.patch.object(SearchEvent, "save", side_effect=DatabaseError("disk full")):
            response = client.get("/zoeken/", {"q": "paspoort"})
        assert response.status_code == 200
        assert "Hoe vraag ik een paspoort aan?" in response.content.decode()

    def test_an_event_that_failed_is_written_with_the_next_one(self, passport):
        locked = OperationalError("database is locked")
        with mock.patch.object(SearchEvent, "save", side_effect=locked):
            assert recording.record_search(Channel.WEBSITE, "afvalpas kwijt") is not None
        assert not SearchEvent.objects.exists()

        recording.record_search(Channel.WEBSITE, "paspoort")

        assert sorted(SearchEvent.objects.values_list("query", flat=True)) == [
            "afvalpas kwijt",
            "paspoort",
        ]

    def test_a_lone_surrogate_is_stored_and_blocks_nothing(self, passport):
        assert recording.record_search(Channel.CHATBOT, "paspoort \ud800 kwijt")
        for number in range(5):
            recording.record_search(Channel.WEBSITE, f"paspoort {number}")
        assert SearchEvent.objects.count() == 6
        assert SearchEvent.objects.filter(query="paspoort ? kwijt").exists()

    def test_an_event_the_database_refuses_is_dropped_and_counted(self, passport, caplog):
        cache.delete(recording.LOST_EVENTS_KEY)
        refused = DataError("value too long")
        with mock.patch.object(SearchEvent, "save", side_effect=refused):
            recording.record_search(Channel.WEBSITE, "afvalpas kwijt")
        for number in range(3):
            recording.record_search(Channel.WEBSITE, f"paspoort {number}")
        assert SearchEvent.objects.count() == 3
        assert recording.lost_events() == 1
        assert [r for r in caplog.records if "Dropped 1 analytics event" in r.message]

    def test_events_kept_for_later_are_written_at_exit(self, passport):
        locked = OperationalError("database is locked")
        with mock.patch.object(SearchEvent, "save", side_effect=locked):
            recording.record_search(Channel.WEBSITE, "afvalpas kwijt")
        recording.flush_pending()
        assert SearchEvent.objects.filter(query="afvalpas kwijt").exists()

    def test_disabled_analytics_records_nothing(self, passport, settings):
        settings.ANALYTICS_ENABLED = False
        assert recording.record_search(Channel.WEBSITE, "paspoort") is None
        assert not recording.record_feedback(passport.pk, True, Channel.WEBSITE)
        assert not SearchEvent.objects.exists()


@pytest.mark.django_db
class TestFeedback:
    def test_feedback_is_linked_to_its_search(self, passport):
        token = recording.record_search(Channel.CHATBOT, "paspoort", outcome=Outcome.ANSWERED)
        assert recording.record_feedback(
            passport.pk, False, Channel.CHATBOT, reason="onduidelijk", search_token=token
        )
        feedback = FeedbackEvent.objects.get()
        assert (feedback.helpful, feedback.reason, feedback.search.query) == (
            False,
            "onduidelijk",
            "paspoort",
        )

    def test_unknown_reasons_and_channels_are_not_stored_as_given(self, passport):
        recording.record_feedback(passport.pk, True, "fax", reason="<b>")
        feedback = FeedbackEvent.objects.get()
        assert (feedback.channel, feedback.reason) == (Channel.API, "")


class TestGroupKey:
    @pytest.mark.parametrize(
        ("first", "second"),
        [
            ("paspoort aanvragen", "aanvragen paspoort"),
            ("paspoorten aanvragen", "paspoort aanvragen"),
            ("hoe vraag ik een paspoort aan", "paspoort vraag aan"),
            ("Openingstijden ZWEMBAD!", "zwembad openingstijden"),
        ],
    )
    def test_same_need_same_key(self, first, second):
        assert recording.describe_query(first)[2] == recording.describe_query(second)[2]

    def test_different_needs_differ(self):
        assert (
            recording.describe_query("afvalpas kwijt")[2]
            != recording.describe_query("afval ophalen")[2]
        )


bsns = st.sampled_from(["111222333", "123456782", "999999990"])
phones = st.sampled_from(["0612345678", "06-12 34 56 78", "+31 6 12345678", "010-1234567"])
emails = st.from_regex(r"[a-z]{3,8}@[a-z]{3,8}\.(nl|com)", fullmatch=True)
words = st.sampled_from(["paspoort", "afval", "verhuizen", "mijn", "vraag", "kwijt", "over"])


@pytest.mark.django_db
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    before=st.lists(words, max_size=3),
    secret=st.one_of(bsns, phones, emails),
    after=st.lists(words, max_size=3),
)
def test_no_generated_personal_data_survives_storage(before, secret, after):
    recording.record_search(Channel.CHATBOT, " ".join([*before, secret, *after]))
    for event in SearchEvent.objects.all():
        stored = " ".join([event.query, event.normalised_query, event.group_key])
        digits = "".join(ch for ch in secret if ch.isdigit())
        assert secret not in stored
        if digits:
            assert digits[-7:] not in "".join(ch for ch in stored if ch.isdigit())
    SearchEvent.objects.all().delete()


@pytest.mark.django_db
class TestLostEventsOnTheDashboard:
    def test_the_redactie_sees_how_many_were_lost(self, client, index):
        from tests.kennisbank.factories import agent, editor

        cache.set(recording.LOST_EVENTS_KEY, 3)
        client.force_login(editor())
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "3 zoekvragen konden de afgelopen 30 dagen niet worden bewaard" in html
        client.force_login(agent())
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "niet worden bewaard" not in html

    def test_nothing_lost_no_panel(self, client, index):
        from tests.kennisbank.factories import editor

        cache.delete(recording.LOST_EVENTS_KEY)
        client.force_login(editor())
        assert (
            "niet worden bewaard" not in client.get(reverse("wagtailadmin_home")).content.decode()
        )
