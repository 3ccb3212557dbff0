import io
import json

import pytest

from django.core.management import call_command

from kennisbank.models import AnswerPage, RelatedAnswer
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory, UplProductFactory


def export() -> list[dict]:
    output = io.StringIO()
    call_command("export_answers", stdout=output)
    return [json.loads(line) for line in output.getvalue().splitlines()]


@pytest.fixture
def answers(index):
    department = DepartmentFactory(name="Burgerzaken", slug="burgerzaken")
    id_card = AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een ID-kaart aan?",
        slug="id-kaart",
        owner_department=department,
    )
    passport = AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een paspoort aan?",
        external_id="paspoort-aanvragen",
        owner_department=department,
        audience="beide",
        upl=UplProductFactory(
            uri="http://standaarden.overheid.nl/owms/terms/Paspoort", label="Paspoort"
        ),
        internal_notes="<p>Controleer de BRP.</p><ul><li>spoed: toeslag</li></ul>",
        body=[
            {"type": "heading", "value": "Kosten"},
            {
                "type": "paragraph",
                "value": '<p>Zie <a href="https://www.rijksoverheid.nl">de tarieven</a>.</p>',
            },
            {"type": "list", "value": ["pasfoto", "oude paspoort"]},
            {"type": "steps", "value": ["Maak een afspraak.", "Kom langs."]},
            {"type": "contact", "value": {"intro": "Vragen? Bel ons."}},
            {"type": "answer_link", "value": {"answer": id_card.pk, "label": ""}},
            {"type": "call_to_action", "value": {"label": "Afspraak maken", "url": "/afspraak/"}},
        ],
    )
    passport.keywords.add("reisdocument", "paspoort")
    passport.alternative_questions.create(question="Paspoort verlengen")
    RelatedAnswer.objects.create(page=passport, answer=id_card)
    passport.save_revision().publish()
    # The editor allows an answer that is its short answer alone.
    AnswerPageFactory(
        parent=index,
        title="Wat is het telefoonnummer van de gemeente?",
        slug="telefoonnummer",
        owner_department=department,
        short_answer="Bel 14 0123. Wij zijn op werkdagen bereikbaar van 8.30 tot 17.00 uur.",
        body=[],
    )
    return passport, id_card


@pytest.mark.django_db
def test_export_writes_the_import_format(answers):
    records = {record["id"]: record for record in export()}
    passport = records["paspoort-aanvragen"]
    assert passport["body"] == (
        "## Kosten\n\nZie [de tarieven](https://www.rijksoverheid.nl).\n\n- pasfoto\n- oude paspoort\n\n"
        "1. Maak een afspraak.\n2. Kom langs.\n\n[contact: Vragen? Bel ons.]\n\n[antwoord: id-kaart]\n\n"
        "[knop: Afspraak maken | /afspraak/]"
    )
    assert passport["keywords"] == ["paspoort", "reisdocument"]
    assert passport["alternative_questions"] == ["Paspoort verlengen"]
    assert passport["related"] == ["id-kaart"]
    assert passport["internal_notes"] == "Controleer de BRP.\n\n- spoed: toeslag"
    assert passport["upl"] == {
        "uri": "http://standaarden.overheid.nl/owms/terms/Paspoort",
        "label": "Paspoort",
    }
    assert records["id-kaart"]["department"] == "Burgerzaken"


@pytest.mark.django_db
def test_export_then_import_is_lossless(answers, tmp_path):
    before = export()
    path = tmp_path / "export.jsonl"
    call_command("export_answers", str(path))

    # Import into a knowledge base that lost its answers: everything comes back the same.
    for page in AnswerPage.objects.all():
        page.delete()
    call_command("import_answers", str(path), "--publish")
    assert export() == before

    # And importing over existing answers updates them without duplicates or changes.
    call_command("import_answers", str(path), "--publish")
    assert export() == before
    assert AnswerPage.objects.count() == 3
