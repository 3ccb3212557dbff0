import pytest

from search.chat.dialogue import Outcome, respond
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory


@pytest.fixture
def licence_answers(index):
    return {
        "renew": AnswerPageFactory(
            parent=index,
            title="Hoe verleng ik mijn rijbewijs?",
            short_answer="U verlengt uw rijbewijs bij de gemeente.",
        ),
        "exchange": AnswerPageFactory(
            parent=index,
            title="Ik heb een buitenlands rijbewijs. Moet ik het omwisselen?",
            short_answer="Een rijbewijs uit een EU-land mag u houden.",
        ),
    }


@pytest.mark.django_db
class TestVagueAndSpecificQuestions:
    def test_a_vague_question_clarifies_with_the_most_focused_answer_first(self, licence_answers):
        turn = respond("Ik heb een vraag over mijn rijbewijs", {})
        assert turn.outcome == Outcome.CLARIFIED
        assert [result.title for result in turn.suggestions][0] == "Hoe verleng ik mijn rijbewijs?"

    def test_a_specific_question_gets_the_specific_answer_first(self, licence_answers):
        turn = respond("Ik wil mijn buitenlands rijbewijs omwisselen", {})
        first = turn.answer or turn.suggestions[0]
        assert first.title.startswith("Ik heb een buitenlands rijbewijs")


@pytest.mark.django_db
def test_when_unsure_five_questions_are_offered_and_three_beside_an_answer(index):
    for title in (
        "Hoe vraag ik een paspoort aan?",
        "Wat kost een paspoort?",
        "Hoe lang duurt het aanvragen van een paspoort?",
        "Mijn paspoort is kwijt. Wat nu?",
        "Hoe haal ik mijn paspoort op?",
        "Kan ik met spoed een paspoort krijgen?",
        "Hoe vraag ik een paspoort aan voor mijn kind?",
    ):
        AnswerPageFactory(parent=index, title=title)
    unsure = respond("paspoort", {})
    assert unsure.outcome == Outcome.CLARIFIED
    assert len(unsure.suggestions) == 5
    assert all("paspoort" in result.title for result in unsure.suggestions)
    sure = respond("Wat kost een paspoort?", {})
    assert sure.outcome == Outcome.ANSWERED
    assert len(sure.suggestions) == 3


@pytest.fixture
def passport_answers(index):
    return {
        "cost": AnswerPageFactory(
            parent=index, title="Wat kost een paspoort?", short_answer="Een paspoort kost € 86,50."
        ),
        "apply": AnswerPageFactory(
            parent=index,
            title="Hoe vraag ik een paspoort aan?",
            short_answer="U maakt een afspraak en haalt het paspoort na 5 werkdagen op.",
            body=[
                {"type": "heading", "value": "Hoe lang duurt het?"},
                {"type": "paragraph", "value": "<p>Na 5 werkdagen is uw paspoort klaar.</p>"},
            ],
        ),
        "permit": AnswerPageFactory(
            parent=index,
            title="Wat kost een omgevingsvergunning en hoe lang duurt het?",
            short_answer="Dat hangt af van uw plan.",
        ),
        "id_card": AnswerPageFactory(
            parent=index,
            title="Hoe vraag ik een ID-kaart aan?",
            short_answer="U vraagt een ID-kaart aan bij de balie.",
        ),
        "id_card_cost": AnswerPageFactory(
            parent=index,
            title="Wat kost een ID-kaart?",
            short_answer="Een ID-kaart kost € 73,35.",
        ),
    }


@pytest.mark.django_db
class TestFollowUp:
    def test_a_follow_up_stays_with_the_topic_of_the_previous_answer(self, passport_answers):
        state = {}
        first = respond("wat kost een paspoort", state)
        assert first.answer.title == "Wat kost een paspoort?"

        follow_up = respond("en hoe lang duurt het?", state)

        shown = follow_up.answer or follow_up.suggestions[0]
        assert "paspoort" in shown.title


