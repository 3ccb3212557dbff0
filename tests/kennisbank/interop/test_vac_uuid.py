from kennisbank.models import AnswerPage
from tests.kennisbank.factories import DepartmentFactory, published_answer


def test_each_answer_has_its_own_uuid_that_survives_a_new_revision(index):
    department = DepartmentFactory()
    first = published_answer(index, department)
    second = published_answer(index, department)
    assert first.vac_uuid != second.vac_uuid

    before = first.vac_uuid
    first.title = "Nieuwe vraag"
    first.save_revision().publish()
    assert AnswerPage.objects.get(pk=first.pk).vac_uuid == before


def test_a_copied_answer_gets_a_new_uuid(index):
    original = published_answer(index, DepartmentFactory())
    copy = original.copy(update_attrs={"slug": "kopie", "title": "Kopie"})
    assert copy.specific.vac_uuid != original.vac_uuid
