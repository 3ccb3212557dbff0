import pytest

from django.db import connection

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search.engines.database import DatabaseEngine
from search.models import SynonymGroup
from search.retrieval import find_answers, suggest_questions
from tests.kennisbank.factories import AnswerPageFactory
from tests.search.factories import SynonymGroupFactory


def titles(query, **kwargs):
    return [result.title for result in find_answers(query, **kwargs).results]


def answer(index, title, **fields):
    fields.setdefault("short_answer", "U regelt dit bij de gemeente.")
    fields.setdefault("body", [{"type": "paragraph", "value": "<p>Lees hier meer.</p>"}])
    return AnswerPageFactory(parent=index, title=title, **fields)


@pytest.mark.django_db
class TestRanking:
    def test_question_beats_short_answer_beats_body(self, index):
        answer(index, "Waar laat ik mijn kerstboom?")
        answer(
            index,
            "Wanneer wordt het afval opgehaald?",
            short_answer="Een kerstboom halen we in januari op.",
        )
        answer(
            index,
            "Hoe werkt de milieustraat?",
            body=[{"type": "paragraph", "value": "<p>Ook een kerstboom mag u brengen.</p>"}],
        )
        assert titles("kerstboom") == [
            "Waar laat ik mijn kerstboom?",
            "Wanneer wordt het afval opgehaald?",
            "Hoe werkt de milieustraat?",
        ]

    def test_a_word_only_the_body_has_counts_without_the_engine(self, index, monkeypatch):
        # An imported answer has its specifics in the body alone. Without the engine (or
        # beyond its candidates) the index itself must see them.
        monkeypatch.setattr(DatabaseEngine, "candidates", lambda self, text, limit: [])
        answer(index, "Hoe laat ik grofvuil ophalen?")
        answer(
            index,
            "Wat mag er mee met het grofvuil?",
            body=[{"type": "paragraph", "value": "<p>Een matras of een bank halen we op.</p>"}],
        )
        assert titles("grofvuil matras") == [
            "Wat mag er mee met het grofvuil?",
            "Hoe laat ik grofvuil ophalen?",
        ]

    def test_alternative_question_and_keyword_beat_short_answer(self, index):
        in_short = answer(index, "Vraag een", short_answer="Over de hondenbelasting leest u hier.")
        with_question = answer(index, "Vraag twee")
        with_question.alternative_questions.create(question="Hondenbelasting betalen")
        with_question.save_revision().publish()
        with_keyword = answer(index, "Vraag drie")
        with_keyword.keywords.add("hondenbelasting")
        with_keyword.save_revision().publish()
        ranked = titles("hondenbelasting")
        assert ranked.index("Vraag twee") < ranked.index(in_short.title)
        assert ranked.index("Vraag drie") < ranked.index(in_short.title)

    def test_a_section_heading_counts_more_than_the_same_words_in_a_paragraph(self, index):
        # Alphabetically first, so a tie would put it on top.
        answer(
            index,
            "Hoe verleng ik mijn rijbewijs?",
            body=[{"type": "paragraph", "value": "<p>Komt u uit een ander land? Bel ons.</p>"}],
        )
        answer(
            index,
            "Mag ik hier rijden met mijn buitenlandse rijbewijs?",
            body=[
                {"type": "paragraph", "value": "<p>Dat hangt af van het land.</p>"},
                {"type": "heading", "value": "Uit een ander land"},
                {"type": "paragraph", "value": "<p>Dan ruilt u het om.</p>"},
            ],
        )
        assert titles("rijbewijs uit een ander land")[0] == (
            "Mag ik hier rijden met mijn buitenlandse rijbewijs?"
        )

    def test_a_button_text_finds_its_answer(self, index):
        answer(
            index,
            "Hoe geef ik mijn verhuizing door?",
            body=[{"type": "paragraph", "value": "<p>Een spoedafspraak is niet nodig.</p>"}],
        )
        answer(
            index,
            "Mijn paspoort is verlopen en ik vlieg morgen. Wat nu?",
            body=[
                {"type": "paragraph", "value": "<p>Dat kan met voorrang.</p>"},
                {
                    "type": "call_to_action",
                    "value": {"label": "Maak een spoedafspraak", "url": "/afspraak/"},
                },
            ],
        )
        assert titles("spoedafspraak")[0] == (
            "Mijn paspoort is verlopen en ik vlieg morgen. Wat nu?"
        )

    def test_answer_covering_every_word_wins(self, index):
        answer(index, "Hoe vraag ik een paspoort aan?")
        answer(index, "Mijn paspoort is kwijt. Wat nu?")
        assert titles("paspoort kwijt")[0] == "Mijn paspoort is kwijt. Wat nu?"

    def test_scores_are_between_zero_and_one_and_descending(self, index):
        answer(index, "Hoe vraag ik een paspoort aan?")
        answer(index, "Wat kost een paspoort?")
        scores = [result.score for result in find_answers("wat kost een paspoort").results]
        assert scores == sorted(scores, reverse=True)
        assert all(0 < score <= 1 for score in scores)

    def test_with_more_candidates_than_are_weighed_the_best_by_words_stay(self, index, monkeypatch):
        # At 10,000 answers a common word brings thousands of candidates; only the best by
        # words are weighed by meaning as well.
        monkeypatch.setattr("search.retrieval.LEXICAL_CANDIDATES", 2)
        answer(index, "Wat kost een paspoort?")
        answer(index, "Hoe vraag ik een paspoort aan?")
        answer(index, "Hoe vraag ik een paspoort voor mijn kind aan?")
        answer(index, "Wanneer wordt het afval opgehaald?")
        ranked = titles("paspoort aanvragen kind")
        assert ranked[:2] == [
            "Hoe vraag ik een paspoort voor mijn kind aan?",
            "Hoe vraag ik een paspoort aan?",
        ]

    @pytest.mark.parametrize(
        "query",
        [
            "paspoort 111 222 333",
            "paspoort +31 6 12345678",
            "paspoort j.jansen@voorbeeld.nl",
            # The words that introduce it go too: "bsn" matched every answer naming a BSN.
            "mijn bsn is 111222333 paspoort",
            "paspoort, mijn telefoonnummer is 06-12345678",
        ],
    )
    def test_personal_data_beside_the_question_does_not_spoil_the_search(self, index, query):
        answer(index, "Hoe vraag ik een paspoort aan?")
        answer(index, "Wat kost een rijbewijs?")
        answer(index, "Waar vind ik mijn BSN of burgerservicenummer?")
        found = find_answers(query)
        assert [result.title for result in found.results] == ["Hoe vraag ik een paspoort aan?"]
        assert found.results[0].score == find_answers("paspoort").results[0].score
        assert found.query == query  # shown back as typed

    def test_inflections_match(self, index):
        answer(index, "Hoe vraag ik een parkeervergunning aan?")
        assert titles("parkeervergunningen aanvraag") == ["Hoe vraag ik een parkeervergunning aan?"]


