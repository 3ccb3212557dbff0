import pytest

from search.understanding.language import is_foreign


@pytest.mark.parametrize(
    "text",
    [
        "I lost my passport, what should I do?",
        "parking permit",
        "Pasaportumu kaybettim, ne yapmalıyım?",
        "Zgubiłem paszport, co mam zrobić?",
        "Я загубив паспорт, що мені робити?",
        "فقدت جواز سفري، ماذا أفعل؟",
    ],
)
def test_questions_in_other_languages_are_foreign(text):
    assert is_foreign(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben mijn paspoort kwijt",
        "paspoort kwijt",
        "kliko kapot",
        "afvalstoffenheffng",  # a typo votes for neither language
        "Moet ik OZB betalen?",
        "Hallo, ik heb een vraag over mijn rijbewijs",
        "e-mail",
        "Wmo",
        "",
        "🙂",
        "aaaa",  # in a list of Polish words, but one key held down
        "xxxxxxxx",
    ],
)
def test_dutch_and_wordless_messages_are_not_foreign(text):
    assert not is_foreign(text)
