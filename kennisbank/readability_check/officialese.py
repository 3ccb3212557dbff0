"""The officialese list of the Redactie (kennisbank.models.OfficialesePhrase) for the scorer.

The pure scorer takes the list as an argument (kennisbank.readability stays free of Django).
The active phrases are kept in Django's cache, which every worker shares, and the cache entry is
dropped when a phrase is saved or deleted (signals connected in KennisbankConfig.ready): the
next check in any worker reads the new list, without a restart.
"""

from django.apps import apps
from django.core.cache import cache

from kennisbank.readability.officialese import SHIPPED, Entry, Lexicon

# Bump the version when the cached value changes shape (workers of two releases share it).
CACHE_KEY = "kennisbank:readability:officialese:v1"
# Cached instead of the rows when there are none at all: the shipped list counts.
SHIPPED_LIST = "shipped"

# The lexicon built from the cached rows, kept per process: building it for every check
# (while an editor types) would be wasted work while the list is unchanged.
_built: tuple[tuple, Lexicon] | None = None


def _rows() -> tuple[tuple[str, str, tuple[str, ...]], ...] | str:
    """(phrase, plain, forms) of the active phrases; SHIPPED_LIST while the table is empty (a
    database without the data migration's rows, e.g. flushed by a test)."""
    model = apps.get_model("kennisbank", "OfficialesePhrase")
    if not model.objects.exists():
        return SHIPPED_LIST
    return tuple(
        (phrase.phrase, phrase.plain, phrase.forms) for phrase in model.objects.filter(active=True)
    )


def current_lexicon() -> Lexicon:
    """The officialese to flag now: the Redactie's list."""
    global _built
    rows = cache.get(CACHE_KEY)
    if rows is None:
        rows = _rows()
        cache.set(CACHE_KEY, rows, timeout=None)
    if rows == SHIPPED_LIST:
        return SHIPPED
    if _built is None or _built[0] != rows:
        _built = (rows, Lexicon(Entry(*row) for row in rows))
    return _built[1]


def forget_list(**kwargs):
    """post_save/post_delete of OfficialesePhrase: the next check reads the list again."""
    cache.delete(CACHE_KEY)
