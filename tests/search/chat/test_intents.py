import pytest

from search.chat.intents import (
    Intent,
    chosen_option,
    classify,
    is_follow_up,
    question_text,
    strip_pleasantries,
)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Hallo", Intent.GREETING),
        ("goedemorgen!", Intent.GREETING),
        ("Dank je wel!", Intent.THANKS),
        ("super bedankt", Intent.THANKS),
        ("doei", Intent.GOODBYE),
        ("Kan ik een medewerker spreken?", Intent.PERSON),
        ("ik wil iemand spreken", Intent.PERSON),
        ("mens", Intent.PERSON),
        ("Ik wil met een echt persoon praten", Intent.PERSON),
        ("ik wil een medewerker", Intent.PERSON),
        ("Ik wil graag een medewerker spreken.", Intent.PERSON),
        ("bel mij terug", Intent.PERSON),
        ("Can I speak to a person?", Intent.PERSON),
        ("talk to a human please", Intent.PERSON),
        # Someone else is the subject here, not a person to talk to.
        ("Kan ik iemand inschrijven op mijn adres?", Intent.QUESTION),
        ("mag ik iemand machtigen", Intent.QUESTION),
        ("Kan ik een persoon aanmelden voor de voedselbank?", Intent.QUESTION),
        ("Hoe vraag ik een paspoort aan?", Intent.QUESTION),
        ("Hallo, ik ben mijn paspoort kwijt", Intent.QUESTION),
        ("Wanneer is de milieustraat open?", Intent.QUESTION),
        # Noise: meaning finds a nearest answer for anything, which came back as options.
        ("y" * 300, Intent.NO_WORDS),
        ("hahahaha", Intent.NO_WORDS),
        ("kankerzooi kankerzooi kankerzooi", Intent.NO_WORDS),
        # A repeated word that says something still says it.
        ("help help help", Intent.HELP),
        ("medewerker medewerker medewerker", Intent.PERSON),
        ("hallo hallo hallo", Intent.GREETING),
        ("paspoort yyyyyyyy", Intent.QUESTION),
        ("help", Intent.HELP),
        ("Hallo, ik heb een vraag", Intent.HELP),
        ("hulp bij schulden", Intent.QUESTION),
        ("Ben je een robot?", Intent.ABOUT),
    ],
)
def test_classify(message, intent):
    assert classify(message) == intent


def test_greetings_are_stripped_before_searching():
    assert (
        strip_pleasantries("Hallo, goedemorgen. Ik ben mijn paspoort kwijt!")
        == "ik ben mijn paspoort kwijt"
    )
    assert strip_pleasantries("Wat kost een paspoort?") == "wat kost een paspoort"


@pytest.mark.parametrize(
    ("message", "question"),
    [
        # Capitals and punctuation carry meaning for the model: they stay.
        ("Wat kost een paspoort?", "Wat kost een paspoort?"),
        ("  Mijn vriendin woont in Marokko.  ", "Mijn vriendin woont in Marokko."),
        ("Goedemiddag, mijn dochter gaat naar de crèche.", "mijn dochter gaat naar de crèche."),
        ("Hallo, goedemorgen. Ik ben mijn paspoort kwijt!", "Ik ben mijn paspoort kwijt!"),
        ("Hoi hoi... Mijn ID-kaart is weg!", "Mijn ID-kaart is weg!"),
        ("Dank je wel! En wat kost dat?", "En wat kost dat?"),
        # A greeting word inside the question is part of it.
        ("Ik wil de buurman even hallo zeggen", "Ik wil de buurman even hallo zeggen"),
        ("hallo", ""),
    ],
)
def test_the_question_is_kept_as_typed_without_its_greeting(message, question):
    assert question_text(message) == question


def test_a_long_message_after_a_greeting_is_still_searched():
    question = question_text("Hallo, " + "Mijn paspoort is kwijt. " * 100)
    assert question.lower().startswith("mijn paspoort is kwijt")


@pytest.mark.parametrize(
    ("message", "follow_up"),
    [
        ("en wat kost dat?", True),
        ("hoe lang duurt het?", True),
        (
            "Hoe vraag ik een parkeervergunning aan voor mijn auto en mijn bestelbus in de binnenstad?",
            False,
        ),
        ("paspoort kwijt", False),
    ],
)
def test_follow_up(message, follow_up):
    assert is_follow_up(message) is follow_up


@pytest.mark.parametrize(
    "message, intent",
    [
        ("Nee", Intent.NO),
        ("nee.", Intent.NO),
        ("Dat bedoel ik niet", Intent.NO),
        ("ja", Intent.YES),
        ("Ja, bedankt!", Intent.YES),
        ("nee dank u", Intent.GOODBYE),
        # A sentence after "nee" is a question of its own.
        ("nee, ik bedoel de parkeervergunning", Intent.QUESTION),
    ],
)
def test_yes_and_no(message, intent):
    assert classify(message) == intent


@pytest.mark.parametrize(
    ("message", "option"),
    [
        ("1", 1),
        ("de eerste", 1),
        ("De tweede vraag", 2),
        ("nummer 3.", 3),
        ("2e", 2),
        ("de laatste", -1),
        ("Ja, de eerste graag", 1),
        ("the second one", 2),
        # Questions that start like a choice.
        ("de eerste keer een paspoort", None),
        ("tweede hands fiets", None),
        ("een vraag", None),
        ("paspoort", None),
    ],
)
def test_a_choice_from_the_options(message, option):
    assert chosen_option(message) == option
