from concurrent.futures import ThreadPoolExecutor

import pytest

from search.understanding.stemming import same_stem, stem, stems


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("aanvragen", "aanvraag"),
        ("belastingen", "belasting"),
        ("kosten", "kost"),
        ("vergunningen", "vergunning"),
        ("rijbewijzen", "rijbewijs"),
    ],
)
def test_inflections_share_a_stem(first, second):
    assert stem(first) == stem(second)
    assert same_stem(first, second)


def test_different_words_keep_different_stems():
    assert not same_stem("paspoort", "parkeren")


def test_stems_keeps_order_and_length():
    assert stems(("belastingen", "kosten")) == (stem("belastingen"), stem("kost"))


def test_stemming_from_many_threads_gives_the_same_answers():
    words = ["aanvragen", "belastingen", "vergunningen", "verhuizingen", "gemeenten"] * 200
    expected = [stem.__wrapped__(word) for word in words]

    with ThreadPoolExecutor(max_workers=8) as pool:
        # __wrapped__ skips the cache so the threads really share the stemmer code.
        assert list(pool.map(stem.__wrapped__, words)) == expected
