import pytest

from search.index import QuestionIndex, get_index
from search.models import SynonymGroup
from search.ranking import LIGHT_VERB_FACTOR, SYNONYM_FACTOR, _rarity, query_words
from search.understanding import understand
from tests.kennisbank.factories import AnswerPageFactory
from tests.search.factories import SynonymGroupFactory


def weights(query):
    index = get_index()
    understood = understand(query, index.vocabulary, index.synonyms)
    return {word.word: word.weight for word in query_words(understood, index)}


def test_a_light_verb_counts_for_less_than_what_is_asked_about(monkeypatch):
    # "zetten" says how, not what: "een bord op de stoep zetten" is about the sign. (How
    # everyday each word is in Dutch is left out here; it has its own test.)
    monkeypatch.setattr("search.ranking._everyday_factor", lambda word, known: 1.0)
    words = {
        word.word: word.weight
        for word in query_words(understand("bord op de stoep zetten"), QuestionIndex())
    }
    assert words["zetten"] == pytest.approx(LIGHT_VERB_FACTOR * words["bord"])
    assert words["stoep"] == words["bord"]


@pytest.mark.django_db
def test_everyday_words_count_for_less_than_the_topic(index):
    # Each word is in one answer's question, so only how everyday it is in Dutch differs:
    # "loopt slecht" is how people talk, the parking card is what is asked about.
    AnswerPageFactory(parent=index, title="Mijn bedrijf loopt slecht. Welke hulp is er?")
    AnswerPageFactory(parent=index, title="Hoe vraag ik een gehandicaptenparkeerkaart aan?")
    words = weights("mijn man loopt slecht, kan hij een gehandicaptenparkeerkaart krijgen")
    assert words["gehandicaptenparkeerkaart"] > words["loopt"] > words["slecht"]


@pytest.mark.django_db
def test_a_rare_word_no_answer_uses_lowers_confidence_more_than_an_everyday_one(index):
    AnswerPageFactory(parent=index, title="Hoe maak ik een afspraak?")
    words = weights("vandaag afspraak griepprik")
    assert words["griepprik"] > 2 * words["vandaag"]


@pytest.mark.django_db
def test_the_words_of_a_synonym_phrase_share_one_weight(index):
    # "groene bak" is one thing: counted as two words it would outweigh "niet geleegd" in
    # "mijn groene bak is niet geleegd".
    SynonymGroup.objects.all().delete()
    AnswerPageFactory(parent=index, title="Wat mag er in de gft-bak?")
    AnswerPageFactory(parent=index, title="Mijn container is niet geleegd")
    AnswerPageFactory(parent=index, title="Welke kleur heeft de groene container?")
    alone = weights("groene bak geleegd")
    SynonymGroupFactory(phrases="gft-bak, groene bak")
    together = weights("groene bak geleegd")
    assert together["groene"] + together["bak"] == pytest.approx(max(alone["groene"], alone["bak"]))
    assert together["geleegd"] == alone["geleegd"]


@pytest.mark.django_db
def test_words_after_an_inseparable_prefix_are_not_joined(index):
    # "niet ver lopen" (walk far) is no "verlopen" (expired); "parkeer vergunning" is one word.
    AnswerPageFactory(parent=index, title="Mijn paspoort is verlopen")
    AnswerPageFactory(parent=index, title="Hoe vraag ik een parkeervergunning aan?")
    index_ = get_index()

    def alternatives(query):
        understood = understand(query, index_.vocabulary, index_.synonyms)
        return {
            stems for word in query_words(understood, index_) for stems, _f in word.alternatives
        }

    assert ("verlop",) not in alternatives("hij kan niet ver lopen")
    assert ("parkeervergunn",) in alternatives("parkeer vergunning")


@pytest.mark.django_db
def test_a_word_found_as_its_broader_word_counts_no_more_than_that_word(index):
    # "dochter" is in one answer, "kind" in three: an answer that only mentions a child must
    # not count as if it were about daughters.
    AnswerPageFactory(parent=index, title="Mag mijn dochter alleen op reis?")
    for title in ("Kinderbijslag voor uw kind", "Een kind erkennen", "Paspoort voor een kind"):
        AnswerPageFactory(parent=index, title=title)
    index_ = get_index()
    understood = understand("paspoort voor mijn dochter", index_.vocabulary, index_.synonyms)
    words = {word.word: word for word in query_words(understood, index_)}
    as_child = dict(words["dochter"].alternatives)[("kind",)]
    kind = _rarity(index_, index_.document_frequency("kind"))
    assert kind < words["dochter"].weight
    assert as_child * words["dochter"].weight == pytest.approx(SYNONYM_FACTOR * kind)
