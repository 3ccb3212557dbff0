"""The outbox to the Objects API: queue a change now, deliver it when the API is there.

Publishing only writes a VacSync row (in the same transaction as the publish), so an editor
never waits for, or fails on, the Objects API. `sync_objects_api` (cron, every minute)
delivers what is due; a failed call is tried again after 1, 2, 4 ... minutes (at most
MAX_BACKOFF), except a refusal of the data (HTTP 400), which is reported and waits for the
next change or a full reconcile. PUT and DELETE are idempotent, so two runs at the same moment
send something twice at worst, never something wrong.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Site

from kennisbank.interop.answer_vac import answer_vac_data
from kennisbank.interop.html import export_settings
from kennisbank.interop.objects_api.client import ObjectsApiClient, ObjectsApiError
from kennisbank.interop.validation import InvalidVac
from kennisbank.models import AnswerPage, SyncAction, VacSync

MAX_BACKOFF = datetime.timedelta(hours=6)
BATCH = 500


def push_enabled() -> bool:
    return bool(settings.OBJECTS_API_URL)


def enqueue(answer, action: str) -> None:
    """Queue the latest state of `answer` for the Objects API (no call out). A change queued
    earlier and not yet sent is replaced: only the latest state matters."""
    if not push_enabled() or answer.vac_uuid is None:
        return
    now = timezone.now()
    VacSync.objects.update_or_create(
        vac_uuid=answer.vac_uuid,
        defaults={
            # A deleted answer keeps its row (and uuid) but no longer its page.
            "answer_id": answer.pk if action == SyncAction.UPSERT else None,
            "question": answer.title[:255],
            "action": action,
            "pending": True,
            "failed": False,
            "attempts": 0,
            "next_attempt_at": now,
            "queued_at": now,
        },
    )


def site_base_url() -> str:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return (site.root_url if site else "http://localhost") + "/"


def published_answers():
    """The answers that are VACs: live and not behind a view restriction."""
    return AnswerPage.objects.live().public().specific()


def vac_record(answer, *, base_url: str, object_url, site_settings=None) -> dict:
    """The Objects API record of `answer`, its data validated against the VAC schema."""
    return {
        "typeVersion": settings.OBJECTS_API_VAC_TYPE_VERSION,
        "data": answer_vac_data(
            answer, base_url=base_url, object_url=object_url, settings=site_settings
        ),
        "startAt": timezone.localdate().isoformat(),
    }


def backoff(attempts: int) -> datetime.timedelta:
    return min(datetime.timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


@dataclass
class Delivery:
    sent: int = 0
    deleted: int = 0
    retried: int = 0
    refused: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.retried + self.refused


def deliver_due(client: ObjectsApiClient, *, now=None) -> Delivery:
    """Send every queued change that is due; returns what happened."""
    now = now or timezone.now()
    report = Delivery()
    base_url = site_base_url()
    site_settings = export_settings()
    due = list(
        VacSync.objects.filter(pending=True, next_attempt_at__lte=now).order_by("next_attempt_at")[
            :BATCH
        ]
    )
    live = {
        answer.vac_uuid: answer
        for answer in published_answers().filter(vac_uuid__in=[row.vac_uuid for row in due])
    }
    for row in due:
        answer = live.get(row.vac_uuid) if row.action == SyncAction.UPSERT else None
        try:
            if answer is not None:
                client.upsert(
                    row.vac_uuid,
                    vac_record(
                        answer,
                        base_url=base_url,
                        object_url=client.object_url,
                        site_settings=site_settings,
                    ),
                )
                report.sent += 1
            else:
                # Unpublished, deleted, or restricted since it was queued: KISS ignores a
                # VAC's status, so an answer that is no longer public is removed there.
                client.delete(row.vac_uuid)
                report.deleted += 1
        except InvalidVac as error:
            _mark_refused(row, _("The answer is not valid VAC data: %(error)s") % {"error": error})
            report.refused += 1
            report.problems.append(f"{row}: {error}")
        except ObjectsApiError as error:
            if error.retryable:
                _mark_retry(row, str(error), now)
                report.retried += 1
            else:
                _mark_refused(row, str(error))
                report.refused += 1
            report.problems.append(f"{row}: {error}")
        else:
            _mark_sent(row, now)
    return report


def _mark_sent(row: VacSync, now) -> None:
    # Only clear the queue when nothing newer was queued while this call was under way.
    unchanged = VacSync.objects.filter(pk=row.pk, queued_at=row.queued_at)
    if not unchanged.update(
        pending=False, failed=False, attempts=0, last_error="", last_sent_at=now
    ):
        VacSync.objects.filter(pk=row.pk).update(last_sent_at=now)


def _mark_retry(row: VacSync, message: str, now) -> None:
    attempts = row.attempts + 1
    VacSync.objects.filter(pk=row.pk, queued_at=row.queued_at).update(
        attempts=attempts, next_attempt_at=now + backoff(attempts), last_error=message
    )


def _mark_refused(row: VacSync, message: str) -> None:
    VacSync.objects.filter(pk=row.pk, queued_at=row.queued_at).update(
        pending=False, failed=True, attempts=row.attempts + 1, last_error=message
    )


@dataclass
class Reconciliation:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


def reconcile(client: ObjectsApiClient, *, dry_run: bool, delete_unknown: bool) -> Reconciliation:
    """Make the Objects API hold exactly our published answers.

    Objects that are ours (the uuid of any answer, or of one deleted since) but not published
    are deleted; objects of the VAC type that were never ours are reported, and deleted only
    with `delete_unknown` (KISS's own VACs may live there). With `dry_run` nothing is written.
    """
    result = Reconciliation()
    remote = {}
    for item in client.list_objects(settings.OBJECTS_API_VAC_TYPE):
        uuid = str(item.get("uuid") or "")
        if uuid:
            remote[uuid] = (item.get("record") or {}).get("data")
    base_url = site_base_url()
    site_settings = export_settings()
    now = timezone.now()
    ours = {str(uuid) for uuid in AnswerPage.objects.values_list("vac_uuid", flat=True)}
    ours |= {str(uuid) for uuid in VacSync.objects.values_list("vac_uuid", flat=True)}
    published = set()
    for answer in published_answers().iterator():
        uuid = str(answer.vac_uuid)
        published.add(uuid)
        try:
            record = vac_record(
                answer,
                base_url=base_url,
                object_url=client.object_url,
                site_settings=site_settings,
            )
        except InvalidVac as error:
            result.problems.append(f"{answer.title}: {error}")
            continue
        if uuid not in remote:
            bucket = result.created
        elif remote[uuid] != record["data"]:
            bucket = result.updated
        else:
            result.unchanged += 1
            continue
        bucket.append(f"{uuid} {answer.title}")
        if not dry_run:
            _send(lambda a=answer, r=record: client.upsert(a.vac_uuid, r), answer, result, now)
    for uuid, data in remote.items():
        if uuid in published:
            continue
        question = (data or {}).get("vraag", "") if isinstance(data, dict) else ""
        if uuid in ours:
            result.deleted.append(f"{uuid} {question}")
        elif delete_unknown:
            result.deleted.append(f"{uuid} {question} ({_('unknown')})")
        else:
            result.unknown.append(f"{uuid} {question}")
            continue
        if not dry_run:
            try:
                client.delete(uuid)
            except ObjectsApiError as error:
                result.problems.append(f"{uuid}: {error}")
    return result


def _send(call, answer, result: Reconciliation, now) -> None:
    try:
        call()
    except ObjectsApiError as error:
        result.problems.append(f"{answer.title}: {error}")
        return
    VacSync.objects.update_or_create(
        vac_uuid=answer.vac_uuid,
        defaults={
            "answer_id": answer.pk,
            "question": answer.title[:255],
            "action": SyncAction.UPSERT,
            "pending": False,
            "failed": False,
            "attempts": 0,
            "last_error": "",
            "last_sent_at": now,
        },
    )
