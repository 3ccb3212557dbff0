"""One grouping of a period's questions into needs, shared by every analytics report.

"Populair", "Slecht beantwoord" and "Ontbrekende content" each used to group questions their
own way (by group key, by exact wording, by spelling and meaning), so one need such as
"vuurwerk afsteken" had three different counts in three reports. Now each report sums its own
figure over the same needs: the questions searched in the period on the channel, grouped by
spelling (grouping.merge_keys: inflections, typos, split compounds) and then by meaning
(grouping.merge_by_meaning: "vuurwerk" ~ "vuurwerk afsteken"), under the need asked most.

The grouping is the slow part (about a second for 20,000 distinct questions, plus embedding),
so it is made once per period and channel and kept in the shared cache for CACHE_SECONDS:
paging, sorting, filtering and the other reports reuse it. The questions' vectors are kept
longer, so another period or channel embeds only the questions it adds, and the nightly
prune_analytics embeds the default period's questions ahead of the day (prepare). The
department filter does not change it: a department sees the same needs, fewer of them.
"""

import datetime
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.db.models import Q, Sum

from search import shared_state
from search.analytics import grouping
from search.models import DailyQueryStat

logger = logging.getLogger(__name__)

CACHE_SECONDS = 60 * 60
# A question's vector changes only with the model (which is in its key).
VECTOR_CACHE_SECONDS = 30 * 24 * 60 * 60
# Share of the questions missing from a cached grouping from which it is made again: a report
# first opened on a quiet morning would otherwise show the afternoon's questions ungrouped.
STALE_SHARE = 0.1
# How many groups are compared by meaning (about 20 ms of embedding each, the first time a
# question is seen; see _vectors): the groups asked most, and as many of those left unanswered most, so the
# long tail of "Ontbrekende content" is grouped by meaning too, not only the head that
# "Populair" shows. The rest stays grouped by spelling.
MEANING_GROUPS = 250
# "Populair" compares the last 7 days of a period with the 7 before; their questions must
# join the same needs, also when the period is shorter than two weeks.
WEEKS_BEFORE = datetime.timedelta(days=13)


def _counts(period, channel) -> tuple[dict[str, int], dict[str, int]]:
    """({group key: searches in the period}, {group key: unanswered searches in it}); keys
    asked only in the period before (or the two weeks before its end) are in the first with 0,
    so they join a need without ever leading one."""
    earliest = min(period.previous().start, period.end - WEEKS_BEFORE)
    stats = DailyQueryStat.objects.filter(day__gte=earliest, day__lte=period.end)
    if channel:
        stats = stats.filter(channel=channel)
    in_period = Q(day__gte=period.start)
    searches, unanswered = {}, {}
    for key, asked, missed in (
        stats.values_list("group_key")
        .annotate(
            asked=Sum("searches", filter=in_period), missed=Sum("unanswered", filter=in_period)
        )
        .order_by()
    ):
        searches[key] = asked or 0
        if missed:
            unanswered[key] = missed
    return searches, unanswered


def _examples(period, channel, keys) -> dict[str, str]:
    """{group key: its wording asked most in the period}: the model reads a typed question
    better than a key of stems."""
    stats = DailyQueryStat.objects.filter(
        day__gte=period.start, day__lte=period.end, group_key__in=keys
    )
    if channel:
        stats = stats.filter(channel=channel)
    wordings: dict[str, Counter] = {}
    for key, wording, asked in (
        stats.values_list("group_key", "example_query").annotate(asked=Sum("searches")).order_by()
    ):
        wordings.setdefault(key, Counter())[wording] += asked or 0
    return {
        key: min(counter.items(), key=lambda item: (-item[1], item[0]))[0]
        for key, counter in wordings.items()
    }


