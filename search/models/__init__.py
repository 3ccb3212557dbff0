"""Search's models: synonym groups (editors' vocabulary) and the analytics events and daily tables."""

from .analytics import (
    QUERY_MAX_LENGTH,
    Channel,
    ClickEvent,
    DailyAnswerStat,
    DailyQueryStat,
    DailyReformulation,
    FeedbackEvent,
    Outcome,
    QueryGroup,
    RolledUpDay,
    SearchEvent,
)
from .ratelimit import RateLimitWindow
from .synonyms import SynonymGroup, split_phrases

__all__ = [
    "QUERY_MAX_LENGTH",
    "Channel",
    "ClickEvent",
    "DailyAnswerStat",
    "DailyQueryStat",
    "DailyReformulation",
    "FeedbackEvent",
    "Outcome",
    "QueryGroup",
    "RateLimitWindow",
    "RolledUpDay",
    "SearchEvent",
    "SynonymGroup",
    "split_phrases",
]
