"""The copy button's text (search/workbench/plain_text.py): clean enough to paste into an
e-mail or chat reply."""

import pytest

from search.workbench.plain_text import answer_text
from tests.kennisbank.factories import published_answer


def absolute(path):
    return "https://www.voorbeeldstad.example" + path


CHANNELS = [{"name": "Telefoon", "contact": "14 0123"}, {"name": "E-mail", "contact": "info@x.nl"}]


@pytest.mark.django_db
def test_every_block_as_plain_text(index, burgerzaken, dog_tax):
    answer = published_answer(
        index,
        burgerzaken,
        title="Hoe vraag ik een paspoort aan?",
        slug="paspoort-aanvragen",
        short_answer="U vraagt een paspoort aan in het Stadhuis.",
        body=[
            {"type": "heading", "value": "Wat neemt u mee?"},
            {
                "type": "paragraph",
                "value": f'<p>Neem een <b>pasfoto</b> mee. Zie <a linktype="page" id="{dog_tax.pk}">'
                'hondenbelasting</a> en <a href="https://www.rijksoverheid.nl/">de Rijksoverheid</a>.</p>',
            },
            {"type": "list", "value": ["uw oude paspoort", "een pasfoto"]},
            {"type": "steps", "value": ["Maak een afspraak.", "Kom langs."]},
            {"type": "answer_link", "value": {"answer": dog_tax.pk, "label": ""}},
            {
                "type": "call_to_action",
                "value": {"label": "Maak een afspraak", "url": "/afspraak/"},
            },
            {"type": "contact", "value": {"intro": "Lukt het niet? Bel ons."}},
        ],
    )
    dog_tax_url = absolute(dog_tax.url)
    assert answer_text(answer, absolute=absolute, channels=CHANNELS) == (
        "Hoe vraag ik een paspoort aan?\n\n"
        "U vraagt een paspoort aan in het Stadhuis.\n\n"
        "Wat neemt u mee?\n\n"
        f"Neem een pasfoto mee. Zie hondenbelasting ({dog_tax_url}) en de Rijksoverheid "
        "(https://www.rijksoverheid.nl/).\n\n"
        "- uw oude paspoort\n- een pasfoto\n\n"
        "1. Maak een afspraak.\n2. Kom langs.\n\n"
        f"Hoeveel hondenbelasting betaal ik? {dog_tax_url}\n\n"
        "Maak een afspraak: https://www.voorbeeldstad.example/afspraak/\n\n"
        "Lukt het niet? Bel ons.\nTelefoon: 14 0123\nE-mail: info@x.nl\n\n"
        "Meer informatie: https://www.voorbeeldstad.example/vragen/paspoort-aanvragen/"
    )


@pytest.mark.django_db
def test_links_to_unpublished_answers_are_left_out(index, burgerzaken, dog_tax):
    answer = published_answer(
        index,
        burgerzaken,
        body=[{"type": "answer_link", "value": {"answer": dog_tax.pk, "label": "Kosten"}}],
    )
    assert "Kosten" in answer_text(answer, absolute=absolute)
    dog_tax.unpublish()
    answer.refresh_from_db()
    assert "Kosten" not in answer_text(answer, absolute=absolute)
