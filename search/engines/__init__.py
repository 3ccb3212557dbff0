"""Full-text engines that propose candidate answers; ranking happens in search.ranking.

An engine returns the ids of the answers whose whole text (including the body) matches the
understood query, best first. Only the order is used: engines score on incomparable scales
(SQLite's bm25 is negative, PostgreSQL's ts_rank and Elasticsearch are not). The setting
SEARCH_ENGINE chooses "database" (default: Wagtail's database backend) or "elasticsearch".
"""

from django.conf import settings

from .database import DatabaseEngine


def elasticsearch_enabled() -> bool:
    return settings.SEARCH_ENGINE == "elasticsearch"


def get_engine():
    if elasticsearch_enabled():
        from .elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine()
    return DatabaseEngine()


__all__ = ["DatabaseEngine", "elasticsearch_enabled", "get_engine"]
