import json

import pytest

from django.core.management import CommandError, call_command

from kennisbank.models import AnswerPage, Department, KennisbankIndexPage
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory


def write_jsonl(tmp_path, *records):
    path = tmp_path / "antwoorden.jsonl"
    lines = [
        record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
        for record in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**fields):
    return {
        "id": "paspoort-kwijt",
        "title": "Wat moet ik doen als mijn paspoort kwijt is?",
        "body": "Meld het verlies bij de gemeente.\n\n- neem een pasfoto mee\n- neem uw ID-kaart mee",
        "department": "Burgerzaken",
        **fields,
    }


def run_import(path, *args):
    call_command("import_answers", str(path), *args, stdout=None, stderr=None)


@pytest.mark.django_db
class TestImport:
    def test_creates_answer_with_all_fields(self, index, tmp_path):
        path = write_jsonl(
            tmp_path,
            record(
                short_answer="Meld het verlies bij de gemeente.",
                review_date="2027-03-01",
                keywords=["vermissing", "reisdocument"],
                alternative_questions=["paspoort verloren", "paspoort gestolen"],
                audience="beide",
                unknown_field="wordt genegeerd",
            ),
        )
        run_import(path, "--publish")
        answer = AnswerPage.objects.get(external_id="paspoort-kwijt")
        assert answer.live
        assert answer.get_parent().specific == index
        assert answer.slug == "paspoort-kwijt"
        assert answer.owner_department.name == "Burgerzaken"
        assert str(answer.review_date) == "2027-03-01"
        assert answer.audience == "beide"
        assert sorted(tag.name for tag in answer.keywords.all()) == ["reisdocument", "vermissing"]
        assert [q.question for q in answer.alternative_questions.all()] == [
            "paspoort verloren",
            "paspoort gestolen",
        ]
        assert [block.block_type for block in answer.body] == ["paragraph", "list"]

    def test_without_publish_answers_are_drafts(self, index, tmp_path):
        run_import(write_jsonl(tmp_path, record()))
        assert not AnswerPage.objects.get(external_id="paspoort-kwijt").live

    def test_same_id_again_updates_with_a_new_revision(self, index, tmp_path):
        run_import(write_jsonl(tmp_path, record()), "--publish")
        run_import(write_jsonl(tmp_path, record(title="Paspoort kwijt of gestolen?")), "--publish")
        answers = AnswerPage.objects.filter(external_id="paspoort-kwijt")
        assert answers.count() == 1
        assert answers.get().title == "Paspoort kwijt of gestolen?"
        assert answers.get().revisions.count() == 2

    def test_short_answer_is_derived_from_the_body(self, index, tmp_path):
        run_import(write_jsonl(tmp_path, record()))
        assert AnswerPage.objects.get().short_answer == "Meld het verlies bij de gemeente."

    def test_missing_review_date_follows_the_department_interval(self, index, tmp_path):
        DepartmentFactory(name="Burgerzaken", slug="burgerzaken", review_interval_months=6)
        run_import(write_jsonl(tmp_path, record()))
        answer = AnswerPage.objects.get()
        from kennisbank.review import default_review_date

        assert answer.review_date == default_review_date(answer.owner_department)

    def test_department_option_is_used_when_a_line_has_none(self, index, tmp_path):
        line = record()
        del line["department"]
        run_import(write_jsonl(tmp_path, line), "--department", "Vergunningen")
        assert AnswerPage.objects.get().owner_department.name == "Vergunningen"

    def test_existing_department_is_found_by_name_regardless_of_case(self, index, tmp_path):
        department = DepartmentFactory(name="Burgerzaken", slug="burgerzaken")
        run_import(write_jsonl(tmp_path, record(department="burgerzaken")))
        assert AnswerPage.objects.get().owner_department == department
        assert Department.objects.count() == 1

    def test_a_typo_in_a_department_name_is_refused_not_made_a_department(
        self, index, tmp_path, capsys
    ):
        DepartmentFactory(name="Burgerzaken", slug="burgerzaken")
        DepartmentFactory(name="Team Zorg 1", slug="team-zorg-1")
        path = write_jsonl(
            tmp_path,
            record(id="typo", department="Burgerzakn"),
            record(id="nieuw", department="Burgerlijke stand"),
            # Numbered teams look alike and are still departments of their own.
            record(id="team", department="Team Zorg 2"),
        )
        with pytest.raises(CommandError, match="2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 mislukt"):
            run_import(path, "--publish")
        assert (
            "Regel 1: er is geen afdeling “Burgerzakn”; bedoelt u “Burgerzaken”?"
            in capsys.readouterr().err
        )
        assert sorted(Department.objects.values_list("name", flat=True)) == [
            "Burgerlijke stand",
            "Burgerzaken",
            "Team Zorg 1",
            "Team Zorg 2",
        ]
        assert set(AnswerPage.objects.values_list("external_id", flat=True)) == {"nieuw", "team"}

    def test_bad_lines_are_reported_and_the_good_ones_still_import(self, index, tmp_path, capsys):
        path = write_jsonl(
            tmp_path,
            record(id="goed-1"),
            "{dit is geen json",
            record(id="zonder-titel", title=""),
            record(id="raar-publiek", audience="toeristen"),
            record(id="te-lang", title="x" * 256),
            record(id="goed-2"),
            record(id="te-lang-kort", short_answer="y" * 301),
            record(id="slechte-datum", review_date="31-12-2027"),
            '["geen", "object"]',
            record(id="zonder-tekst", body="", short_answer=""),
            record(id="goed-1", title="Een ander antwoord met hetzelfde id"),
            record(id="onzichtbaar", title="\u200b\u200b"),
            record(id="nooit-nakijken", review_date="9999-12-31"),
        )
        with pytest.raises(CommandError, match="2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 11 mislukt"):
            call_command("import_answers", str(path))
        errors = capsys.readouterr().err
        assert (
            "Regel 2: ongeldige JSON bij teken 2: een naam tussen dubbele aanhalingstekens "
            "verwacht" in errors
        )
        assert "Regel 3: “title” ontbreekt" in errors
        assert "Regel 4: onbekende doelgroep “toeristen”" in errors
        assert "Regel 5: de titel is langer dan 255 tekens" in errors
        assert "Regel 7: het korte antwoord is langer dan 300 tekens" in errors
        assert "Regel 8: herzieningsdatum “31-12-2027”" in errors
        assert "Regel 9:" in errors
        assert "Regel 10: “body” ontbreekt" in errors
        assert "Regel 11: het id “goed-1” staat ook op regel 1" in errors
        assert "Regel 12: “title” ontbreekt" in errors
        assert "Regel 13: herzieningsdatum “9999-12-31” ligt meer dan 5 jaar vooruit" in errors
        assert (
            AnswerPage.objects.get(external_id="goed-1").title
            != "Een ander antwoord met hetzelfde id"
        )
        assert set(AnswerPage.objects.values_list("external_id", flat=True)) == {"goed-1", "goed-2"}

    def test_a_failing_line_leaves_nothing_behind(self, index, tmp_path):
        # The department would be created for this line; the line fails, so it must not exist.
        with pytest.raises(CommandError):
            run_import(
                write_jsonl(tmp_path, record(department="Nieuwe Afdeling", short_answer="z" * 301))
            )
        assert not Department.objects.filter(name="Nieuwe Afdeling").exists()
        assert not AnswerPage.objects.exists()

    def test_links_to_answers_later_in_the_file_are_resolved(self, index, tmp_path):
        path = write_jsonl(
            tmp_path,
            record(id="a", body="Zie ook:\n\n[antwoord: b]", related=["b"]),
            record(
                id="b",
                title="Wat kost een paspoort?",
                body="Een paspoort kost geld.\n\n[antwoord: a]",
            ),
        )
        run_import(path, "--publish")
        first = AnswerPage.objects.get(external_id="a")
        second = AnswerPage.objects.get(external_id="b")
        # "Zie ook:" stays in the body, above its link; "Een paspoort kost geld." is the short
        # answer, shown above the body and not again in it.
        assert first.body[1].value["answer"].specific == second
        assert first.related_answers == [second]
        assert second.body[0].value["answer"].specific == first

    def test_link_to_an_unknown_answer_fails_the_line(self, index, tmp_path, capsys):
        with pytest.raises(CommandError):
            run_import(write_jsonl(tmp_path, record(body="Tekst.\n\n[antwoord: bestaat-niet]")))
        assert "bestaat-niet" in capsys.readouterr().err
        assert not AnswerPage.objects.exists()

    def test_a_link_to_a_line_that_failed_is_left_out_and_counted_once(
        self, index, tmp_path, capsys
    ):
        path = write_jsonl(
            tmp_path,
            record(id="a", related=["b", "c"]),
            record(
                id="b",
                title="Wat kost een paspoort?",
                short_answer="Een paspoort kost geld.",
                body="[antwoord: bestaat-niet]",
            ),
            record(id="c", title="Hoe lang duurt een paspoort?"),
        )
        with pytest.raises(CommandError, match="2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 mislukt"):
            run_import(path, "--publish")
        error = capsys.readouterr().err
        assert "Regel 1: let op: geïmporteerd zonder de verwijzing(en) naar b" in error
        # The link to the answer that did come in is there.
        linked = AnswerPage.objects.get(external_id="a").related_answers
        assert [answer.external_id for answer in linked] == ["c"]

    def test_links_to_answers_already_in_the_database_by_slug(self, index, tmp_path):
        existing = AnswerPageFactory(parent=index, slug="afval-scheiden")
        run_import(write_jsonl(tmp_path, record(related=["afval-scheiden"])))
        assert (
            AnswerPage.objects.get(external_id="paspoort-kwijt").related_answer_links.get().answer
            == existing
        )

    def test_works_on_an_empty_database_without_demo_content(self, db, tmp_path):
        assert not KennisbankIndexPage.objects.exists()
        run_import(write_jsonl(tmp_path, record()), "--publish")
        answer = AnswerPage.objects.get()
        assert answer.url.endswith("/vragen/paspoort-kwijt/")

    def test_missing_file_is_a_clear_error(self, db, tmp_path):
        with pytest.raises(CommandError, match="Bestand niet gevonden"):
            call_command("import_answers", str(tmp_path / "bestaat-niet.jsonl"))

    def test_non_slug_ids_get_a_slug_from_the_title(self, index, tmp_path):
        run_import(write_jsonl(tmp_path, record(id="KB 00123")))
        assert AnswerPage.objects.get().slug == "wat-moet-ik-doen-als-mijn-paspoort-kwijt-is"