@pytest.fixture
def everyday_answers(index):
    """Answers in a few subjects, as in the cases citizens ran into (issue #20)."""
    titles = {
        "lost": "Mijn paspoort of ID-kaart is kwijt of gestolen. Wat moet ik doen?",
        "apply": "Hoe vraag ik een paspoort aan?",
        "child": "Hoe vraag ik een paspoort aan voor mijn kind?",
        "abroad": "Ik woon in het buitenland. Waar vraag ik een paspoort aan?",
        "cost": "Wat kost een paspoort of ID-kaart?",
        "permit": "Wat kost een omgevingsvergunning en hoe lang duurt het?",
        "dog_tax": "Hoeveel hondenbelasting betaal ik?",
        "dog": "Hoe meld ik mijn hond aan of af?",
        "bulky": "Hoe laat ik grofvuil ophalen?",
        "waste": "Wanneer wordt mijn afval opgehaald?",
        "pick_up": "Hoe haal ik mijn paspoort of ID-kaart op?",
    }
    return {
        key: AnswerPageFactory(parent=index, title=title, short_answer=f"Antwoord: {title}")
        for key, title in titles.items()
    }


@pytest.mark.django_db
class TestConversation:
    """A follow-up is resolved against the subject of the previous answer (issue #20)."""

    def test_a_follow_up_moves_to_the_sibling_about_what_is_asked(self, everyday_answers):
        state = {}
        assert respond("Ik ben mijn paspoort kwijt", state).answer.title.startswith("Mijn paspoort")
        follow_up = respond("en wat kost dat?", state)
        assert follow_up.outcome == Outcome.ANSWERED
        assert follow_up.answer.title == "Wat kost een paspoort of ID-kaart?"
        assert follow_up.follow_up

    def test_after_options_the_follow_up_stays_with_their_subject(self, everyday_answers):
        state = {}
        assert respond("paspoort aanvragen", state).outcome == Outcome.CLARIFIED
        follow_up = respond("en hoe lang duurt het?", state)
        shown = [follow_up.answer] if follow_up.answer else []
        shown += follow_up.suggestions
        assert all("paspoort" in result.title for result in shown)

    def test_an_off_topic_question_gets_no_suggestions_from_the_old_subject(self, everyday_answers):
        state = {}
        assert respond("hoeveel hondenbelasting betaal ik", state).outcome == Outcome.ANSWERED
        turn = respond("hoe laat is het in China?", state)
        assert turn.outcome == Outcome.HANDED_OVER
        assert not [result for result in turn.suggestions if "hond" in result.title]

    def test_an_aspect_of_a_subject_with_one_answer_stays_with_that_answer(self, everyday_answers):
        # Only one answer is about "grofvuil"; its text says what it costs. The costs of a
        # passport or a permit are no answer to this follow-up.
        state = {}
        assert respond("Hoe laat ik grofvuil ophalen?", state).outcome == Outcome.ANSWERED
        turn = respond("en wat kost dat?", state)
        assert turn.follow_up
        assert turn.outcome == Outcome.CLARIFIED
        assert [result.title for result in turn.suggestions] == ["Hoe laat ik grofvuil ophalen?"]

    def test_an_aspect_can_lead_to_another_subject_of_the_same_department(
        self, index, everyday_answers
    ):
        taxes = DepartmentFactory(name="Belastingen")
        for title in (
            "Kan ik kwijtschelding krijgen?",
            "Kan ik mijn aanslag in termijnen betalen?",
        ):
            AnswerPageFactory(parent=index, title=title, owner_department=taxes)
        state = {}
        assert respond("Kan ik kwijtschelding krijgen?", state).outcome == Outcome.ANSWERED
        turn = respond("kan ik het ook in termijnen betalen?", state)
        assert turn.follow_up
        offered = [turn.answer] if turn.answer else []
        offered += turn.suggestions
        assert "Kan ik mijn aanslag in termijnen betalen?" in [result.title for result in offered]

    @pytest.fixture
    def after_the_wedding_answer(self, index, everyday_answers):
        """A conversation just answered with the wedding answer, which has a sibling naming
        its subject by a synonym ("trouwen" and "huwelijk" are one group of the starter list)."""
        AnswerPageFactory(parent=index, title="Hoe regel ik mijn huwelijk?")
        AnswerPageFactory(parent=index, title="Wat kost trouwen?")
        state = {}
        assert respond("Hoe regel ik mijn huwelijk?", state).outcome == Outcome.ANSWERED
        return state

    def test_a_follow_up_finds_the_sibling_that_names_the_subject_by_a_synonym(
        self, after_the_wedding_answer
    ):
        turn = respond("en wat kost dat?", after_the_wedding_answer)
        assert turn.follow_up
        assert turn.answer.title == "Wat kost trouwen?"

    def test_an_off_topic_follow_up_in_a_subject_with_siblings_is_handed_over(
        self, after_the_wedding_answer
    ):
        turn = respond("en wie wint het WK voetbal?", after_the_wedding_answer)
        assert turn.outcome == Outcome.HANDED_OVER
        assert not [result for result in turn.suggestions if "trouwen" in result.title]

    def test_a_new_subject_resets_the_context(self, everyday_answers):
        state = {}
        respond("Hoe vraag ik een paspoort aan?", state)
        turn = respond("wanneer wordt het grofvuil opgehaald", state)
        shown = [turn.answer] if turn.answer else []
        shown += turn.suggestions
        assert shown[0].title == "Hoe laat ik grofvuil ophalen?"
        assert not turn.follow_up
        # The next follow-up is about the new subject.
        assert state["topic"] == "grofvuil"


