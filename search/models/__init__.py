"""Search's models: synonym groups (editors' vocabulary), answer embeddings, and the analytics
events and daily tables."""

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
from .embeddings import AnswerEmbedding
from .ratelimit import RateLimitWindow
from .synonyms import SynonymGroup, split_phrases

__all__ = [
    "AnswerEmbedding",
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