def _by_meaning(representative, searches, unanswered, period, channel) -> dict[str, str]:
    """`representative` with groups of one meaning joined, when an embedding model is loaded;
    without one, or when embedding fails, the grouping by spelling stands."""
    from search import embeddings

    asked: Counter = Counter()
    missed: Counter = Counter()
    for key, count in searches.items():
        asked[representative[key]] += count
    for key, count in unanswered.items():
        missed[representative[key]] += count
    groups = sorted(asked, key=lambda key: (-asked[key], key))[:MEANING_GROUPS]
    most_asked = set(groups)
    groups += [
        key
        for key in sorted(missed, key=lambda key: (-missed[key], key))[:MEANING_GROUPS]
        if key not in most_asked
    ]
    if not groups or embeddings.get_backend() is None:
        return representative
    examples = _examples(period, channel, groups)
    try:
        vectors = _vectors([examples.get(key, key) for key in groups])
    except Exception:
        logger.warning("Questions not grouped by meaning", exc_info=True)
        return representative
    return grouping.merge_by_meaning(
        representative, searches, dict(zip(groups, vectors, strict=True))
    )


def _vectors(texts: list[str]) -> list:
    """The query vectors of `texts`, from the shared cache where they were embedded before:
    embedding is the slow part of grouping (about 20 ms a question), and the periods and
    channels of the reports ask for mostly the same questions."""
    from search import embeddings

    model = embeddings.model_name() or ""
    keys = [
        "analytics:vector:" + hashlib.sha256(f"{model}|{text}".encode()).hexdigest()
        for text in texts
    ]
    cached = shared_state.get_many(keys)
    missing = [position for position, key in enumerate(keys) if key not in cached]
    if missing:
        fresh = embeddings.embed_queries([texts[position] for position in missing])
        new = {keys[position]: vector for position, vector in zip(missing, fresh, strict=True)}
        shared_state.set_many(new, VECTOR_CACHE_SECONDS)
        cached.update(new)
    return [cached[key] for key in keys]


def representatives(period, channel: str = "") -> dict[str, str]:
    """{group key: the key of its need} for the questions of `period` on `channel` ("" for
    all). A key not in it (asked after the grouping was made) is a need of its own: use
    need_of()."""
    token = f"{period.start}|{period.end}|{channel}"
    cache_key = "analytics:needs:" + hashlib.sha256(token.encode()).hexdigest()
    searches, unanswered = _counts(period, channel)
    cached = shared_state.get(cache_key)
    if cached is not None:
        new = sum(1 for key in searches if key not in cached)
        if new <= STALE_SHARE * len(searches):
            return cached
    representative = grouping.merge_keys(searches)
    representative = _by_meaning(representative, searches, unanswered, period, channel)
    shared_state.set(cache_key, representative, CACHE_SECONDS)
    return representative


def prepare(period) -> int:
    """Group the questions of `period` (on every channel) before anyone opens a report: run
    nightly by prune_analytics for the reports' default period. Embedding the questions nobody
    looked at yet is most of a first report's wait (about 500 questions at 20 ms: 10 to 14 s
    for the first "Ontbrekende content" of the day); afterwards only the questions asked
    since are new. Returns the number of needs."""
    return len(set(representatives(period).values()))


def need_of(representative: dict[str, str], key: str) -> str:
    return representative.get(key, key)


def summed(rows: Iterable[dict], representative: dict[str, str]) -> dict[str, Counter]:
    """{need: its figures} from rows of figures per group key ({"group_key": ..., name:
    value}, as SQL summed them per key); a sum of nothing (None) counts as 0."""
    totals: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        need = need_of(representative, row.pop("group_key"))
        totals[need].update({name: value or 0 for name, value in row.items()})
    return totals


def members(representative: dict[str, str], shown: list[str]) -> list[str]:
    """The group keys of the needs `shown`, to read only their wordings."""
    wanted = set(shown)
    return [key for key, need in representative.items() if need in wanted] + list(shown)


def clusters(
    rows: Iterable[tuple[str, str, int]], representative: dict[str, str]
) -> dict[str, grouping.QueryCluster]:
    """{need: its wordings, asked most first} from (group key, wording, searches) rows."""
    rows = list(rows)
    need_by_key = {key: need_of(representative, key) for key, _wording, _count in rows}
    return {cluster.key: cluster for cluster in grouping.group_queries(rows, need_by_key)}
