import pytest

from tests.kennisbank.factories import AnswerPageFactory


@pytest.fixture
def answers(index, contact_settings):
    """A few answers a chat is about, two with internal notes that must never be shown."""
    return {
        "apply": AnswerPageFactory(
            parent=index,
            title="Hoe vraag ik een paspoort aan?",
            short_answer="U vraagt een paspoort aan bij de balie in het Stadhuis.",
            internal_notes="<p>INTERN-5521: controleer eerst de BRP.</p>",
        ),
        "cost": AnswerPageFactory(
            parent=index,
            title="Wat kost een paspoort?",
            short_answer="Een paspoort kost € 86,50 voor volwassenen.",
        ),
        "licence": AnswerPageFactory(
            parent=index,
            title="Wat kost een rijbewijs?",
            short_answer="Een rijbewijs kost € 52,90.",
        ),
        "waste": AnswerPageFactory(
            parent=index,
            title="Wanneer wordt het grofvuil opgehaald?",
            short_answer="Wij halen grofvuil op afspraak op, op dinsdag.",
            internal_notes="<p>INTERN-7730: alleen in wijk Noord.</p>",
        ),
    }
