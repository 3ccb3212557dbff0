import datetime

from kennisbank.review import add_months, default_review_date
from tests.kennisbank.factories import DepartmentFactory


def test_add_months_keeps_the_day():
    assert add_months(datetime.date(2026, 11, 22), 12) == datetime.date(2027, 11, 22)
    assert add_months(datetime.date(2026, 11, 22), 3) == datetime.date(2027, 2, 22)


def test_add_months_clamps_to_the_end_of_a_short_month():
    assert add_months(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
    assert add_months(datetime.date(2027, 12, 31), 2) == datetime.date(2028, 2, 29)


def test_default_review_date_uses_the_department_interval():
    department = DepartmentFactory.build(review_interval_months=6)
    assert default_review_date(department, today=datetime.date(2026, 11, 22)) == datetime.date(
        2027, 5, 22
    )


def test_default_review_date_without_department_is_one_year():
    assert default_review_date(None, today=datetime.date(2026, 11, 22)) == datetime.date(
        2027, 11, 22
    )
