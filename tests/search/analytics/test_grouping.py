"""search.analytics.grouping: typos and split compounds merge, different needs do not."""

import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from search.analytics.grouping import (
    _within,
    _within_one,
    group_queries,
    is_typo_of,
    merge_keys,
)
from search.analytics.recording import group_key


def keys(*queries):
    return [group_key(query) for query in queries]


def merged(*queries, counts=None):
    """Representative per query, for queries asked 10, 9, 8, ... times."""
    found = keys(*queries)
    counts = counts or {key: 10 - position for position, key in enumerate(found)}
    representative = merge_keys(counts)
    return [representative[key] for key in found]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("parkeervergunning aanvragen", "parkeervergunnig aanvragen"),  # letter missing
        ("rijbewijs verlengen", "rijbewjis verlengen"),  # two letters swapped
        ("kapotte container", "kapotte containr"),
        ("grof vuil ophalen", "grofvuil ophalen"),  # compound written apart
        ("ophalen grofvuil", "vuil grof ophalen"),
        ("gemeente huis", "gemeentehuis"),  # stems "gemeent" + linking e + "huis"
        ("afval kalender", "afvalkalender"),
        ("paspoort aanvragen", "paspoorten aanvragen"),  # plural: the same key already
        ("aanvraag paspoort", "paspoort aanvragen"),  # word order: the same key already
        ("afvalstoffenheffing betalen", "afvalstofenheffing betalen"),
        ("omgevingsvergunning", "omgevingsvergunnnig"),  # two edits in a long word
    ],
)
def test_the_same_need_merges(first, second):
    representatives = merged(first, second)
    assert representatives[0] == representatives[1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("huur", "vuur"),  # short words must be equal
        ("huur betalen", "vuur betalen"),
        ("afval pas", "afval ophalen"),
        ("paspoort", "rijbewijs"),
        ("kliko kapot", "container kapot"),  # synonyms are for the synonym list
        ("hond belasting", "kat belasting"),
        ("parkeren 2024", "parkeren 2025"),  # numbers are no typos
        ("paspoort aanvragen", "paspoort"),  # a word more is another question
        ("boete betalen", "boot betalen"),
    ],
)
def test_different_needs_stay_apart(first, second):
    representatives = merged(first, second)
    assert representatives[0] != representatives[1]


def test_word_length_sets_the_number_of_edits():
    assert is_typo_of("kapot", "kaptt")  # 5 letters: 1 edit
    assert not is_typo_of("kapot", "kptt")
    assert not is_typo_of("huur", "hurr")  # 4 letters: none
    assert is_typo_of("parkeervergunning", "prakeervergunnig")  # long: 2 edits
    assert not is_typo_of("parkeren", "prakeern")  # 8 letters: only 1 edit


def test_the_most_frequent_key_represents_the_group():
    rare, common = keys("parkeervergunnig aanvragen", "parkeervergunning aanvragen")
    representative = merge_keys({rare: 2, common: 30})
    assert representative == {rare: common, common: common}


def test_no_chains_through_a_middle_key():
    # "abcdefg" ~ "abcdefx" ~ "abcdexx": the outer two are two edits apart (7 letters: 1 allowed).
    representative = merge_keys({"abcdefg": 10, "abcdefx": 5, "abcdexx": 4})
    assert representative["abcdefx"] == "abcdefg"
    assert representative["abcdexx"] != "abcdefg"


def test_merging_is_deterministic_whatever_the_input_order():
    counts = dict.fromkeys(keys("rijbewijs verlengen", "rijbewjis verlengen", "rijbewijs"), 5)
    first = merge_keys(counts)
    second = merge_keys(dict(reversed(list(counts.items()))))
    assert first == second
    # Ties go to the alphabetically first key.
    assert set(first.values()) == {group_key("rijbewijs verlengen"), group_key("rijbewijs")}


def test_an_empty_key_stays_on_its_own():
    assert merge_keys({"": 3, "paspoort": 2}) == {"": "", "paspoort": "paspoort"}


def test_group_queries_adds_counts_and_orders_phrasings():
    rows = [
        (group_key("grofvuil ophalen"), "grofvuil ophalen", 7),
        (group_key("grof vuil ophalen"), "Grof vuil ophalen", 3),
        (group_key("grof vuil ophalen"), "grof  vuil ophalen", 2),  # only spaces differ
        (group_key("paspoort kwijt"), "paspoort kwijt", 4),
    ]
    clusters = group_queries(rows)
    assert [(cluster.key, cluster.count) for cluster in clusters] == [
        (group_key("grofvuil ophalen"), 12),
        (group_key("paspoort kwijt"), 4),
    ]
    assert clusters[0].example == "grofvuil ophalen"
    assert clusters[0].phrasings == [("grofvuil ophalen", 7), ("Grof vuil ophalen", 5)]
    assert clusters[0].members == [group_key("grofvuil ophalen"), group_key("grof vuil ophalen")]


def test_empty_input():
    assert group_queries([]) == []
    assert merge_keys({}) == {}


def test_many_random_keys_each_get_a_representative_that_is_its_own():
    """Speed at 20,000 keys is measured by benchmarks/grouping_speed.py; here: consistency."""
    rng = random.Random(8)
    letters = "aeioulnrstdkgmpbvhjz"
    words = [
        "".join(rng.choice(letters) for _ in range(rng.choice([4, 5, 6, 7, 8, 9, 11, 13])))
        for _ in range(500)
    ]
    counts = {}
    while len(counts) < 2_000:
        tokens = rng.sample(words, rng.choice([1, 2, 2, 3, 3, 4]))
        counts[" ".join(sorted(tokens))] = rng.randint(1, 300)
    representative = merge_keys(counts)
    assert set(representative) == set(counts)
    for key, chosen in representative.items():
        assert representative[chosen] == chosen
        assert counts[chosen] >= counts[key] or chosen == key


@given(st.text(alphabet="abcde", max_size=8), st.text(alphabet="abcde", max_size=8))
def test_the_quick_one_edit_check_agrees_with_the_full_distance(first, second):
    assume(first != second)
    assert _within_one(first, second) == _within(first, second, 1)