@pytest.mark.django_db
class TestQueryUnderstanding:
    def test_typo_is_corrected_and_offered_as_did_you_mean(self, index):
        answer(index, "Hoe vraag ik een paspoort aan?")
        response = find_answers("paspoord aanvragen")
        assert response.corrected_query == "paspoort aanvragen"
        assert response.results[0].title == "Hoe vraag ik een paspoort aan?"

    def test_question_words_and_filler_are_ignored(self, index):
        answer(index, "Uittreksel uit de BRP")
        assert titles("hoe kan ik een uittreksel krijgen") == ["Uittreksel uit de BRP"]

    def test_compound_matches_its_parts(self, index):
        answer(
            index,
            "Wanneer haalt de gemeente het afval op?",
            short_answer="Dat staat op de kalender.",
        )
        assert titles("afvalkalender") == ["Wanneer haalt de gemeente het afval op?"]

    def test_another_form_of_the_verb_matches(self, index):
        # The citizen writes the past participle, the answer's question the present tense.
        answer(
            index,
            "Er woont iemand op mijn adres die er niet staat ingeschreven",
            short_answer="Krijgt u post voor iemand die hier niet woont? Meld het ons.",
        )
        answer(index, "Hoe krijg ik post op een briefadres?")
        answer(index, "Ik krijg post van de gemeente. Wat betekent die?")
        answer(index, "Hoe stuur ik post naar de gemeente?")
        answer(index, "Ik ga in het buitenland wonen. Wat moet ik regelen?")
        assert titles("post voor een meneer die hier nooit gewoond heeft")[0] == (
            "Er woont iemand op mijn adres die er niet staat ingeschreven"
        )

    def test_the_last_part_of_a_compound_matches(self, index):
        # A "reclamebord" is a "bord", though no answer uses "reclame" or "bord" on its own.
        answer(index, "Mag ik een reclamebord op de stoep zetten?")
        answer(index, "Er ligt een losse tegel op de stoep")
        assert titles("bord op de stoep")[0] == "Mag ik een reclamebord op de stoep zetten?"

    def test_a_diminutive_matches_its_noun(self, index):
        answer(index, "Mag ik tafels en stoelen op de stoep zetten?")
        assert titles("tafeltjes buiten") == ["Mag ik tafels en stoelen op de stoep zetten?"]

    def test_a_country_by_name_finds_the_answer_about_abroad(self, index):
        # The answers say "buitenland"; a resident names the country.
        answer(index, "Hoe bouw ik AOW op?")
        answer(index, "Krijg ik AOW als ik in het buitenland woon?")
        assert titles("houd ik mijn AOW als ik in Spanje ga wonen") == [
            "Krijg ik AOW als ik in het buitenland woon?",
            "Hoe bouw ik AOW op?",
        ]
        answer(index, "Hoe vraag ik een rijbewijs aan?")
        answer(index, "Mag ik rijden met een buitenlands rijbewijs?")
        assert titles("marokkaans rijbewijs")[0] == "Mag ik rijden met een buitenlands rijbewijs?"

    def test_a_nationality_before_passport_finds_the_answer_about_nationality(self, index):
        # A foreign passport of one's own is about nationality, not about being abroad.
        answer(index, "Mijn paspoort is kwijt in het buitenland")
        answer(index, "Dubbele nationaliteit: mag ik mijn paspoort houden?")
        assert titles("moet ik mijn marokkaanse paspoort inleveren")[0] == (
            "Dubbele nationaliteit: mag ik mijn paspoort houden?"
        )

    def test_a_childs_age_finds_the_answer_about_minors(self, index):
        # The answers say "minderjarige"; a parent gives the age.
        answer(index, "Een paspoort aanvragen")
        answer(index, "Een paspoort aanvragen voor een minderjarige")
        assert titles("paspoort aanvragen voor mijn dochter van 12")[0] == (
            "Een paspoort aanvragen voor een minderjarige"
        )

    def test_an_everyday_name_finds_the_answer_with_the_official_one(self, index):
        # The starter synonyms: a "blauwe envelop" comes from the Belastingdienst. (Without
        # them all three tie, and the first title in order comes first.)
        answer(index, "Ik ben het niet eens met de Afvalstoffenheffing")
        answer(index, "Ik ben het niet eens met de Belastingdienst")
        answer(index, "Ik ben het niet eens met mijn werkgever")
        assert titles("niet eens met de blauwe envelop")[0] == (
            "Ik ben het niet eens met de Belastingdienst"
        )
        assert titles("niet eens met mijn baas")[0] == "Ik ben het niet eens met mijn werkgever"

    def test_a_family_member_finds_the_answer_about_parents(self, index):
        # The answers say "alleenstaande ouder"; a resident says who she is.
        answer(index, "Welke toeslag krijg ik als alleenstaande?")
        answer(index, "Welke toeslag krijg ik als alleenstaande ouder?")
        assert titles("welke toeslag krijg ik als alleenstaande moeder")[0] == (
            "Welke toeslag krijg ik als alleenstaande ouder?"
        )

    def test_a_separable_verb_is_found_with_a_phrase_after_its_particle(self, index):
        # "vraag ... aan voor mijn bedrijf" is "aanvragen", as "vraag ... aan" is.
        answer(index, "Hoe vraag ik een parkeervergunning aan voor mijn bedrijf?")
        answer(index, "Wat kost een parkeervergunning voor een bedrijf?")
        assert titles("parkeervergunning aanvragen bedrijf")[0] == (
            "Hoe vraag ik een parkeervergunning aan voor mijn bedrijf?"
        )
        assert titles("hoe vraag ik een parkeervergunning aan voor een bedrijf")[0] == (
            "Hoe vraag ik een parkeervergunning aan voor mijn bedrijf?"
        )

    def test_hyphen_and_space_variants_find_the_same_answer(self, index):
        answer(index, "Hoe vraag ik een ID-kaart aan?")
        for query in ("id-kaart", "id kaart", "ID kaart aanvragen"):
            assert titles(query)[0] == "Hoe vraag ik een ID-kaart aan?", query