@pytest.mark.django_db
class TestImportedText:
    def test_a_failing_first_line_on_an_empty_database_fails_alone(self, db, tmp_path, capsys):
        """The answers index was made inside the first line's transaction and rolled back with
        it: the import ended in a traceback and imported nothing."""
        path = write_jsonl(
            tmp_path,
            record(id="kapot", review_date="01-06-2027"),
            record(id="goed", title="Hoe lang is mijn paspoort geldig?"),
        )
        with pytest.raises(CommandError, match="1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 mislukt"):
            run_import(path)
        assert "Regel 1:" in capsys.readouterr().err
        assert AnswerPage.objects.get().external_id == "goed"

    def test_an_html_body_is_read_as_html(self, index, tmp_path):
        """An old system's export: "<p>U kunt <strong>…" showed as tags on the page, in search
        and in the chat."""
        body = (
            "<p>Grofvuil &amp; snoeiafval haalt de gemeente op.</p><p>Bel ons of mail "
            '<a href="mailto:afval@oudedorp.nl">afval@oudedorp.nl</a>.</p>'
            "<ul><li>maximaal 2 m³</li><li>gebundeld</li></ul>"
        )
        run_import(write_jsonl(tmp_path, record(id="grofvuil", body=body)))
        answer = AnswerPage.objects.get()
        assert answer.short_answer == "Grofvuil & snoeiafval haalt de gemeente op."
        html = "".join(str(block) for block in answer.body)
        assert "&lt;" not in html and "Grofvuil" not in html  # the lead is not repeated
        assert '<a href="mailto:afval@oudedorp.nl">afval@oudedorp.nl</a>' in html
        assert [
            item for block in answer.body if block.block_type == "list" for item in block.value
        ] == [
            "maximaal 2 m³",
            "gebundeld",
        ]

    def test_a_body_that_starts_with_a_list_has_a_short_answer(self, index, tmp_path):
        run_import(write_jsonl(tmp_path, record(body="- paspoort\n- pasfoto")))
        assert AnswerPage.objects.get().short_answer == "paspoort; pasfoto."

    def test_a_link_in_a_list_item_keeps_its_address_as_text(self, index, tmp_path):
        body = "Neem mee:\n\n- de [gezondheidsverklaring](https://cbr.nl/gv)\n- een pasfoto"
        run_import(write_jsonl(tmp_path, record(short_answer="Neem dit mee.", body=body)))
        [items] = [
            block.value for block in AnswerPage.objects.get().body if block.block_type == "list"
        ]
        assert list(items) == ["de gezondheidsverklaring (https://cbr.nl/gv)", "een pasfoto"]


