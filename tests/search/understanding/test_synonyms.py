import pytest

from search.synonyms_starter import STARTER_SYNONYMS
from search.understanding import understand
from search.understanding.synonyms import SynonymIndex, expand, synonym_index

GROUPS = [
    ["id-kaart", "identiteitskaart", "idkaart"],
    ["gba", "brp", "basisregistratie personen"],
    ["wob", "woo"],
    ["adreswijziging", "verhuizing doorgeven", "verhuizen"],
    ["vog", "verklaring omtrent het gedrag"],
    ["gemeentebelasting", "gemeentelijke belasting"],
]


def test_single_word_expands_to_its_group():
    assert expand(["wob"], GROUPS) == ("woo",)


def test_expands_to_multi_word_phrases():
    assert expand(["uittreksel", "brp"], GROUPS) == ("gba", "basisregistratie personen")


def test_multi_word_phrase_in_the_query_matches():
    assert expand(["basisregistratie", "personen"], GROUPS) == ("gba", "brp")
    assert expand(["verhuizing", "doorgeven"], GROUPS) == ("adreswijziging", "verhuizen")


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["id", "kaart"], ("identiteitskaart", "idkaart")),
        (["idkaart"], ("id kaart", "identiteitskaart")),
        (["identiteitskaart"], ("id kaart", "idkaart")),
        (["ïd", "kaart"], ("identiteitskaart", "idkaart")),
    ],
)
def test_hyphen_space_and_joined_spellings_match_each_other(tokens, expected):
    assert expand(tokens, GROUPS) == expected


def test_filler_inside_a_phrase_does_not_block_the_match():
    # The query lost "het" to filler removal; the phrase is compared the same way.
    assert expand(["verklaring", "omtrent", "gedrag"], GROUPS) == ("vog",)
    assert expand(["vog"], GROUPS) == ("verklaring omtrent gedrag",)


def test_inflections_match_through_stems():
    assert expand(["gemeentebelastingen"], GROUPS) == (
        "gemeentebelasting",
        "gemeentelijke belasting",
    )


def test_phrases_already_in_the_query_are_not_expansions():
    assert expand(["verhuizen", "adreswijziging"], GROUPS) == ("verhuizing doorgeven",)


def test_no_match_no_expansions():
    assert expand(["paspoort", "kwijt"], GROUPS) == ()


def test_index_knows_every_phrase_word():
    index = SynonymIndex(GROUPS)

    assert {"basisregistratie", "personen", "woo", "identiteitskaart"} <= index.words


def test_groups_that_normalise_to_one_phrase_are_ignored():
    assert len(SynonymIndex([["ID-kaart", "id kaart"], ["de", "het"], ["wob", "woo"]])) == 1


def test_plain_lists_are_prepared_once():
    first = synonym_index([list(group) for group in GROUPS])
    second = synonym_index([list(group) for group in GROUPS])

    assert first is second
    assert synonym_index(first) is first


def test_understand_returns_expansions_apart_from_terms():
    result = understand("uittreksel gba aanvragen", synonyms=GROUPS)

    assert result.terms == ("uittreksel", "gba", "aanvragen")
    assert result.expansions == ("brp", "basisregistratie personen")
    assert result.search_text() == "uittreksel gba aanvragen"
    assert result.expanded_text() == "uittreksel gba aanvragen brp basisregistratie personen"


class TestStarterList:
    def test_has_at_least_sixty_groups(self):
        assert len(STARTER_SYNONYMS) >= 60

    def test_phrases_are_lowercase_and_unique_within_a_group(self):
        for group in STARTER_SYNONYMS:
            assert all(phrase == phrase.strip().lower() for phrase in group), group
            assert len(set(group)) == len(group), group

    def test_every_group_survives_normalising(self):
        assert len(SynonymIndex(STARTER_SYNONYMS)) == len(STARTER_SYNONYMS)

    def test_no_phrase_belongs_to_two_groups(self):
        seen = {}
        for number, group in enumerate(SynonymIndex(STARTER_SYNONYMS).groups):
            for phrase in group:
                assert seen.setdefault(phrase, number) == number, phrase

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("uittreksel gba", "brp"),
            ("wat kost een id kaart", "identiteitskaart"),
            ("wat kost een idkaart", "id kaart"),
            ("grof huishoudelijk afval", "grofvuil"),
            ("waar is de stort", "milieustraat"),
            ("verklaring omtrent het gedrag", "vog"),
            ("parkeerboete betalen", "naheffing"),
            ("straatlantaarn kapot", "lantaarnpaal"),
            ("paspoort kwijt", "gestolen"),
            ("afspraak annuleren", "afzeggen"),
            # National services in everyday words.
            ("stopt het kindergeld als mijn zoon 18 wordt", "kinderbijslag"),
            ("mijn dochter gaat naar de creche", "kinderopvang"),
            ("hoeveel vrij krijgt de vader met vaderschapsverlof", "geboorteverlof"),
            ("ik ben zzp'er en word ziek", "zelfstandige"),
            ("mijn huisbaas repareert niets", "verhuurder"),
        ],
    )
    def test_common_questions_expand(self, query, expected):
        assert expected in understand(query, synonyms=STARTER_SYNONYMS).expansions


def test_vuil_is_searched_as_afval():
    # "vuil op straat" found nothing that fitted: the answers say "afval" ("zwerfafval").
    understood = understand("vuil op straat", synonyms=STARTER_SYNONYMS)
    assert "afval" in understood.expansions