@pytest.mark.django_db
class TestSynonyms:
    def test_synonym_edit_takes_effect_without_restart(self, index):
        answer(index, "Mijn container is kapot")
        SynonymGroup.objects.all().delete()
        assert titles("kliko kapot") == ["Mijn container is kapot"]  # "kapot" alone still matches
        assert find_answers("kliko").results == []
        group = SynonymGroupFactory(phrases="kliko, container")
        assert titles("kliko") == ["Mijn container is kapot"]
        group.is_active = False
        group.save()
        assert find_answers("kliko").results == []

    def test_multi_word_synonym(self, index):
        SynonymGroup.objects.all().delete()
        SynonymGroupFactory(phrases="adreswijziging, verhuizing doorgeven")
        answer(
            index,
            "Hoe geef ik mijn verhuizing door?",
            short_answer="Geef uw verhuizing door via DigiD.",
        )
        assert titles("adreswijziging") == ["Hoe geef ik mijn verhuizing door?"]

    def test_a_group_needs_two_phrases(self):
        group = SynonymGroup(phrases="alleen, ")
        with pytest.raises(Exception, match="twee"):
            group.full_clean()


@pytest.mark.django_db
class TestWhatIsNeverReturned:
    def test_unpublished_answer_disappears_at_once(self, index):
        page = answer(index, "Wat kost een rijbewijs?")
        assert titles("rijbewijs") == ["Wat kost een rijbewijs?"]
        page.unpublish()
        assert titles("rijbewijs") == []

    def test_private_answer_is_not_returned(self, index):
        page = answer(index, "Wat kost een rijbewijs?")
        PageViewRestriction.objects.create(
            page=page, restriction_type="password", password="geheim"
        )
        assert titles("rijbewijs") == []

    def test_newly_published_answer_is_found_at_once(self, index):
        assert titles("hondenbelasting") == []
        answer(index, "Hoeveel hondenbelasting betaal ik?")
        assert titles("hondenbelasting") == ["Hoeveel hondenbelasting betaal ik?"]

    def test_internal_notes_are_not_searched(self, index):
        answer(
            index,
            "Wat kost een rijbewijs?",
            internal_notes="<p>Zie de tarieventabel in Zaaksysteem.</p>",
        )
        assert titles("zaaksysteem") == []


