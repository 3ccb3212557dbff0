"""What people asked, on every channel, without who asked it.

Raw events (SearchEvent, ClickEvent, FeedbackEvent) live for ANALYTICS_RETENTION_DAYS; the
daily tables below are rolled up from them (search.analytics.rollup) and kept, so reports read
small tables instead of scanning millions of rows. Query text is scrubbed before it is saved
(search.analytics.recording); no event carries a person, a session or an IP address.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

QUERY_MAX_LENGTH = 200


class Channel(models.TextChoices):
    WEBSITE = "website", _("Website")
    CHATBOT = "chatbot", _("Chatbot")
    WORKBENCH = "werkplek", _("Workbench")
    API = "api", _("API")
    WHATSAPP = "whatsapp", _("WhatsApp")


class Outcome(models.TextChoices):
    RESULTS = "results", _("Results shown")
    NO_RESULTS = "no_results", _("No results")
    ANSWERED = "answered", _("Answered")
    CLARIFIED = "clarified", _("Clarifying question")
    HANDED_OVER = "handed_over", _("Handed over to a person")

    @classmethod
    def unanswered(cls):
        """Outcomes that mean no answer covered the question: the missing-content backlog."""
        return [cls.NO_RESULTS, cls.HANDED_OVER]


class SearchEvent(models.Model):
    """One question on one channel: a website search, a chat message, a workbench lookup."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    query = models.CharField(max_length=QUERY_MAX_LENGTH, help_text=_("As asked, scrubbed."))
    normalised_query = models.CharField(max_length=QUERY_MAX_LENGTH)
    # Sorted stems of the content words: "paspoorten aanvragen" and "aanvraag paspoort" meet.
    group_key = models.CharField(max_length=QUERY_MAX_LENGTH)
    corrected_query = models.CharField(max_length=QUERY_MAX_LENGTH, blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    result_count = models.PositiveIntegerField(default=0)
    result_ids = models.JSONField(default=list, help_text=_("Page ids of the first results."))
    top_page_id = models.IntegerField(null=True, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    # The search this one rephrased (the search form on a results page carries its token), so
    # a failed phrasing can be linked to the phrasing that worked.
    reformulation_of = models.UUIDField(null=True, blank=True)
    # A chat question that continues the previous one ("en wat kost dat?"): part of the
    # conversation, never counted as a popular question or missing content on its own.
    follow_up = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("search event")
        verbose_name_plural = _("search events")
        # Who may open the analytics reports (search.reports.base); granted to the Redactie and
        # the Beheerders by migration 0005.
        permissions = [("view_analytics", _("Can view the search analytics reports"))]

    def __str__(self):
        return f"{self.channel}: {self.query}"


class ClickEvent(models.Model):
    """A result someone opened from a search, with its rank."""

    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    # No database constraint or cascade, so retention can delete millions of rows with one
    # DELETE each (search.analytics.retention removes clicks with their search).
    search = models.ForeignKey(
        SearchEvent,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="clicks",
    )
    page_id = models.IntegerField()
    rank = models.PositiveSmallIntegerField(help_text=_("1 is the first result."))

    class Meta:
        verbose_name = _("click")
        verbose_name_plural = _("clicks")

    def __str__(self):
        return f"{self.channel}: {self.page_id} #{self.rank}"


class FeedbackEvent(models.Model):
    """ "Was dit antwoord nuttig? Ja/Nee" from a citizen, on the website or in the chat."""

    class Reason(models.TextChoices):
        UNCLEAR = "onduidelijk", _("Hard to understand")
        INCOMPLETE = "onvolledig", _("Something is missing")
        WRONG = "onjuist", _("Not correct")
        OTHER_QUESTION = "andere_vraag", _("Not an answer to my question")

    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    page_id = models.IntegerField()
    helpful = models.BooleanField()
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    search = models.ForeignKey(
        SearchEvent,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="feedback",
    )

    class Meta:
        verbose_name = _("answer feedback")
        verbose_name_plural = _("answer feedback")

    def __str__(self):
        return f"{self.channel}: {self.page_id} {'+' if self.helpful else '-'}"


class DailyQueryStat(models.Model):
    """Per day, channel and phrasing: how often it was asked and how it went."""

    day = models.DateField()
    channel = models.CharField(max_length=16, choices=Channel.choices)
    normalised_query = models.CharField(max_length=QUERY_MAX_LENGTH)
    group_key = models.CharField(max_length=QUERY_MAX_LENGTH)
    # The most frequent scrubbed wording of that day, to show and to prefill a draft answer.
    example_query = models.CharField(max_length=QUERY_MAX_LENGTH)
    top_page_id = models.IntegerField(null=True, blank=True)
    searches = models.PositiveIntegerField(default=0)
    unanswered = models.PositiveIntegerField(
        default=0, help_text=_("No results, or handed over to a person.")
    )
    handed_over = models.PositiveIntegerField(default=0)
    with_results = models.PositiveIntegerField(
        default=0, help_text=_("Results listed to choose from (a chatbot answer is not listed).")
    )
    clicked = models.PositiveIntegerField(default=0, help_text=_("Searches with a click."))
    negative_feedback = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("daily query figures")
        verbose_name_plural = _("daily query figures")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "channel", "normalised_query"], name="unique_daily_query"
            )
        ]
        indexes = [
            models.Index(fields=["day", "channel"]),
            models.Index(fields=["group_key", "day"]),
        ]

    def __str__(self):
        return f"{self.day} {self.channel}: {self.normalised_query}"


