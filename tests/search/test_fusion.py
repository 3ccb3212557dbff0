import pytest

from search.fusion import (
    QUESTION_USUAL_LEAD,
    FusionSettings,
    answer_similarity,
    best,
    fuse,
    generic_share,
    lead,
    near_best,
    semantic_share,
    with_latent,
    with_question,
)

FUSION = FusionSettings(weight=0.5, floor=0.7, ceiling=0.9)


def test_similarities_map_onto_zero_to_one_with_fixed_bounds():
    assert semantic_share(0.6, FUSION) == 0.0
    assert semantic_share(0.8, FUSION) == pytest.approx(0.5)
    assert semantic_share(0.95, FUSION) == 1.0


def test_an_answer_both_rankings_like_beats_one_only_words_like():
    scores = fuse({1: 0.8, 2: 0.9}, {1: 0.9, 2: 0.7}, FUSION)
    assert best(scores) == 1
    assert scores[1] > scores[2]


def test_meaning_alone_can_bring_in_an_answer_the_words_missed():
    scores = fuse({1: 0.3}, {1: 0.72, 2: 0.88}, FUSION)
    assert set(scores) == {1, 2}
    assert scores[2] > scores[1]


def test_scores_stay_between_zero_and_one():
    scores = fuse({1: 1.0, 2: 0.0}, {1: 0.99, 2: 0.1, 3: 0.5}, FUSION)
    assert all(0.0 <= value <= 1.0 for value in scores.values())
    assert scores[1] == 1.0


def test_an_answer_without_a_vector_keeps_its_words_score():
    # Published a moment ago and not embedded yet: not punished for it.
    assert fuse({1: 0.8}, {2: 0.9}, FUSION)[1] == 0.8


def test_weight_zero_or_no_vectors_is_words_only():
    lexical = {1: 0.4, 2: 0.6}
    assert fuse(lexical, {1: 0.95}, FusionSettings(weight=0.0)) == lexical
    assert fuse(lexical, {}, FUSION) == lexical


def test_best_is_stable_on_ties():
    assert best({5: 0.5, 3: 0.5}) == 3
    assert best({}) is None


def test_a_far_neighbour_without_a_word_in_common_is_dropped():
    assert fuse({1: 0.5}, {1: 0.6, 2: 0.5}, FUSION).keys() == {1}


def test_near_best_holds_the_ties_of_the_model():
    assert near_best({1: 0.90, 2: 0.895, 3: 0.85}, within=0.01) == {1, 2}
    assert near_best({}) == frozenset()


def test_lead_is_how_far_the_best_is_ahead_of_the_next():
    top, ahead = lead({1: 0.90, 2: 0.87, 3: 0.85})
    assert top == 0.90 and round(ahead, 3) == 0.03
    # One answer alone is ahead of nothing, so by all of its similarity.
    assert lead({1: 0.9}) == (0.9, 0.9)
    assert lead({}) == (0.0, 0.0)


def test_a_closer_question_raises_the_answer_by_its_weight_of_the_excess():
    # Questions are usually QUESTION_USUAL_LEAD closer than the passage; only more counts.
    passage = 0.80
    question = passage + QUESTION_USUAL_LEAD + 0.04
    assert with_question(passage, question, 0.5) == pytest.approx(0.82)
    assert with_question(passage, question, 1.0) == pytest.approx(0.84)


def test_a_question_only_as_close_as_questions_usually_are_changes_nothing():
    assert with_question(0.80, 0.80 + QUESTION_USUAL_LEAD, 0.5) == pytest.approx(0.80)


def test_a_question_further_away_or_none_lowers_nothing():
    # An answer serves all of its questions: one that does not fit is no evidence against it.
    assert with_question(0.80, 0.70, 0.5) == 0.80
    assert with_question(0.80, None, 0.5) == 0.80
    assert with_question(0.80, 0.95, 0.0) == 0.80


def test_an_answer_close_to_every_question_loses_its_weight_of_that_closeness():
    # The same answer, with and without a question that lifts it: the discount comes last.
    assert answer_similarity(0.80, None, 0.04, 0.5, 0.5) == pytest.approx(0.78)
    lifted = 0.80 + QUESTION_USUAL_LEAD + 0.04
    assert answer_similarity(0.80, lifted, 0.04, 0.5, 0.5) == pytest.approx(0.80)
    # A negative closeness (less generic than the average answer) raises it.
    assert answer_similarity(0.80, None, -0.02, 0.5, 1.0) == pytest.approx(0.82)
    assert answer_similarity(0.80, None, 0.04, 0.5, 0.0) == 0.80


def test_a_topic_of_one_or_two_words_is_not_discounted_for_being_generic():
    # "paspoort" means the answer about the passport as a whole, which is close to many
    # questions; "onze kliko is gejat, wat moet ik doen" tells a situation.
    assert generic_share("paspoort") == 0
    assert generic_share("parkeer vergunning") == 0
    assert generic_share("afval kalender 2026") == pytest.approx(1 / 3)
    assert generic_share("onze kliko is gejat, wat moet ik doen") == 1
    assert generic_share("") == 0


def test_latent_terms_move_an_answer_around_a_fixed_center():
    fusion = FusionSettings(latent_weight=0.2, latent_center=0.3)
    moved = with_latent({1: 0.85, 2: 0.85, 3: 0.85, 4: 0.85}, {1: 0.5, 2: 0.3, 3: 0.1}, fusion)
    # More shared terms than the center: up; as many: unmoved; fewer: down; none known: kept.
    assert moved[1] == pytest.approx(0.89)
    assert moved[2] == pytest.approx(0.85)
    assert moved[3] == pytest.approx(0.81)
    assert moved[4] == 0.85


def test_latent_terms_break_a_tie_in_meaning_without_lifting_every_question():
    fusion = FusionSettings(latent_weight=0.2, latent_center=0.3)
    # Two answers equally close in meaning: the one that shares the question's terms wins.
    tied = with_latent({1: 0.88, 2: 0.88}, {1: 0.4, 2: 0.2}, fusion)
    assert best(tied) == 1
    # A question no answer covers shares few terms with its nearest answer, which falls.
    uncovered = with_latent({3: 0.86}, {3: 0.15}, fusion)
    assert uncovered[3] < 0.86