@pytest.mark.django_db
class TestPromotionsAndFailures:
    def test_promoted_answer_comes_first(self, index):
        answer(index, "Hoe vraag ik een paspoort aan?")
        promoted = answer(index, "Kan ik met spoed een reisdocument krijgen?")
        query = Query.objects.create(query_string="paspoort")
        SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
        results = find_answers("Paspoort").results
        assert results[0].title == "Kan ik met spoed een reisdocument krijgen?"
        assert results[0].promoted

    def test_searching_does_not_store_queries(self, index):
        answer(index, "Hoe vraag ik een paspoort aan?")
        find_answers("mijn bsn is 123456782 paspoort")
        assert not Query.objects.exists()

    def test_broken_engine_falls_back_to_question_fields(self, index, monkeypatch, caplog):
        answer(index, "Hoe vraag ik een paspoort aan?")

        def broken(self, text, limit):
            raise ConnectionError("engine down")

        monkeypatch.setattr(DatabaseEngine, "candidates", broken)
        assert titles("paspoort") == ["Hoe vraag ik een paspoort aan?"]
        assert "engine failed" in caplog.text.lower()

    @pytest.mark.parametrize(
        "query",
        [
            "",
            "   ",
            "?!.,",
            "AND OR NOT",
            'NEAR("a" b*)',
            "title:paspoort -x",
            "x" * 10_000,
            "🙂",
            "\x00",
            "مرحبا",
        ],
    )
    def test_bad_input_gives_no_error(self, index, query):
        answer(index, "Hoe vraag ik een paspoort aan?")
        assert isinstance(find_answers(query).results, list)


@pytest.mark.django_db
def test_audience_filter(index):
    answer(index, "Welke vergunning heeft mijn bedrijf nodig?", audience="ondernemers")
    answer(index, "Welke vergunning heb ik nodig voor een dakkapel?", audience="inwoners")
    assert titles("vergunning", audience="ondernemers") == [
        "Welke vergunning heeft mijn bedrijf nodig?"
    ]


@pytest.mark.django_db
def test_suggestions_complete_every_typed_word(index):
    answer(index, "Hoe vraag ik een parkeervergunning aan?")
    answer(index, "Wat kost parkeren in het centrum?")
    assert [s["title"] for s in suggest_questions("parkeerv")] == [
        "Hoe vraag ik een parkeervergunning aan?"
    ]
    assert len(suggest_questions("park")) == 2
    assert suggest_questions("") == []


@pytest.mark.django_db
def test_the_engine_gives_answers_it_ranks_equally_in_the_same_order_every_time(index):
    # Six answers the engine cannot tell apart, the first two republished: the database's
    # sort keeps no order among equals, so without a tie-break the order changes with where
    # the rows happen to lie.
    answers = [answer(index, "Hoe verleng ik mijn rijbewijs?") for _ in range(6)]
    for page in answers[:2]:
        page.save_revision().publish()
    assert DatabaseEngine().candidates("rijbewijs", 10) == [page.pk for page in answers]


def seqscan_after_an_engine_query(index) -> str:
    """enable_seqscan after the engine's query, which turns it off for itself."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has no planner settings")
    passport = answer(index, "Hoe vraag ik een paspoort aan?")
    assert DatabaseEngine().candidates("paspoort", 10) == [passport.pk]
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_the_database_engine_leaves_the_planner_settings_as_they_were(index):
    # A request that runs inside a transaction must get the usual planner back for the rest
    # of it.
    assert connection.in_atomic_block
    assert seqscan_after_an_engine_query(index) == "on"


# serialized_rollback: see tests/conftest.py, pytest_runtest_teardown.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_outside_a_transaction_the_planner_settings_end_with_the_engine_query(index):
    # A request in autocommit: the engine's own transaction ends its setting, without the
    # extra round trip of a RESET.
    assert not connection.in_atomic_block
    assert seqscan_after_an_engine_query(index) == "on"
