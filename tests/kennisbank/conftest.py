"""Two departments with a member each and an answer each, like the demo municipality."""

import pytest

from tests.kennisbank.factories import DepartmentFactory, department_member, published_answer


@pytest.fixture
def burgerzaken(db):
    return DepartmentFactory(name="Burgerzaken", review_interval_months=12)


@pytest.fixture
def belastingen(db):
    return DepartmentFactory(name="Belastingen", review_interval_months=6)


@pytest.fixture
def member(burgerzaken, index):
    """A member of Burgerzaken."""
    return department_member(burgerzaken, index, username="burgerzaken")


@pytest.fixture
def other_member(belastingen, index):
    """A member of Belastingen."""
    return department_member(belastingen, index, username="belastingen")


@pytest.fixture
def answer(index, burgerzaken):
    return published_answer(index, burgerzaken, title="Hoe vraag ik een paspoort aan?")


@pytest.fixture
def other_answer(index, belastingen):
    return published_answer(index, belastingen, title="Hoe betaal ik de afvalstoffenheffing?")
