import datetime

import pytest

from django.utils import timezone, translation

from wagtail.models import PageLogEntry

from kennisbank.review import (
    REASSIGN_ACTION,
    SIGN_OFF_ACTION,
    ReviewState,
    add_months,
    days_overdue,
    default_review_date,
    reassign,
    review_state,
    review_status,
    sign_off,
)
from tests.kennisbank.factories import DepartmentFactory


def test_add_months_keeps_the_day():
    assert add_months(datetime.date(2026, 11, 22), 12) == datetime.date(2027, 11, 22)
    assert add_months(datetime.date(2026, 11, 22), 3) == datetime.date(2027, 2, 22)


def test_add_months_clamps_to_the_end_of_a_short_month():
    assert add_months(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert add_months(datetime.date(2027, 12, 31), 2) == datetime.date(2028, 2, 29)


def test_default_review_date_uses_the_department_interval():
    department = DepartmentFactory.build(review_interval_months=6)
    assert default_review_date(department, today=datetime.date(2026, 11, 22)) == datetime.date(
        2027, 5, 22
    )


def test_default_review_date_without_department_is_one_year():
    assert default_review_date(None, today=datetime.date(2026, 11, 22)) == datetime.date(
        2027, 11, 22
    )


TODAY = datetime.date(2026, 11, 22)


def test_review_state_by_date():
    assert review_state(datetime.date(2026, 11, 21), TODAY) == ReviewState.OVERDUE
    assert review_state(TODAY, TODAY) == ReviewState.DUE_SOON
    assert review_state(datetime.date(2026, 12, 22), TODAY) == ReviewState.DUE_SOON
    assert review_state(datetime.date(2026, 12, 23), TODAY) == ReviewState.CURRENT


def test_review_status_tells_since_when_an_answer_is_overdue():
    with translation.override("en"):
        assert review_status(datetime.date(2026, 3, 3), TODAY) == (
            "Review overdue since 3 March 2026"
        )
        assert review_status(datetime.date(2026, 12, 4), TODAY) == (
            "Review due in 12 days (4 December 2026)"
        )
        assert review_status(TODAY, TODAY) == "Review due today"
        assert review_status(datetime.date(2027, 6, 1), TODAY) == "Next review on 1 June 2027"


def test_a_review_date_is_the_date_in_amsterdam_not_in_utc(monkeypatch):
    # 23:30 UTC on 22 November is already 23 November in Amsterdam.
    late_evening_utc = datetime.datetime(2026, 11, 22, 23, 30, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: late_evening_utc)
    assert review_state(datetime.date(2026, 11, 22)) == ReviewState.OVERDUE
    assert days_overdue(datetime.date(2026, 11, 22)) == 1


@pytest.mark.django_db
class TestSignOff:
    def test_moves_the_review_date_by_the_departments_interval_from_today(self, answer, member):
        answer.review_date = datetime.date(2026, 1, 10)  # long overdue
        assert sign_off(answer, member, today=TODAY) == datetime.date(2027, 11, 22)
        answer.refresh_from_db()
        assert answer.review_date == datetime.date(2027, 11, 22)
        assert answer.reviewed_by == member
        assert answer.reviewed_at is not None

    def test_creates_no_revision_and_does_not_republish(self, answer, member):
        revisions = answer.revisions.count()
        published_at = answer.last_published_at
        sign_off(answer, member)
        answer.refresh_from_db()
        assert answer.revisions.count() == revisions
        assert answer.last_published_at == published_at
        assert not answer.has_unpublished_changes

    def test_is_written_to_the_audit_log(self, answer, member):
        old_date = answer.review_date
        new_date = sign_off(answer, member, today=TODAY)
        entry = PageLogEntry.objects.get(page=answer, action=SIGN_OFF_ACTION)
        assert entry.user == member
        assert entry.data["review_date"] == {
            "old": old_date.isoformat(),
            "new": new_date.isoformat(),
        }
        assert entry.revision is None

    def test_publishing_an_older_draft_does_not_undo_the_sign_off(self, answer, member):
        answer.short_answer = "Een concept van voor het aftekenen."
        draft = answer.save_revision(user=member)
        new_date = sign_off(answer, member, today=TODAY)
        draft.publish()
        answer.refresh_from_db()
        assert answer.short_answer == "Een concept van voor het aftekenen."
        assert answer.review_date == new_date
        assert answer.reviewed_by == member

    def test_a_review_date_changed_in_a_draft_is_kept(self, answer, member):
        page = answer.get_latest_revision_as_object()
        page.review_date = datetime.date(2027, 1, 15)
        page.save_revision(user=member).publish()
        answer.refresh_from_db()
        assert answer.review_date == datetime.date(2027, 1, 15)


@pytest.mark.django_db
class TestReassign:
    def test_changes_the_owner_and_logs_it(self, answer, other_answer, belastingen, member):
        changed = reassign([answer, other_answer], belastingen, member)
        assert changed == 1  # other_answer belonged to Belastingen already
        answer.refresh_from_db()
        assert answer.owner_department == belastingen
        entry = PageLogEntry.objects.get(page=answer, action=REASSIGN_ACTION)
        assert entry.data["owner_department"]["old"]["name"] == "Burgerzaken"
        assert entry.data["owner_department"]["new"]["name"] == "Belastingen"
        assert not PageLogEntry.objects.filter(page=other_answer, action=REASSIGN_ACTION)

    def test_publishing_an_older_draft_keeps_the_new_owner(self, answer, belastingen):
        answer.short_answer = "Concept."
        draft = answer.save_revision()
        reassign([answer], belastingen, None)
        draft.publish()
        answer.refresh_from_db()
        assert answer.owner_department == belastingen
