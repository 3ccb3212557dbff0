from kennisbank.content.bodytext import (
    AnswerReference,
    first_sentences,
    parse,
    richtext_to_text,
    text_to_richtext,
)

BODY = """## Wat heeft u nodig?
U heeft dit nodig:
- uw oude paspoort
- een pasfoto

1. Maak een afspraak.
2. Kom naar het Stadhuis.

Kijk op [de site van de RDW](https://www.rdw.nl) voor meer.

[contact]

[antwoord: id-kaart-aanvragen | Een ID-kaart aanvragen]

[knop: Maak een afspraak | /afspraak/]"""


def test_parse_recognises_every_block_type():
    assert parse(BODY) == [
        ("heading", "Wat heeft u nodig?"),
        ("paragraph", "<p>U heeft dit nodig:</p>"),
        ("list", ["uw oude paspoort", "een pasfoto"]),
        ("steps", ["Maak een afspraak.", "Kom naar het Stadhuis."]),
        (
            "paragraph",
            '<p>Kijk op <a href="https://www.rdw.nl">de site van de RDW</a> voor meer.</p>',
        ),
        ("contact", {"intro": ""}),
        ("answer_link", AnswerReference("id-kaart-aanvragen", "Een ID-kaart aanvragen")),
        ("call_to_action", {"label": "Maak een afspraak", "url": "/afspraak/"}),
    ]


def test_lines_of_one_paragraph_are_joined_and_blank_lines_separate():
    assert parse("Eerste regel\ntweede regel.\n\nNieuwe alinea.") == [
        ("paragraph", "<p>Eerste regel tweede regel.</p>"),
        ("paragraph", "<p>Nieuwe alinea.</p>"),
    ]


def test_html_in_text_is_escaped_not_interpreted():
    [(kind, value)] = parse("<script>alert(1)</script> & meer")
    assert kind == "paragraph"
    assert "<script>" not in value
    assert "&lt;script&gt;" in value


def test_javascript_links_are_not_turned_into_links():
    [(_, value)] = parse("[klik](javascript:alert(1))")
    assert "<a " not in value


def test_a_decimal_number_is_not_a_step():
    assert parse("3.5 kilo afval") == [("paragraph", "<p>3.5 kilo afval</p>")]


def test_internal_notes_round_trip_through_rich_text():
    notes = "Controleer eerst de BRP.\n\n- punt een\n- punt twee\n\n1. eerst dit\n2. dan dat\n\nZie [handboek](https://intranet.example/a)."
    assert richtext_to_text(text_to_richtext(notes)) == notes


def test_rich_text_made_in_the_editor_becomes_readable_text():
    html = '<p>Eerst <b>dit</b>,<br/>dan <a href="https://x.example">dat</a>.</p><ol><li>een</li><li>twee</li></ol>'
    assert richtext_to_text(html) == "Eerst dit, dan [dat](https://x.example).\n\n1. een\n2. twee"


def test_first_sentences_stay_within_the_limit():
    text = "Eerste zin. Tweede zin is wat langer. Derde zin."
    assert first_sentences(text, 30) == "Eerste zin."
    assert first_sentences(text, 300) == text
    assert first_sentences("x" * 400, 300).endswith("…")
    assert len(first_sentences("woord " * 100, 300)) <= 300
