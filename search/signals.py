"""Keep the Elasticsearch index in step with publishing and with the synonym list.

Wagtail maintains its database index itself; these handlers only act when SEARCH_ENGINE is
"elasticsearch". A failing cluster never blocks an editor: the error is logged, the database
engine keeps answering, and `manage.py search_reindex` repairs the index afterwards.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from kennisbank.models import AnswerPage
from search.engines import elasticsearch_enabled
from search.models import SynonymGroup

logger = logging.getLogger(__name__)


def _indexer():
    from search.engines.elasticsearch import ElasticsearchIndexer

    return ElasticsearchIndexer()


def _safely(action, description):
    def run():
        try:
            action()
        except Exception:
            logger.warning(
                "Elasticsearch not updated (%s); run search_reindex later",
                description,
                exc_info=True,
            )

    # After the commit, so a rolled-back publish never reaches the index.
    transaction.on_commit(run)


def answer_published(sender, instance, **kwargs):
    if elasticsearch_enabled():
        page = instance.specific
        if page.get_view_restrictions().exists():
            _safely(lambda: _indexer().remove_page(page.pk), f"restricted answer {page.pk}")
        else:
            _safely(lambda: _indexer().index_page(page), f"publish of answer {page.pk}")


def answer_gone(sender, instance, **kwargs):
    if elasticsearch_enabled():
        page_id = instance.pk
        _safely(lambda: _indexer().remove_page(page_id), f"removal of answer {page_id}")


def synonyms_changed(sender, **kwargs):
    if elasticsearch_enabled():
        _safely(lambda: _indexer().update_synonyms(), "synonym change")


def connect():
    page_published.connect(answer_published, sender=AnswerPage, dispatch_uid="search-es-published")
    page_unpublished.connect(answer_gone, sender=AnswerPage, dispatch_uid="search-es-unpublished")
    post_delete.connect(answer_gone, sender=AnswerPage, dispatch_uid="search-es-deleted")
    post_save.connect(
        synonyms_changed, sender=SynonymGroup, dispatch_uid="search-es-synonyms-saved"
    )
    post_delete.connect(
        synonyms_changed, sender=SynonymGroup, dispatch_uid="search-es-synonyms-deleted"
    )
