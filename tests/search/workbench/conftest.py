"""Two departments, an agent, members, and answers with internal notes, as in the demo."""

import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache

from kennisbank.access.roles import ADMINISTRATORS
from search.workbench.notes import reset_notes_index
from tests.kennisbank.factories import (
    DepartmentFactory,
    UserFactory,
    agent,
    department_member,
    published_answer,
)

NOTE = "INTERN-4711"


@pytest.fixture(autouse=True)
def fresh_workbench():
    """Each test starts with an empty notes index and no cached "frequently searched"."""
    reset_notes_index()
    cache.clear()


@pytest.fixture
def burgerzaken(db):
    return DepartmentFactory(name="Burgerzaken", contact="Teamtelefoon Burgerzaken: 1234")


@pytest.fixture
def belastingen(db):
    return DepartmentFactory(name="Belastingen")


@pytest.fixture
def kcc(db):
    return agent(username="kcc", first_name="Kim")


@pytest.fixture
def member(burgerzaken, index):
    return department_member(burgerzaken, index, username="burgerzaken")


@pytest.fixture
def administrator(db):
    return UserFactory(username="beheerder", groups=[Group.objects.get(name=ADMINISTRATORS)])


@pytest.fixture
def passport(index, burgerzaken):
    return published_answer(
        index,
        burgerzaken,
        title="Hoe vraag ik een paspoort aan?",
        short_answer="U vraagt een paspoort aan in het Stadhuis. Maak eerst een afspraak.",
        internal_notes=f"<p>{NOTE}: controleer bij een paspoort de pasfoto met de fotomatrix. "
        "Spoed? Verwijs naar de spoedbalie.</p>",
    )


@pytest.fixture
def dog_tax(index, belastingen):
    return published_answer(
        index,
        belastingen,
        title="Hoeveel hondenbelasting betaal ik?",
        short_answer="U betaalt € 120 per hond per jaar.",
        internal_notes="<p>Kwijtschelding aanvragen gaat via het belastingportaal. "
        "Noteer het aanslagnummer in het zaaksysteem.</p>",
    )


@pytest.fixture
def logged_in(client, kcc):
    client.force_login(kcc)
    return client
