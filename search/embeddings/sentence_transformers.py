"""Optional backend on sentence-transformers, for municipalities on the mainstream stack.

Not installed by default (`pip install sentence-transformers`); the model named in
SEARCH_EMBEDDINGS_MODEL (default "intfloat/multilingual-e5-small") is loaded from the local
Hugging Face cache, or downloaded once where the network allows it. E5-style prefixes are
added here; models without them work too, slightly less well.
"""

import numpy as np

DEFAULT_MODEL = "intfloat/multilingual-e5-small"


class SentenceTransformersBackend:
    def __init__(self, model_name: str = ""):
        from sentence_transformers import SentenceTransformer

        model_name = model_name or DEFAULT_MODEL
        self._model = SentenceTransformer(model_name)
        self.name = f"sentence-transformers/{model_name}"
        self.dim = self._model.get_sentence_embedding_dimension()

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        prefix = "query: " if is_query else "passage: "
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.asarray(
            self._model.encode([prefix + text for text in texts], normalize_embeddings=True),
            dtype=np.float32,
        )
