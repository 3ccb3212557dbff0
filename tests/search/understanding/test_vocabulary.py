import pickle

from search.understanding import Vocabulary


def test_from_texts_counts_normalised_words():
    vocabulary = Vocabulary.from_texts(["Uw ID-kaart aanvragen.", "De ID-kaart is 10 jaar geldig."])

    assert vocabulary.frequency("kaart") == 2
    assert vocabulary.frequency("id") == 2
    assert vocabulary.frequency("10") == 1
    assert "ID" not in vocabulary
    assert len(vocabulary) == 9


def test_min_count_leaves_out_rare_words():
    vocabulary = Vocabulary.from_texts(["paspoort paspoort paspoort", "paspoorrt"], min_count=2)

    assert "paspoort" in vocabulary
    assert "paspoorrt" not in vocabulary


def test_keys_are_normalised_and_merged():
    vocabulary = Vocabulary({"Paspoort": 3, "paspoort": 2, "ID-kaart": 4, "leeg": 0})

    assert vocabulary.frequency("paspoort") == 5
    assert vocabulary.frequency("kaart") == 4
    assert "leeg" not in vocabulary


def test_known_form_restores_the_documents_accents():
    vocabulary = Vocabulary({"financiële": 30, "financiele": 2, "café": 4})

    assert vocabulary.known_form("financiele") == "financiele"  # exact spelling first
    assert vocabulary.known_form("cafe") == "café"
    assert vocabulary.known_form("onbekend") is None


def test_a_word_typed_with_another_accent_gets_the_most_frequent_spelling():
    assert Vocabulary({"financiële": 30, "financiele": 2}).known_form("financiéle") == "financiële"
    assert Vocabulary({"cafe": 10, "café": 2}).known_form("cafè") == "cafe"
    assert Vocabulary({"cafe": 2, "café": 10}).known_form("cafè") == "café"


def test_iterates_over_words():
    assert sorted(Vocabulary({"b": 1, "a": 2})) == ["a", "b"]


def test_survives_pickling_for_caches():
    vocabulary = Vocabulary({"paspoort": 10, "verhuizing": 4})
    vocabulary.candidates("paspoord", 1)  # build the index before pickling

    restored = pickle.loads(pickle.dumps(vocabulary))  # noqa: S301 (our own bytes)

    assert restored.frequency("paspoort") == 10
    assert restored.candidates("paspoord", 1) == {"paspoort"}


def test_counts_of_single_words_give_the_same_vocabulary_without_tokenizing():
    # The search index counts words it tokenized itself; it skips tokenizing them again.
    counts = {"paspoort": 3, "financiële": 30, "financiele": 2, "leeg": 0}
    as_tokens, tokenized = Vocabulary(counts, tokens=True), Vocabulary(counts)
    assert sorted(as_tokens) == sorted(tokenized) == ["financiele", "financiële", "paspoort"]
    assert as_tokens.frequency("paspoort") == 3
    assert as_tokens.known_form("paspóort") == "paspoort"