class DailyAnswerStat(models.Model):
    """Per day, channel and answer: how often it was opened, given and rated."""

    day = models.DateField()
    channel = models.CharField(max_length=16, choices=Channel.choices)
    page_id = models.IntegerField()
    clicks = models.PositiveIntegerField(default=0)
    answered = models.PositiveIntegerField(default=0, help_text=_("Given by the chatbot."))
    top_result = models.PositiveIntegerField(default=0, help_text=_("Shown as first result."))
    helpful = models.PositiveIntegerField(default=0)
    not_helpful = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("daily answer figures")
        verbose_name_plural = _("daily answer figures")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "channel", "page_id"], name="unique_daily_answer"
            )
        ]
        indexes = [models.Index(fields=["day", "channel"]), models.Index(fields=["page_id"])]

    def __str__(self):
        return f"{self.day} {self.channel}: {self.page_id}"


class DailyReformulation(models.Model):
    """Per day: an unanswered phrasing that the next search turned into a click on an answer."""

    day = models.DateField()
    channel = models.CharField(max_length=16, choices=Channel.choices)
    group_key = models.CharField(max_length=QUERY_MAX_LENGTH)
    example_query = models.CharField(max_length=QUERY_MAX_LENGTH)
    successful_query = models.CharField(max_length=QUERY_MAX_LENGTH)
    page_id = models.IntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("daily reformulation")
        verbose_name_plural = _("daily reformulations")
        indexes = [models.Index(fields=["group_key", "day"]), models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.day}: {self.example_query} -> {self.successful_query}"


class RolledUpDay(models.Model):
    """A day whose raw events are in the daily tables. A past day is final once rolled up;
    today is rolled up again whenever reports are opened (see rollup.refresh)."""

    day = models.DateField(unique=True)
    rolled_up_at = models.DateTimeField(default=timezone.now)
    is_final = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("rolled-up day")
        verbose_name_plural = _("rolled-up days")

    def __str__(self):
        return str(self.day)


class QueryGroup(models.Model):
    """The editors' handling of one group of unanswered questions in the Ontbrekende content
    report. Keyed by the group's key, so the status survives the raw events' retention."""

    class Status(models.TextChoices):
        NEW = "nieuw", _("New")
        IN_PROGRESS = "in_behandeling", _("In progress")
        ANSWERED = "beantwoord", _("Answered")
        IGNORED = "genegeerd", _("Ignored")

    group_key = models.CharField(max_length=QUERY_MAX_LENGTH, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    answer = models.ForeignKey(
        "kennisbank.AnswerPage",
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    department = models.ForeignKey(
        "kennisbank.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="query_groups",
    )
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("question group")
        verbose_name_plural = _("question groups")

    def __str__(self):
        return self.group_key
