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
