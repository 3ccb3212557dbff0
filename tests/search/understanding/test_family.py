import pytest

from search.understanding import understand
from search.understanding.family import family_roles


def roles(text):
    return family_roles(understand(text).normalised.split())


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ik ben alleenstaande moeder", [("moeder", "ouder")]),
        ("mijn vader is overleden", [("vader", "ouder")]),
        ("mijn zoon wil stoppen met school", [("zoon", "kind")]),
        ("mijn dochtertje gaat naar de opvang", [("dochtertje", "kind")]),
        ("mijn man heeft een uitkering", [("man", "partner")]),
        ("haar vriend woont in Marokko", [("vriend", "partner")]),
        ("mijn echtgenote is overleden", [("echtgenote", "partner")]),
    ],
)
def test_a_family_member_is_read_as_the_word_the_answers_use(text, role):
    assert roles(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "ik ben een zwangere vrouw",
        "een vriend van mij zoekt werk",
        "welke man moet ik bellen",
    ],
)
def test_a_man_woman_or_friend_without_possessive_is_no_partner(text):
    assert roles(text) == []


def test_a_family_member_is_searched_as_the_broader_word_too():
    expanded = understand("krijg ik iets extra als alleenstaande moeder").expanded_text().split()
    assert "ouder" in expanded


def test_a_child_with_an_age_is_read_as_a_minor_only():
    # The age says it is a child already: read as "kind" too, the child would count twice
    # and outweigh what is asked ("wat kost een ID-kaart voor mijn dochter van 12").
    assert understand("id kaart voor mijn dochter van 12").broader == (("12", "minderjarig"),)
    assert understand("id kaart voor mijn dochter").broader == (("dochter", "kind"),)