@pytest.mark.django_db
def test_typing_an_answers_question_exactly_gets_that_answer(passport_answers):
    turn = respond("Hoe vraag ik een ID-kaart aan?", {})
    assert turn.outcome == Outcome.ANSWERED
    assert turn.answer.title == "Hoe vraag ik een ID-kaart aan?"


@pytest.mark.parametrize(
    ("count", "foreign", "reply"),
    [
        (1, False, "Bedoelt u deze vraag?"),
        (3, False, "Bedoelt u een van deze vragen?"),
        (1, True, "Bedoelt u deze vraag? Het antwoord is in het Nederlands."),
        (2, True, "Bedoelt u een van deze vragen? De antwoorden zijn in het Nederlands."),
    ],
)
@pytest.mark.django_db
def test_the_clarifying_question_counts_its_options(monkeypatch, count, foreign, reply):
    from search import judgement
    from search.chat import dialogue
    from search.retrieval import Result

    results = [Result(number, None, f"Vraag {number}", "/", "", 0.6) for number in range(count)]
    judged = judgement.Judgement(
        judgement.Verdict.OPTIONS, results, judgement.Evidence(foreign=foreign)
    )
    monkeypatch.setattr(dialogue, "understood_judgement", lambda message, state: (judged, False))
    turn = respond("hoeveel kost het?", {})
    assert (turn.reply, len(turn.suggestions)) == (reply, count)


@pytest.mark.django_db
def test_the_chat_searches_the_question_as_the_website_would(monkeypatch, passport_answers):
    """The model reads capitals and punctuation ("Marokko", a sentence ending in "?"): the chat
    searched a lowercased line without them, and judged some questions otherwise than the
    website, which searches what was typed. Only the greeting goes."""
    from search.chat import dialogue

    searched = []

    def judge(question, **kwargs):
        searched.append(question)
        return real_judge(question, **kwargs)

    real_judge = dialogue.judge
    monkeypatch.setattr(dialogue, "judge", judge)
    respond("Goedemiddag, Wat kost een paspoort in Nederland?", {})
    assert searched[0] == "Wat kost een paspoort in Nederland?"


@pytest.mark.django_db
def test_an_aspect_asked_out_of_the_blue_gets_options_not_a_guess(monkeypatch):
    """ "hoe lang duurt het?" as the first message: how long does what take? The answer its
    words fit best is a guess; "Bedoelt u ...?" lets the citizen say."""
    from search import judgement
    from search.chat import dialogue
    from search.retrieval import Result

    found = [Result(1, None, "Hoe lang duurt een omgevingsvergunning?", "/", "", 0.9)]
    sure = judgement.Judgement(judgement.Verdict.ANSWER, found, judgement.Evidence())
    monkeypatch.setattr(dialogue, "judge", lambda *args, **kwargs: sure)
    assert respond("Hoe lang duurt het?", {}).outcome == Outcome.CLARIFIED
    # A subject named makes it a question of its own.
    assert respond("Hoe lang duurt een omgevingsvergunning?", {}).outcome == Outcome.ANSWERED


