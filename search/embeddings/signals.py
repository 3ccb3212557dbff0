"""Embed an answer after its publish is committed, so a rolled-back publish embeds nothing.

Embedding one answer takes tens of milliseconds with the bundled model; a failure (no model,
database hiccup) is logged and never fails the publish: `search_reindex` catches up.
"""

from django.db import transaction

from wagtail.signals import page_published

from kennisbank.models import AnswerPage


def answer_published(sender, instance, **kwargs):
    from search.embeddings.store import embed_answer_safely

    page_id = instance.pk
    transaction.on_commit(lambda: embed_answer_safely(page_id))


def connect():
    page_published.connect(
        answer_published, sender=AnswerPage, dispatch_uid="search-embed-published"
    )
