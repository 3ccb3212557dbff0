"""A tiny deterministic backend for tests: no model, the same vector for the same text.

Each word is hashed to a few dimensions (a bag of hashed words), so texts sharing words are
close, and a hand-written table of "meanings" maps some words of other languages and some
paraphrases onto one shared Dutch word, so tests can show meaning-based behaviour without
the real model; its latent terms are the same hashed words, one term each. The prefix is part
of what is embedded, like the real model: a query and a passage of the same text are close but
not identical.
"""

import hashlib
import re

import numpy as np

from .latent import LatentTerms

DIM = 256
LATENT_DIM = 1024
# word -> the Dutch word it means, for tests of paraphrases and other languages
MEANINGS = {
    "passport": "paspoort",
    "reisdocument": "paspoort",
    "pasaport": "paspoort",
    "lost": "kwijt",
    "verloren": "kwijt",
    "garbage": "afval",
    "vuilnis": "afval",
    "kliko": "container",
    "trash": "afval",
}


def _slot(word: str) -> tuple[int, float]:
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") % DIM, 1.0 if digest[4] % 2 else -1.0


class FakeBackend:
    name = "fake/hashed-words"
    dim = DIM
    latent_dim = LATENT_DIM

    def embed(self, texts: list[str], is_query: bool) -> np.ndarray:
        vectors = np.zeros((len(texts), DIM), dtype=np.float32)
        prefix = "query" if is_query else "passage"
        for row, text in enumerate(texts):
            words = re.findall(r"\w+", text.lower())
            for word in [prefix, *words]:
                slot, sign = _slot(MEANINGS.get(word, word))
                vectors[row, slot] += sign * (0.3 if word == prefix else 1.0)
        return vectors

    def latent_terms(self, texts: list[str]) -> list[LatentTerms]:
        """Each word (or the Dutch word it means) as one latent term of its own."""
        found = []
        for text in texts:
            terms: dict[int, float] = {}
            for word in re.findall(r"\w+", text.lower()):
                slot = _slot(MEANINGS.get(word, word))[0] % LATENT_DIM
                terms[slot] = terms.get(slot, 0.0) + 1.0
            strongest = sorted(terms.items(), key=lambda item: -item[1])
            found.append(
                LatentTerms.of([slot for slot, _ in strongest], [value for _, value in strongest])
            )
        return found
