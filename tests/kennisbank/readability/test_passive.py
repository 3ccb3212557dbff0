"""Passive detection (kennisbank/readability/passive.py)."""

import pytest

from kennisbank.readability.passive import find_passives, is_participle
from kennisbank.readability.words import tokenise


def passives(text: str) -> list[tuple[str, str, str]]:
    tokens = tokenise(text)
    return [
        (tokens[p.auxiliary].text, tokens[p.participle].text, p.agent)
        for p in find_passives(text, tokens)
    ]


@pytest.mark.parametrize(
    ("text", "auxiliary", "participle"),
    [
        ("Het formulier wordt door de gemeente verwerkt.", "wordt", "verwerkt"),
        ("Uw aanvraag is goedgekeurd.", "is", "goedgekeurd"),
        ("Het besluit is gisteren genomen.", "is", "genomen"),
        ("Er wordt hard gewerkt aan de brug.", "wordt", "gewerkt"),
        ("De stempas wordt tussen 22 februari en 1 maart thuisbezorgd.", "wordt", "thuisbezorgd"),
        ("Het is belangrijk dat dit werk snel uitgevoerd wordt.", "wordt", "uitgevoerd"),
        ("Dit zijn taken die verricht moeten worden.", "worden", "verricht"),
    ],
)
def test_passive(text, auxiliary, participle):
    found = passives(text)
    assert [(aux, part) for aux, part, _ in found] == [(auxiliary, participle)]


@pytest.mark.parametrize(
    "text",
    [
        "Het wordt laat.",
        "Hij is ziek.",
        "Zij is vorig jaar verhuisd.",  # perfect tense with "zijn"
        "Hij heeft zijn werk gedaan.",  # "zijn" is a possessive here
        "Het is een verwarmd zwembad.",  # participle used as adjective
        "Het beleid is duidelijk.",  # noun shaped like a participle
        "Wat dit betekent is duidelijk.",  # present tense, not a participle
        "Het eten is gezond.",
        "Wij verwerken uw formulier binnen een week.",
    ],
)
def test_not_passive(text):
    assert passives(text) == []


def test_agent_after_door_is_reported():
    assert passives("Het formulier wordt door de gemeente verwerkt.")[0][2] == "de gemeente"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("gemaakt", True),
        ("aangemaakt", True),
        ("verwerkt", True),
        ("ontvangen", True),
        ("gemeente", False),
        ("betekent", False),
        ("veiligheid", False),
        ("laat", False),
    ],
)
def test_participle_shape(word, expected):
    assert is_participle(word) is expected
