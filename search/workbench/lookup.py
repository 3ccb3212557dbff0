"""The workbench's search: the website's judged retrieval plus internal-note matches.

    found = search_answers("afvalapplicatie", limit=10)
    found.hits    # best first, each with department, review state and a notes excerpt

The judgement (search.judgement: good answer, options, nothing good) is the one the citizen
gets on the website and in the chat, so an agent sees what the citizen saw. The results keep
their order and scores. An answer found only through its internal
notes gets NOTES_SHARE times its coverage as score (a note that holds every query word scores
NOTES_SHARE) and takes its place among them: above weak body matches, below answers whose
question fits. Notes that hold less than NOTES_MIN_COVERAGE of the query are left out, so one
common word in a long instruction does not push real answers off the list.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext

from kennisbank import review
from kennisbank.models import AnswerPage
from search import ranking
from search.index import get_index
from search.judgement import judge
from search.retrieval import SearchResponse
from search.workbench.notes import get_notes_index

NOTES_SHARE = 0.4
NOTES_MIN_COVERAGE = 0.5


@dataclass(frozen=True)
class Hit:
    page_id: int
    title: str
    short_answer: str
    score: float
    department: str
    review_state: str
    review_status: str
    # Whether the internal notes hold every query word (or, for notes-only hits, enough).
    notes_match: bool = False
    notes_excerpt: str = ""
    promoted: bool = False
    has_active_owner: bool = True

    @property
    def overdue(self) -> bool:
        return self.review_state == review.ReviewState.OVERDUE

    @property
    def needs_care(self) -> bool:
        """Worth a warning beside the result: its review is overdue, or no department looks
        after it any more (review_status says which, with the date)."""
        return self.overdue or not self.has_active_owner


@dataclass(frozen=True)
class WorkbenchResponse:
    query: str
    response: SearchResponse | None
    hits: list[Hit] = field(default_factory=list)
    # search.judgement.Verdict of the question, as the citizen channels judge it.
    verdict: str | None = None

    @property
    def corrected_query(self) -> str | None:
        return self.response.corrected_query if self.response else None

    @property
    def outcome(self) -> str | None:
        """For analytics: the judgement when something was shown (a question the citizen
        channels cannot answer is missing content here too); None lets recording say "no
        results"."""
        return self.verdict if self.hits else None

    @property
    def is_empty(self) -> bool:
        """Nothing searchable was typed (only filler, punctuation)."""
        return self.response is None or self.response.understood.is_empty


def search_answers(query: str, *, limit: int = 10) -> WorkbenchResponse:
    judgement = judge(query, limit=limit)
    response = judgement.response
    if response.understood.is_empty:
        return WorkbenchResponse(query=query, response=response)
    index = get_index()
    notes_index = get_notes_index(index.vocabulary)
    notes = notes_index.match(ranking.query_words(response.understood, index))

    ranked = [
        (result.score, 0, position, result.page_id)
        for position, result in enumerate(judgement.listed)
    ]
    found = {result.page_id for result in judgement.listed}
    ranked += [
        (round(NOTES_SHARE * match.coverage, 3), 1, 0, page_id)
        for page_id, match in notes.items()
        if page_id not in found and match.coverage >= NOTES_MIN_COVERAGE
    ]
    # Best score first; on a tie find_answers' own order, then notes-only hits.
    ranked.sort(key=lambda item: (-item[0], item[1], item[2], item[3]))
    # Twice the limit: an answer unpublished since the last index check is dropped below.
    ranked = ranked[: limit * 2]

    details = {
        row["id"]: row
        for row in AnswerPage.objects.live()
        .filter(id__in=[page_id for *_rest, page_id in ranked])
        .values(
            "id",
            "title",
            "short_answer",
            "review_date",
            "owner_department__name",
            "owner_department__is_active",
        )
    }
    promoted = {result.page_id for result in judgement.results if result.promoted}
    today = timezone.localdate()
    hits = []
    for score, _kind, _position, page_id in ranked:
        row = details.get(page_id)
        if row is None:
            continue
        match = notes.get(page_id)
        shows_notes = match is not None and (match.complete or page_id not in found)
        hits.append(
            Hit(
                page_id=page_id,
                title=row["title"],
                short_answer=row["short_answer"],
                score=score,
                department=row["owner_department__name"],
                review_state=review.review_state(row["review_date"], today).value,
                # As AnswerPage.review_status, without loading the page.
                review_status=review.review_status(row["review_date"], today)
                if row["owner_department__is_active"]
                else gettext("No active owner"),
                notes_match=shows_notes,
                notes_excerpt=notes_index.excerpt(page_id, match.stems) if shows_notes else "",
                promoted=page_id in promoted,
                has_active_owner=bool(row["owner_department__is_active"]),
            )
        )
        if len(hits) == limit:
            break
    return WorkbenchResponse(query=query, response=response, hits=hits, verdict=judgement.verdict)
