"""Daily figures from raw events, and retention that deletes raw events but keeps the figures."""

import datetime

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from search.analytics import recording, retention, rollup
from search.models import (
    Channel,
    ClickEvent,
    DailyAnswerStat,
    DailyQueryStat,
    DailyReformulation,
    FeedbackEvent,
    Outcome,
    RolledUpDay,
    SearchEvent,
)
from tests.kennisbank.factories import AnswerPageFactory

NOW = timezone.make_aware(datetime.datetime(2026, 11, 20, 15, 0))
YESTERDAY = NOW - datetime.timedelta(days=1)


@pytest.fixture
def answers(index):
    return (
        AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?"),
        AnswerPageFactory(parent=index, title="Wanneer halen jullie het grofvuil op?"),
    )


def search(query, when, channel=Channel.WEBSITE, results=(), outcome=None, previous=None):
    """A search event as recording stores it, at a chosen moment."""
    scrubbed, normalised, key = recording.describe_query(query)
    return SearchEvent.objects.create(
        occurred_at=when,
        channel=channel,
        query=scrubbed,
        normalised_query=normalised,
        group_key=key,
        outcome=outcome or (Outcome.RESULTS if results else Outcome.NO_RESULTS),
        result_count=len(results),
        result_ids=list(results),
        top_page_id=results[0] if results else None,
        reformulation_of=previous.token if previous else None,
    )


@pytest.fixture
def yesterday_events(answers):
    passport, bulky_waste = answers
    at = YESTERDAY
    for _ in range(3):
        search("paspoort aanvragen", at, results=[passport.pk, bulky_waste.pk])
    clicked = search("Paspoort aanvragen", at, results=[passport.pk])
    ClickEvent.objects.create(
        occurred_at=at, channel="website", search=clicked, page_id=passport.pk, rank=1
    )
    search("ijsbaan", at)
    search("ijsbanen", at, channel=Channel.CHATBOT, outcome=Outcome.HANDED_OVER)
    failed = search("kliko stuk", at)
    rephrased = search("container kapot", at, results=[bulky_waste.pk], previous=failed)
    ClickEvent.objects.create(
        occurred_at=at, channel="website", search=rephrased, page_id=bulky_waste.pk, rank=1
    )
    answered = search(
        "grofvuil", at, channel=Channel.CHATBOT, results=[bulky_waste.pk], outcome=Outcome.ANSWERED
    )
    FeedbackEvent.objects.create(
        occurred_at=at, channel="chatbot", page_id=bulky_waste.pk, helpful=False, search=answered
    )
    FeedbackEvent.objects.create(
        occurred_at=at, channel="website", page_id=passport.pk, helpful=True
    )
    return passport, bulky_waste


