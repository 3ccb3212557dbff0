"""Everything the first search of a process would otherwise build, built before it serves.

A new worker (at start, and each time gunicorn replaces one after `max_requests`) builds its
in-process index from the database and loads the embedding model, and its spelling check loads
the Dutch word frequencies and indexes the answers' words. At 10,000 answers the first search
of a worker took 6.5 s, and the first with a typo 150 ms more; gunicorn.conf.py calls
warm_up() before the worker takes requests, while the other workers serve.
"""

import logging
import time

from search.judgement import judge

logger = logging.getLogger(__name__)


def warm_up() -> float | None:
    """Build the indexes and load the model and word lists; returns the seconds it took, or
    None when it failed. Never raises: a worker that cannot warm up still serves (and builds
    on its first search)."""
    started = time.monotonic()
    try:
        # One question through the whole path: the index with its vectors, the search engine,
        # the model (embedding the question) and the language check of the chatbot. Its typo
        # makes the spelling check load the Dutch word frequencies and build its index of the
        # answers' words, which it does only for a word it does not know (160 ms at 10,000).
        judge("Hoe vraag ik een pasport aan?")
    except Exception:
        logger.warning("Warming up the search failed; the first search builds it", exc_info=True)
        return None
    return time.monotonic() - started
