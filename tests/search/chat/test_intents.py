import pytest

from search.chat.intents import Intent, classify, is_follow_up, strip_pleasantries


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
