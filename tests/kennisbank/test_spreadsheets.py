"""CSV exports open right in Dutch Excel (kennisbank.spreadsheets)."""

from types import SimpleNamespace

import pytest

from kennisbank.spreadsheets import as_dutch_cell, sheet_name
from tests.csv_export import exported_dicts, exported_rows
from tests.kennisbank.factories import DepartmentFactory


@pytest.mark.django_db
def test_wagtails_own_snippet_export_is_separated_by_semicolons_with_a_byte_order_mark(
    admin_client,
):
    DepartmentFactory(name="Werk, Zorg en Inkomen", review_interval_months=6)
    response = admin_client.get("/admin/snippets/kennisbank/department/", {"export": "csv"})
    assert response.status_code == 200
    rows = exported_dicts(response)
    department = next(row for row in rows if row["Naam"] == "Werk, Zorg en Inkomen")
    assert department["Herzieningstermijn (maanden)"] == "6"
    assert department["Actief"] == "Ja"


@pytest.mark.django_db
def test_a_name_with_a_semicolon_stays_one_cell(admin_client):
    DepartmentFactory(name="Burgerzaken; balie")
    response = admin_client.get("/admin/snippets/kennisbank/department/", {"export": "csv"})
    assert ["Burgerzaken; balie"] in [row[:1] for row in exported_rows(response)]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (7.5, "7,5"),
        (75.0, "75,0"),
        (3, 3),
        (True, "Ja"),
        (False, "Nee"),
        ("=1+1", "'=1+1"),
        ("paspoort", "paspoort"),
    ],
)
def test_cells_are_written_as_dutch_excel_reads_them(value, cell):
    assert as_dutch_cell(value) == cell


@pytest.mark.django_db
def test_times_are_the_municipalitys_clock_in_both_formats(admin_client, index):
    """XLSX files held UTC (an hour off in winter), CSV files microseconds and "+00:00"."""
    import io

    from openpyxl import load_workbook

    from django.utils import timezone

    from tests.kennisbank.factories import AnswerPageFactory

    answer = AnswerPageFactory(parent=index, title="Hoe vraag ik een paspoort aan?")
    checked = timezone.localtime(answer.readability_checked_at)
    report = "/admin/kennisbank/reports/readability/"

    [row] = exported_dicts(admin_client.get(report, {"export": "csv"}))
    assert row["Gecontroleerd op"] == checked.strftime("%Y-%m-%d %H:%M")

    response = admin_client.get(report, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, values = [cell.value for cell in sheet[1]], [cell.value for cell in sheet[2]]
    cell = dict(zip(header, values, strict=True))["Gecontroleerd op"]
    assert cell.replace(microsecond=0) == checked.replace(tzinfo=None, microsecond=0)


@pytest.mark.django_db
def test_an_xlsx_sheet_is_named_after_its_report(admin_client, index):
    """Wagtail named every sheet "Sheet1"."""
    import io

    from openpyxl import load_workbook

    response = admin_client.get("/admin/kennisbank/reports/readability/", {"export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Leesbaarheid"]


def test_a_sheet_name_is_one_excel_accepts():
    view = SimpleNamespace(page_title="Vragen [zonder] antwoord: per week/maand en per kanaal")
    assert sheet_name(view) == "Vragen -zonder- antwoord- per w"