def test_a_file_that_is_not_utf8_names_the_line_and_what_to_do(db, tmp_path):
    """The message was half English ("'utf-8' codec can't decode byte 0xeb in position…")."""
    path = tmp_path / "antwoorden.jsonl"
    lines = [
        json.dumps(record(id=name, title=title), ensure_ascii=False)
        for name, title in (("goed", "Wat kost een paspoort?"), ("oeps", "Wat kost België?"))
    ]
    path.write_bytes("\n".join(lines).encode("latin-1"))
    with pytest.raises(CommandError) as raised:
        run_import(path)
    assert str(raised.value).startswith(
        "Het bestand is geen UTF-8-tekst (regel 2). Sla het op als UTF-8"
    )


@pytest.mark.django_db
def test_a_paragraph_under_a_heading_stays_in_the_body(index, tmp_path):
    body = "## Kosten\n\nU betaalt € 10.\n\n## Wanneer\n\nOp werkdagen."
    run_import(write_jsonl(tmp_path, record(body=body)))
    answer = AnswerPage.objects.get()
    assert answer.short_answer == "U betaalt € 10."
    assert [block.block_type for block in answer.body] == [
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]


@pytest.mark.django_db
def test_the_same_question_from_another_source_is_pointed_out(index, tmp_path, capsys):
    run_import(write_jsonl(tmp_path, record(id="paspoort-kwijt")))
    run_import(write_jsonl(tmp_path, record(id="sc-12345")))
    assert (
        "Regel 1: let op: het antwoord “paspoort-kwijt” heeft dezelfde vraag; voeg ze samen of "
        "verwijder er een" in capsys.readouterr().err
    )
    assert AnswerPage.objects.count() == 2