@pytest.mark.django_db
def test_when_it_is_open_is_asked_of_the_municipality(monkeypatch):
    """ "wanneer zijn jullie open?" offered a Woo request and a loose paving stone."""
    from search import judgement
    from search.chat import dialogue
    from search.retrieval import Result

    found = [Result(1, None, "Wat zijn de openingstijden van het Stadhuis?", "/", "", 0.8)]
    sure = judgement.Judgement(judgement.Verdict.ANSWER, found, judgement.Evidence())
    monkeypatch.setattr(dialogue, "judge", lambda *args, **kwargs: sure)
    for message in ("wanneer zijn jullie open?", "openingstijden"):
        assert respond(message, {}).outcome == Outcome.ANSWERED


@pytest.mark.parametrize(
    ("verdict", "offered"),
    [
        # "hond": the two dog answers, not also a bin not emptied and remission of taxes.
        ("clarified", ["Hoe meld ik mijn hond aan of af?", "Hoeveel hondenbelasting betaal ik?"]),
        # Beside an answer: the related question, not the far ones.
        ("answered", ["Hoeveel hondenbelasting betaal ik?"]),
        # A hand-over offers what little there is.
        (
            "handed_over",
            [
                "Hoe meld ik mijn hond aan of af?",
                "Hoeveel hondenbelasting betaal ik?",
                "Mijn container is niet geleegd. Wat nu?",
                "Kan ik kwijtschelding krijgen?",
            ],
        ),
    ],
)
@pytest.mark.django_db
def test_only_answers_the_website_would_list_are_offered(monkeypatch, verdict, offered):
    from search import judgement
    from search.chat import dialogue
    from search.retrieval import Result

    scores = {
        "Hoe meld ik mijn hond aan of af?": 0.84,
        "Hoeveel hondenbelasting betaal ik?": 0.78,
        "Mijn container is niet geleegd. Wat nu?": 0.37,
        "Kan ik kwijtschelding krijgen?": 0.34,
    }
    results = [
        Result(number, None, title, "/", "", score)
        for number, (title, score) in enumerate(scores.items())
    ]
    judged = judgement.Judgement(verdict, results, judgement.Evidence())
    monkeypatch.setattr(dialogue, "understood_judgement", lambda message, state: (judged, False))
    turn = respond("hond", {})
    assert [suggestion.title for suggestion in turn.suggestions] == offered


@pytest.mark.parametrize(
    ("foreign", "reply"),
    [
        (False, "Daar heb ik geen goed antwoord op. Een medewerker helpt u graag verder:"),
        (
            True,
            "Daar heb ik geen goed antwoord op. Stel uw vraag in het Nederlands als dat kan. "
            "Een medewerker helpt u graag verder:",
        ),
    ],
)
@pytest.mark.django_db
def test_a_hand_over_in_another_language_asks_for_dutch(monkeypatch, foreign, reply):
    from search import judgement
    from search.chat import dialogue
    from search.retrieval import Result

    weak = [Result(1, None, "Hoe vraag ik een parkeervergunning aan?", "/", "", 0.35)]
    judged = judgement.Judgement(
        judgement.Verdict.NOTHING, weak, judgement.Evidence(foreign=foreign)
    )
    monkeypatch.setattr(dialogue, "understood_judgement", lambda message, state: (judged, False))
    assert respond("Can I speak English? I need a parking permit", {}).reply == reply


@pytest.mark.django_db
def test_what_to_bring_after_an_answer_is_about_its_subject(index):
    """ "wat moet ik meenemen" after the passport answer went to "Mag ik vuurwerk uit het
    buitenland meenemen?": aspect words alone name no other subject."""
    AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een paspoort aan?",
        short_answer="U vraagt een paspoort aan bij de balie. Neem een pasfoto mee.",
    )
    AnswerPageFactory(
        parent=index,
        title="Mag ik vuurwerk uit het buitenland meenemen naar Nederland?",
        short_answer="Nee, vuurwerk uit het buitenland mag u niet meenemen.",
    )
    state = {}
    assert respond("paspoort aanvragen", state).answer.title == "Hoe vraag ik een paspoort aan?"
    turn = respond("wat moet ik meenemen", state)
    shown = [turn.answer] if turn.answer else turn.suggestions
    assert shown[0].title == "Hoe vraag ik een paspoort aan?"
    assert "vuurwerk" not in " ".join(result.title for result in shown[:1])