@pytest.mark.django_db
class TestRollup:
    def test_query_figures_per_phrasing_and_channel(self, yesterday_events):
        rollup.refresh(now=NOW)

        passport = DailyQueryStat.objects.get(normalised_query="paspoort aanvragen")
        assert passport.day == YESTERDAY.date()
        assert (passport.searches, passport.with_results, passport.clicked) == (4, 4, 1)
        assert passport.unanswered == 0
        assert passport.example_query == "paspoort aanvragen"  # 3 of the 4 wrote it so
        website_ice = DailyQueryStat.objects.get(channel="website", normalised_query="ijsbaan")
        chat_ice = DailyQueryStat.objects.get(channel="chatbot", normalised_query="ijsbanen")
        assert (website_ice.unanswered, website_ice.handed_over) == (1, 0)
        assert (chat_ice.unanswered, chat_ice.handed_over) == (1, 1)
        assert website_ice.group_key == chat_ice.group_key
        chat_answer = DailyQueryStat.objects.get(normalised_query="grofvuil")
        assert chat_answer.negative_feedback == 1
        # Given as the answer, not listed: no click was needed.
        assert (chat_answer.searches, chat_answer.with_results) == (1, 0)

    def test_answer_figures(self, yesterday_events):
        passport, bulky_waste = yesterday_events
        rollup.refresh(now=NOW)

        website_passport = DailyAnswerStat.objects.get(channel="website", page_id=passport.pk)
        assert (website_passport.top_result, website_passport.clicks) == (4, 1)
        assert website_passport.helpful == 1
        chat_waste = DailyAnswerStat.objects.get(channel="chatbot", page_id=bulky_waste.pk)
        assert (chat_waste.answered, chat_waste.not_helpful) == (1, 1)

    def test_a_failed_phrasing_that_was_rephrased_into_a_click(self, yesterday_events):
        _, bulky_waste = yesterday_events
        rollup.refresh(now=NOW)

        reformulation = DailyReformulation.objects.get()
        assert reformulation.example_query == "kliko stuk"
        assert reformulation.successful_query == "container kapot"
        assert (reformulation.page_id, reformulation.count) == (bulky_waste.pk, 1)

    def test_a_chat_question_rephrased_into_an_answer_counts_too(self, answers):
        _, bulky_waste = answers
        failed = search(
            "mijn kliko is stuk", YESTERDAY, channel=Channel.CHATBOT, outcome=Outcome.HANDED_OVER
        )
        search(
            "container kapot",
            YESTERDAY,
            channel=Channel.CHATBOT,
            results=[bulky_waste.pk],
            outcome=Outcome.ANSWERED,
            previous=failed,
        )
        rollup.refresh(now=NOW)

        reformulation = DailyReformulation.objects.get()
        assert (reformulation.example_query, reformulation.page_id) == (
            "mijn kliko is stuk",
            bulky_waste.pk,
        )

    def test_past_days_are_final_and_not_rolled_up_twice(self, yesterday_events):
        assert rollup.refresh(now=NOW) == 1
        assert RolledUpDay.objects.get().is_final
        assert rollup.refresh(now=NOW) == 0

    def test_today_is_refreshed_only_when_stale(self, answers):
        search("paspoort", NOW - datetime.timedelta(hours=1))
        assert rollup.refresh(now=NOW) == 1
        search("paspoort", NOW - datetime.timedelta(minutes=30))

        assert rollup.refresh(now=NOW + datetime.timedelta(seconds=10)) == 0
        assert DailyQueryStat.objects.get().searches == 1
        assert rollup.refresh(now=NOW + datetime.timedelta(minutes=5)) == 1
        assert DailyQueryStat.objects.get().searches == 2
        assert not RolledUpDay.objects.get().is_final

    def test_no_events_no_work(self, db):
        assert rollup.refresh(now=NOW) == 0


@pytest.mark.django_db
class TestRetention:
    def test_old_raw_events_go_and_their_figures_stay(self, answers):
        passport, _ = answers
        old = NOW - datetime.timedelta(days=91)
        old_search = search("paspoort", old, results=[passport.pk])
        ClickEvent.objects.create(
            occurred_at=old, channel="website", search=old_search, page_id=passport.pk, rank=1
        )
        FeedbackEvent.objects.create(
            occurred_at=old, channel="website", page_id=passport.pk, helpful=True
        )
        recent = search("paspoort", NOW - datetime.timedelta(days=89), results=[passport.pk])

        deleted = retention.prune(now=NOW)

        assert deleted == {"searches": 1, "clicks": 1, "feedback": 1}
        assert list(SearchEvent.objects.all()) == [recent]
        assert DailyQueryStat.objects.filter(day=old.date()).get().clicked == 1
        assert DailyAnswerStat.objects.get(day=old.date(), page_id=passport.pk).helpful == 1

    def test_the_retention_period_is_a_setting(self, answers, settings):
        settings.ANALYTICS_RETENTION_DAYS = 7
        search("paspoort", NOW - datetime.timedelta(days=8))
        assert retention.prune(now=NOW)["searches"] == 1

    def test_command(self, answers, capsys):
        search("paspoort", timezone.now() - datetime.timedelta(days=200))
        call_command("prune_analytics")
        assert "1" in capsys.readouterr().out
        assert not SearchEvent.objects.exists()

    def test_command_refuses_zero_days(self, db):
        with pytest.raises(CommandError, match="1"):
            call_command("prune_analytics", "--days", "0")