@pytest.mark.django_db
class TestShortAnswerOfAnImport:
    """A QA pass on imported national answers: 18 pages showed their opening sentences twice,
    and 13 short answers (the chat's whole reply) ended in "U heeft drie mogelijkheden:"."""

    def test_the_body_goes_on_after_the_sentences_of_the_short_answer(self, index, tmp_path):
        sentences = [
            f"Zin {number} gaat over het rijbewijs en wat u moet weten." for number in range(9)
        ]
        body = " ".join(sentences) + "\n\n- neem een pasfoto mee"
        run_import(write_jsonl(tmp_path, record(body=body)))
        answer = AnswerPage.objects.get()
        assert answer.short_answer == " ".join(sentences[:5])
        opening = answer.body[0].value.source
        assert opening == "<p>" + " ".join(sentences[5:]) + "</p>"

    def test_a_short_answer_that_announces_a_list_holds_the_list(self, index, tmp_path):
        body = "U heeft drie mogelijkheden:\n\n- de erfenis aanvaarden\n- beneficiair aanvaarden\n- verwerpen"
        run_import(write_jsonl(tmp_path, record(body=body)))
        answer = AnswerPage.objects.get()
        assert answer.short_answer == (
            "U heeft drie mogelijkheden: de erfenis aanvaarden; beneficiair aanvaarden; verwerpen."
        )
        # The list stays in the body, where it reads as a list.
        assert [block.block_type for block in answer.body] == ["paragraph", "list"]

    def test_a_list_too_long_for_a_short_answer_leaves_the_sentences_before_it(
        self, index, tmp_path
    ):
        items = "\n".join(f"- voorwaarde {number}: " + "lange uitleg " * 5 for number in range(6))
        body = f"De WW is voor werknemers. U heeft recht als u voldoet aan:\n\n{items}"
        run_import(write_jsonl(tmp_path, record(body=body)))
        answer = AnswerPage.objects.get()
        assert answer.short_answer == "De WW is voor werknemers."
        assert answer.body[0].value.source == "<p>U heeft recht als u voldoet aan:</p>"
