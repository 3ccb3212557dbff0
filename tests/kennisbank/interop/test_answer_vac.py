import re

from kennisbank.interop.answer_vac import answer_vac_data
from tests.kennisbank.factories import DepartmentFactory, published_answer


def test_answer_becomes_valid_vac_without_internal_notes_in_antwoord(index):
    answer = published_answer(
        index, DepartmentFactory(name="Burgerzaken"), internal_notes="<p>GEHEIM</p>"
    )
    data = answer_vac_data(
        answer, base_url="https://kb.example/", object_url=lambda u: f"https://kb.example/{u}"
    )
    assert data["vraag"] == answer.title
    assert "GEHEIM" not in data["antwoord"]
    assert "GEHEIM" in data["toelichting"]
    assert data["afdelingen"][0]["afdelingNaam"] == "Burgerzaken"


def test_the_contact_block_lists_the_channels_with_their_hours(index, contact_settings):
    # Rendered outside a page request, the block listed no channel: KISS showed an empty list.
    answer = published_answer(
        index,
        DepartmentFactory(),
        body=[{"type": "contact", "value": {"intro": "Lukt het niet? Bel ons."}}],
    )
    data = answer_vac_data(
        answer, base_url="https://kb.example/", object_url=lambda u: f"https://kb.example/{u}"
    )
    antwoord = re.sub(r"\s+", " ", data["antwoord"])
    assert "Lukt het niet? Bel ons." in antwoord
    assert '<strong>Telefoon</strong>: <a href="tel:140123"' in antwoord
    assert "<li>Maandag: 8.30–17.00 uur</li>" in antwoord
    assert "<strong>E-mail</strong>" in antwoord
    # Whether a channel is open now is stale as soon as the text is copied.
    assert "Nu open" not in antwoord and "Nu gesloten" not in antwoord
