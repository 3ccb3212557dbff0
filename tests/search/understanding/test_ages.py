import pytest

from search.understanding import understand
from search.understanding.ages import minor_ages


def ages(text):
    return minor_ages(understand(text).normalised.split())


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("mag mijn zoon van 14 vuurwerk kopen", "14"),
        ("mijn dochter (15) gaat naar Amerika", "15"),
        ("mijn zoon is 16 en wil stoppen met school", "16"),
        ("ik ben net 17 geworden", "17"),
        ("id kaart voor me dochter van 12 jaar", "12"),
        ("hij wordt 12 jaar oud", "12"),
    ],
)
def test_a_childs_age_is_read(text, age):
    assert ages(text) == [age]


@pytest.mark.parametrize(
    "text",
    [
        "ons zoontje is 3 weken oud",
        "ik ben 2 maanden geleden verhuisd",
        "ik ben nu bijna 2 jaar ziek",
        "een bord van 80 waar 50 stond",
        "binnen 14 dagen betalen",
        "ik ga met mijn 2 kinderen op reis",
        "mijn zoon is 19",
    ],
)
def test_other_numbers_and_adults_are_no_childs_age(text):
    assert ages(text) == []


def test_a_childs_age_is_searched_as_minor_too():
    assert "minderjarig" in understand("paspoort voor mijn dochter van 12").expanded_text().split()
