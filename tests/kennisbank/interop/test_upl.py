"""The UPL: shipped, refreshed with update_upl, chosen in the editor, flagged when withdrawn."""

import json
import re

import pytest

from django.core.management import CommandError, call_command

from kennisbank.interop.upl import SHIPPED_LIST, UplFormatError, parse_upl
from kennisbank.models import UplProduct
from tests.csv_export import exported_dicts
from tests.kennisbank.factories import (
    DepartmentFactory,
    UplProductFactory,
    editor,
    published_answer,
)

TERMS = "http://standaarden.overheid.nl/owms/terms/"
HEADER = "UniformeProductnaam,URI,Rijk,Provincie,Waterschap,Gemeente,Burger,Bedrijf\n"


class TestParsing:
    def test_the_shipped_list_has_one_entry_per_uri(self):
        entries = parse_upl(SHIPPED_LIST.read_bytes())
        assert len(entries) == len({entry.uri for entry in entries}) == 1122
        passport = next(entry for entry in entries if entry.uri == TERMS + "paspoort")
        assert passport.label == "paspoort" and passport.municipal and passport.for_citizens

    def test_rows_of_one_uri_join_their_flags(self):
        csv = HEADER + f"afval,{TERMS}afval,,,,X,X,\nafval,{TERMS}afval,,,,,,X\n"
        (entry,) = parse_upl(csv.encode())
        assert entry.for_citizens and entry.for_businesses and entry.municipal

    def test_the_json_form_of_overheid_nl(self):
        rows = [{"UniformeProductnaam": "paspoort", "URI": TERMS + "paspoort", "Gemeente": "X"}]
        for document in (rows, {"results": rows}):
            (entry,) = parse_upl(json.dumps(document).encode())
            assert entry.label == "paspoort" and entry.municipal

    @pytest.mark.parametrize(
        "data, message",
        [
            (b"\xff\xfe\x00", "UTF-8"),
            (b"naam;uri\npaspoort;x\n", "URI"),
            (b"[1, 2", "JSON"),
            (HEADER.encode(), "geen producten"),
            (b'{"results": "nee"}', "lijst"),
        ],
    )
    def test_what_is_not_a_upl_list_gets_a_dutch_error(self, data, message, settings):
        from django.utils import translation

        with translation.override("nl"), pytest.raises(UplFormatError, match=message):
            parse_upl(data)


@pytest.mark.django_db
class TestUpdate:
    def test_migrate_loaded_the_shipped_list(self):
        assert UplProduct.objects.filter(listed=True).count() == 1122

    def test_update_reports_added_renamed_and_withdrawn(self, tmp_path, capsys):
        UplProduct.objects.all().delete()
        UplProductFactory(label="paspoort", uri=TERMS + "paspoort")
        UplProductFactory(label="hondenbelasting", uri=TERMS + "hondenbelasting")
        UplProductFactory(label="oude naam", uri=TERMS + "oud")
        source = tmp_path / "upl.csv"
        source.write_text(
            HEADER
            + f"paspoort,{TERMS}paspoort,,,,X,X,\n"
            + f"belasting op honden,{TERMS}hondenbelasting,,,,X,X,\n"
            + f"ID-kaart,{TERMS}identiteitskaart,,,,X,X,\n",
            encoding="utf-8",
        )
        call_command("update_upl", str(source))
        output = capsys.readouterr().out
        assert "Toegevoegd: ID-kaart" in output
        assert "Hernoemd: hondenbelasting → belasting op honden" in output
        assert "Ingetrokken: oude naam" in output
        withdrawn = UplProduct.objects.get(uri=TERMS + "oud")
        assert not withdrawn.listed and withdrawn.withdrawn_at
        assert UplProduct.objects.get(uri=TERMS + "hondenbelasting").label == "belasting op honden"

    def test_dry_run_changes_nothing(self, tmp_path):
        source = tmp_path / "upl.csv"
        source.write_text(HEADER + f"iets nieuws,{TERMS}nieuw,,,,X,X,\n", encoding="utf-8")
        call_command("update_upl", str(source), "--dry-run")
        assert not UplProduct.objects.filter(uri=TERMS + "nieuw").exists()
        assert UplProduct.objects.filter(listed=False).count() == 0

    def test_a_missing_file_or_address(self, tmp_path):
        with pytest.raises(CommandError, match="Er is geen bestand"):
            call_command("update_upl", str(tmp_path / "bestaat-niet.csv"))
        with pytest.raises(CommandError, match="niet worden gedownload"):
            call_command("update_upl", "http://127.0.0.1:9/upl.json")


@pytest.mark.django_db
class TestInTheEditor:
    def test_the_chooser_finds_names_with_municipal_ones_first(self, client):
        client.force_login(editor())
        response = client.get("/admin/snippets/choose/kennisbank/uplproduct/", {"q": "paspoort"})
        assert response.status_code == 200
        html = re.sub(r"\s+", "", response.json()["html"])
        assert TERMS + "paspoort<" in html  # the URI is shown beside the name
        # Municipal names first: "paspoort" before the non-municipal "huisdierenpaspoort".
        assert html.index(">paspoort<") < html.index(">huisdierenpaspoort<")

    def test_the_answer_keeps_the_chosen_name_in_its_copies(self, index):
        product = UplProduct.objects.get(uri=TERMS + "paspoort")
        answer = published_answer(index, DepartmentFactory(), upl=product)
        assert (answer.upl_uri, answer.upl_label) == (product.uri, "paspoort")

    def test_a_withdrawn_name_is_flagged_on_the_answer(self, client, index):
        product = UplProductFactory(label="oude naam", listed=False)
        answer = published_answer(index, DepartmentFactory(), upl=product)
        client.force_login(editor())
        html = client.get(f"/admin/pages/{answer.pk}/edit/").content.decode()
        assert "staat niet in de UPL" in html

    def test_the_report_lists_answers_without_a_listed_name(self, client, index):
        department = DepartmentFactory()
        published_answer(index, department, title="Waar vind ik het gemeentehuis?")
        published_answer(
            index, department, title="Een vraag met oude naam?", upl=UplProductFactory(listed=False)
        )
        published_answer(
            index,
            department,
            title="Hoe vraag ik een paspoort aan?",
            upl=UplProduct.objects.get(uri=TERMS + "paspoort"),
        )
        client.force_login(editor())
        html = client.get("/admin/kennisbank/reports/without-upl/").content.decode()
        assert "Waar vind ik het gemeentehuis?" in html
        assert "Een vraag met oude naam?" in html
        assert "Hoe vraag ik een paspoort aan?" not in html
        # The export says why each answer is listed, as the screen does.
        rows = exported_dicts(
            client.get("/admin/kennisbank/reports/without-upl/", {"export": "csv"})
        )
        problems = {row["Vraag"]: row["Probleem"] for row in rows}
        assert problems["Waar vind ik het gemeentehuis?"] == "Geen UPL-naam"
        assert problems["Een vraag met oude naam?"].endswith("staat niet in de UPL")
