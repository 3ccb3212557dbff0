from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction

from kennisbank.models import AnswerPage

# bm25 weights for the FTS5 columns (autocomplete, body, title) of Wagtail's index table.
SQLITE_COLUMN_WEIGHTS = (1.0, 1.0, 3.0)
# How much a title match counts against a body match in PostgreSQL's ts_rank.
POSTGRES_TITLE_WEIGHT = 3


class DatabaseEngine:
    """Wagtail's database backend: SQLite FTS5, or PostgreSQL full text with the "dutch" config.

    Wagtail keeps the index (on publish, unpublish and delete); we only read it, with one
    ranked query. Wagtail's own queries do not scale: on SQLite it scores with a correlated FTS
    subquery per matching row (seconds at 10,000 answers), on PostgreSQL it matches
    `title || body`, which no index can serve, so every search scans every entry.
    """

    name = "database"

    def candidates(self, text: str, limit: int) -> list[int]:
        """Ids of live answers matching any word of `text` (already engine-safe), best first.

        Equal ranks (two titles with the same word, the same body) come lowest id first: the
        database would return them in whatever order it reads them, so the same search could
        put another answer on top from one moment to the next.
        """
        if not text:
            return []
        if connection.vendor == "sqlite":
            return self._sqlite_candidates(text, limit)
        if connection.vendor == "postgresql":
            return self._postgres_candidates(text, limit)
        results = (
            AnswerPage.objects.live()
            .defer("body", "internal_notes")
            .search(text, operator="or", order_by_relevance=True)
        )
        return [page.pk for page in results[:limit]]

    def _postgres_candidates(self, text: str, limit: int) -> list[int]:
        # The words are letters and digits only (query understanding guarantees it); quoting
        # each one keeps it a plain lexeme in to_tsquery's syntax all the same.
        query = " | ".join(f"'{word}'" for word in text.split())
        config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG", "dutch")
        content_type = ContentType.objects.get_for_model(AnswerPage)
        # Inside an outer transaction (a request with ATOMIC_REQUESTS, a test) LOCAL would
        # last until that one ends; on its own the commit ends it, and a RESET would be one
        # more round trip to the server on every search.
        inside_transaction = connection.in_atomic_block
        with transaction.atomic(), connection.cursor() as cursor:
            # A query with a common word (or its synonyms) matches a third of the entries, and
            # the planner then reads every entry's full text vectors instead of asking the
            # GIN indexes which entries match: 32 ms instead of 14 at 10,000 answers. LOCAL
            # keeps this to the one query's transaction.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(
                """
                SELECT entry.object_id
                FROM wagtailsearch_indexentry AS entry
                CROSS JOIN to_tsquery(%s::regconfig, %s) AS query
                JOIN wagtailcore_page AS page ON page.id = entry.object_id::integer
                WHERE entry.content_type_id = %s
                  AND (entry.title @@ query OR entry.body @@ query)
                  AND page.live
                ORDER BY %s * ts_rank(entry.title, query) + ts_rank(entry.body, query) DESC,
                    page.id
                LIMIT %s
                """,
                [config, query, content_type.pk, POSTGRES_TITLE_WEIGHT, limit],
            )
            rows = cursor.fetchall()
            if inside_transaction:
                cursor.execute("RESET enable_seqscan")
        return [int(row[0]) for row in rows]

    def _sqlite_candidates(self, text: str, limit: int) -> list[int]:
        # Every word quoted: whatever reaches FTS5 is a plain term, never query syntax.
        match = " OR ".join(f'"{word}"' for word in text.split())
        content_type = ContentType.objects.get_for_model(AnswerPage)
        weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                SELECT entry.object_id
                FROM wagtailsearch_indexentry_fts AS fts
                JOIN wagtailsearch_indexentry AS entry ON entry.id = fts.rowid
                JOIN wagtailcore_page AS page ON page.id = CAST(entry.object_id AS INTEGER)
                WHERE wagtailsearch_indexentry_fts MATCH %s
                  AND entry.content_type_id = %s
                  AND page.live
                ORDER BY bm25(wagtailsearch_indexentry_fts, {weights}), page.id
                LIMIT %s
                """,  # noqa: S608 - only the constant weights are formatted in
                [f"{{title body autocomplete}} : ({match})", content_type.pk, limit],
            )
            return [int(row[0]) for row in cursor.fetchall()]
