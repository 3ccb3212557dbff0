"""What queues a change for the Objects API: publish, unpublish, delete, move and sign-off of an
answer, and a change of the contact channels that answers show.

Only a row in the outbox is written (outbox.enqueue); nothing here calls out.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import PageLogEntry
from wagtail.signals import page_published, page_unpublished, post_page_move

from kennisbank.interop.objects_api.outbox import enqueue, push_enabled
from kennisbank.models import AnswerPage, ContactSettings, SyncAction
from kennisbank.review.cycle import SIGN_OFF_ACTION


def _answer(page):
    specific = getattr(page, "specific_deferred", page)
    return specific if isinstance(specific, AnswerPage) else None


def on_published(sender, instance, **kwargs):
    enqueue(instance, SyncAction.UPSERT)


def on_unpublished(sender, instance, **kwargs):
    enqueue(instance, SyncAction.DELETE)


def on_deleted(sender, instance, **kwargs):
    enqueue(instance, SyncAction.DELETE)


def on_moved(sender, instance, **kwargs):
    # Moved under a restricted section, or back out of one: the send decides (upsert when
    # still public, delete otherwise).
    answer = _answer(instance)
    if answer is not None and answer.live:
        enqueue(answer, SyncAction.UPSERT)


def on_log_entry(sender, instance, created, **kwargs):
    """A sign-off is logged, not saved through the page: its log entry is the signal."""
    if not created or instance.action != SIGN_OFF_ACTION:
        return
    answer = AnswerPage.objects.live().filter(pk=instance.page_id).first()
    if answer is not None:
        enqueue(answer, SyncAction.UPSERT)


def on_contact_settings_saved(sender, instance, **kwargs):
    """Answers with a contact block carry the channels and their hours into their VAC: KISS
    would show the old ones until each answer is published again."""
    if not push_enabled():
        return
    with_contact = [
        page_id
        for page_id, body in AnswerPage.objects.live().values_list("pk", "body").iterator()
        if any(block.get("type") == "contact" for block in body.raw_data)
    ]
    for answer in AnswerPage.objects.filter(pk__in=with_contact).only("pk", "vac_uuid", "title"):
        enqueue(answer, SyncAction.UPSERT)


def connect() -> None:
    page_published.connect(on_published, sender=AnswerPage, dispatch_uid="vac_published")
    page_unpublished.connect(on_unpublished, sender=AnswerPage, dispatch_uid="vac_unpublished")
    post_delete.connect(on_deleted, sender=AnswerPage, dispatch_uid="vac_deleted")
    post_page_move.connect(on_moved, dispatch_uid="vac_moved")
    post_save.connect(on_log_entry, sender=PageLogEntry, dispatch_uid="vac_signed_off")
    post_save.connect(
        on_contact_settings_saved, sender=ContactSettings, dispatch_uid="vac_contact_settings"
    )
