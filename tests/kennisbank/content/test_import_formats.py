"""Existing content comes in: Samenwerkende Catalogi feeds, SDG product texts and VACs."""

import json

import pytest
from werkzeug import Response

from django.core.management import CommandError, call_command

from kennisbank.interop.samenwerkende_catalogi import Municipality, Product, build_feed
from kennisbank.models import AnswerPage, Department

TERMS = "http://standaarden.overheid.nl/owms/terms/"
SITE = "https://www.oudedorp.nl"
HOSTILE = (
    '<h2>Wat neemt u mee?</h2><p onclick="steal()">Een <a href="/pasfoto">pasfoto</a>.</p>'
    "<script>alert('x')</script><style>p{display:none}</style>"
    '<iframe src="https://kwaad.example"></iframe><img src="/plaatjes/balie.jpg" alt="De balie">'
    "<ul><li>uw oude paspoort</li><li>uw ID-kaart</li></ul>"
)
SUBJECTS = [
    ("paspoort", "Paspoort aanvragen", "inwoners"),
    ("identiteitskaart", "ID-kaart aanvragen", "inwoners"),
    ("rijbewijs", "Rijbewijs verlengen", "inwoners"),
    ("hondenbelasting", "Hondenbelasting", "inwoners"),
    ("afvalstoffenheffing", "Afvalstoffenheffing", "beide"),
    ("terrasvergunning", "Terrasvergunning", "ondernemers"),
    ("evenementenvergunning", "Evenementenvergunning", "beide"),
    ("kapvergunning", "Kapvergunning", "inwoners"),
    ("parkeervergunning", "Parkeervergunning", "inwoners"),
    ("gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart", "inwoners"),
    ("huwelijk", "Trouwen", "inwoners"),
    ("naamskeuze", "Naamskeuze kind", "inwoners"),
    ("uittreksel_brp", "Uittreksel BRP", "inwoners"),
    ("verklaring_omtrent_het_gedrag", "Verklaring Omtrent het Gedrag", "beide"),
    ("bijstand", "Bijstandsuitkering", "inwoners"),
    ("kwijtschelding", "Kwijtschelding gemeentelijke belastingen", "inwoners"),
    ("marktstandplaats", "Standplaats op de markt", "ondernemers"),
    ("reclamevergunning", "Reclamebord plaatsen", "ondernemers"),
    ("leerlingenvervoer", "Leerlingenvervoer", "inwoners"),
    ("woonwagenstandplaats", "Standplaats woonwagen", "inwoners"),
]


def sc_feed(products=None) -> bytes:
    products = products or [
        Product(
            identifier=f"{SITE}/producten/{slug}",
            product_id=slug,
            title=title,
            modified="2026-10-01",
            audience=audience,
            abstract=f"Hier leest u alles over {title.lower()}. U regelt het bij de gemeente.",
            upl_uri=TERMS + slug,
            upl_label=title.lower(),
            online_application="nee",
            application_url="",
            html=HOSTILE if slug == "paspoort" else f"<p>Meer over {title.lower()}.</p>",
        )
        for slug, title, audience in SUBJECTS
    ]
    return build_feed(products, Municipality("Oudedorp", TERMS + "Oudedorp_(gemeente)"))


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return str(path)


def run(*arguments):
    call_command("import_answers", *arguments)


@pytest.mark.django_db
class TestSamenwerkendeCatalogi:
    def test_a_feed_of_twenty_products_becomes_twenty_draft_answers(self, index, tmp_path, capsys):
        run("--format", "sc", write(tmp_path, "feed.xml", sc_feed()), "--department", "Burgerzaken")
        assert AnswerPage.objects.count() == 20
        assert not AnswerPage.objects.filter(live=True).exists()
        terrace = AnswerPage.objects.get(title="Terrasvergunning")
        assert terrace.audience == "ondernemers"
        assert terrace.upl_uri == TERMS + "terrasvergunning"
        assert terrace.short_answer.startswith("Hier leest u alles over terrasvergunning.")
        assert terrace.owner_department.name == "Burgerzaken"
        assert terrace.review_date  # the department's default
        assert "20 nieuw" in capsys.readouterr().out

    def test_hostile_html_is_made_safe_and_links_absolute(self, index, tmp_path):
        run("--format", "sc", write(tmp_path, "feed.xml", sc_feed()), "--department", "Burgerzaken")
        html = "".join(
            str(block) for block in AnswerPage.objects.get(title="Paspoort aanvragen").body
        )
        for hostile in (
            "<script",
            "alert(",
            "<style",
            "display:none",
            "<iframe",
            "onclick",
            "<img",
        ):
            assert hostile not in html
        assert f'href="{SITE}/pasfoto"' in html
        assert f'href="{SITE}/plaatjes/balie.jpg"' in html  # the image is linked, not fetched
        assert "Wat neemt u mee?" in html and "uw oude paspoort" in html

    def test_importing_again_changes_nothing_and_a_dry_run_writes_nothing(
        self, index, tmp_path, capsys
    ):
        feed = write(tmp_path, "feed.xml", sc_feed())
        run("--format", "sc", feed, "--department", "Burgerzaken")
        revisions = sum(answer.revisions.count() for answer in AnswerPage.objects.all())
        capsys.readouterr()
        run("--format", "sc", feed, "--department", "Burgerzaken")
        assert "0 nieuw, 0 bijgewerkt, 20 ongewijzigd" in capsys.readouterr().out
        assert sum(answer.revisions.count() for answer in AnswerPage.objects.all()) == revisions
        AnswerPage.objects.all().delete()
        run("--format", "sc", feed, "--department", "Nieuwe afdeling", "--dry-run")
        output = capsys.readouterr().out
        assert "Proefdraai" in output and "20 nieuw" in output
        assert not AnswerPage.objects.exists()
        assert not Department.objects.filter(name="Nieuwe afdeling").exists()

    def test_bad_products_are_reported_one_by_one(self, index, tmp_path, capsys):
        document = sc_feed().decode()
        document = document.replace(
            "<dcterms:title>Kapvergunning</dcterms:title>", "<dcterms:title></dcterms:title>"
        )
        document = document.replace(f"{SITE}/producten/rijbewijs<", f"{SITE}/producten/paspoort<")
        with pytest.raises(CommandError, match="18 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 mislukt"):
            run(
                "--format",
                "sc",
                write(tmp_path, "feed.xml", document),
                "--department",
                "Burgerzaken",
            )
        errors = capsys.readouterr().err
        assert "product zonder titel" in errors
        assert "komt twee keer voor" in errors

    @pytest.mark.parametrize(
        "content, message",
        [
            (b"dit is geen xml", "geen geldige XML"),
            (
                b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 '
                b'"&lol;&lol;&lol;">]><scproducten>&lol2;</scproducten>',
                "DTD of entiteiten",
            ),
            (
                "<?xml version='1.0' encoding='utf-8'?><a>\u00e9</a>".encode("latin-1"),
                "geen geldige XML",
            ),
            (
                b"<scproducten xmlns='http://standaarden.overheid.nl/product/terms/'/>",
                "geen producten",
            ),
        ],
    )
    def test_a_bad_source_is_one_clear_error_and_saves_nothing(
        self, index, tmp_path, content, message
    ):
        with pytest.raises(CommandError, match=message):
            run(
                "--format",
                "sc",
                write(tmp_path, "feed.xml", content),
                "--department",
                "Burgerzaken",
            )
        assert not AnswerPage.objects.exists()

    def test_an_unreachable_address(self, index):
        with pytest.raises(CommandError, match="kon niet worden opgehaald"):
            run("--format", "sc", "http://127.0.0.1:9/samenwerkende-catalogi.xml")


SDG_PRODUCTS = {
    "count": 3,
    "results": [
        {
            "uuid": "8f1a2c44-0000-4000-8000-000000000001",
            "upnUri": TERMS + "paspoort",
            "upnLabel": "paspoort",
            "doelgroep": "eu-burger",
            "verantwoordelijkeOrganisatie": {"owmsIdentifier": TERMS + "Oudedorp_(gemeente)"},
            "vertalingen": [
                {"taal": "en", "titel": "Passport", "tekst": "Apply for a passport."},
                {
                    "taal": "nl",
                    "titel": "Paspoort aanvragen",
                    "tekst": "U vraagt een **paspoort** aan bij de gemeente.",
                    "procedureBeschrijving": "1. Maak een afspraak.\n2. Kom naar de balie.",
                    "bewijs": "- een pasfoto\n- uw oude paspoort",
                    "kostenEnBetaalmethoden": "Een paspoort kost € 84,20. <script>alert(1)</script>",
                    "uitersteTermijn": "U krijgt het binnen 5 werkdagen.",
                    "links": [{"label": "Rijksoverheid", "url": "https://www.rijksoverheid.nl"}],
                },
            ],
        },
        {
            "uuid": "8f1a2c44-0000-4000-8000-000000000002",
            "upnUri": TERMS + "terrasvergunning",
            "upnLabel": "terrasvergunning",
            "doelgroep": "eu-bedrijf",
            "verantwoordelijkeOrganisatie": {"owmsIdentifier": TERMS + "Anderdorp_(gemeente)"},
            "vertalingen": [{"taal": "nl", "titel": "Terras", "tekst": "Een terras vraagt u aan."}],
        },
        {"uuid": "8f1a2c44-0000-4000-8000-000000000003", "vertalingen": [{"taal": "en"}]},
    ],
}


@pytest.mark.django_db
class TestSdg:
    def test_product_texts_become_headed_sections(self, index, tmp_path, capsys):
        path = write(tmp_path, "sdg.json", json.dumps(SDG_PRODUCTS))
        with pytest.raises(CommandError, match="1 mislukt"):
            run("--format", "sdg", path, "--organisation", TERMS + "Oudedorp_(gemeente)")
        assert "product zonder Nederlandse tekst" in capsys.readouterr().err
        answer = AnswerPage.objects.get()
        assert answer.title == "Paspoort aanvragen"
        assert answer.upl_uri == TERMS + "paspoort"
        # The opening text is the short answer, not repeated in the body below it.
        assert answer.short_answer == "U vraagt een paspoort aan bij de gemeente."
        kinds = [block.block_type for block in answer.body]
        assert kinds[:2] == ["heading", "steps"]
        text = " ".join(str(block.value) for block in answer.body)
        assert "Wat kost het?" in text and "Hoe lang duurt het?" in text
        assert "alert" not in text and "**" not in text
        assert "https://www.rijksoverheid.nl" in "".join(str(block) for block in answer.body)


@pytest.mark.django_db
class TestVac:
    def test_vacs_from_an_objects_api(self, index, httpserver, capsys):
        objecttype = "https://objecttypen.example/api/v2/objecttypes/vac"
        objects = [
            {
                "uuid": "2b7e1b0a-1111-4222-8333-444455556666",
                "record": {
                    "data": {
                        "vraag": "Hoe meld ik een kapotte lantaarnpaal?",
                        "antwoord": "<p>Meld het via het formulier op de website.</p>",
                        "toelichting": "<p>Zet de melding door naar Beheer Openbare Ruimte.</p>",
                        "afdelingen": [{"afdelingNaam": "Openbare Ruimte"}],
                        "trefwoorden": [{"trefwoord": "straatverlichting"}, {"trefwoord": "lamp"}],
                        "doelgroep": "eu-burger",
                        "status": "actief",
                    }
                },
            },
            {"uuid": "", "record": {"data": {"vraag": "Zonder uuid"}}},
        ]
        httpserver.expect_request(
            "/api/v2/objects", query_string={"type": objecttype, "page": "1"}
        ).respond_with_handler(
            lambda request: Response(
                json.dumps({"count": 2, "next": None, "results": objects})
                if request.headers.get("Authorization") == "Token geheim"
                else '{"detail": "no"}',
                status=200 if request.headers.get("Authorization") == "Token geheim" else 403,
                content_type="application/json",
            )
        )
        base = httpserver.url_for("").rstrip("/")
        with pytest.raises(CommandError, match="1 nieuw"):
            run("--format", "vac", base, "--type", objecttype, "--token", "geheim")
        output = capsys.readouterr()
        assert "object zonder uuid" in output.err
        assert "Nieuwe afdeling: Openbare Ruimte" in output.out
        answer = AnswerPage.objects.get()
        assert answer.owner_department.name == "Openbare Ruimte"
        assert "Beheer Openbare Ruimte" in answer.internal_notes
        assert sorted(tag.name for tag in answer.keywords.all()) == ["lamp", "straatverlichting"]
        assert answer.short_answer == "Meld het via het formulier op de website."

    def test_a_wrong_token_is_one_clear_error(self, index, httpserver):
        httpserver.expect_request("/api/v2/objects").respond_with_json({"detail": "no"}, status=403)
        with pytest.raises(CommandError, match="HTTP 403"):
            run(
                "--format",
                "vac",
                httpserver.url_for("").rstrip("/"),
                "--type",
                "x",
                "--token",
                "fout",
            )


def body_text(answer) -> str:
    from kennisbank.content.bodytext import blocks_to_text

    return blocks_to_text(answer.body, lambda page: page.slug)


@pytest.mark.django_db
class TestForeignHtmlKeepsItsStructure:
    """A QA pass imported a municipality's own feed: headings, tables and <div>s ran together
    ("SoortPrijsRijbewijs€ 55,00"), and XHTML written as elements lost every paragraph."""

    def feed_with(self, html):
        product = Product(
            identifier=f"{SITE}/producten/rijbewijs",
            product_id="rijbewijs",
            title="Rijbewijs verlengen",
            modified="2026-10-01",
            audience="inwoners",
            abstract="U verlengt uw rijbewijs bij de gemeente.",
            upl_uri=TERMS + "rijbewijs",
            upl_label="rijbewijs",
            online_application="nee",
            application_url="",
            html=html,
        )
        return sc_feed([product])

    def test_headings_tables_divs_and_line_breaks(self, index, tmp_path):
        html = (
            "<h3>Kosten</h3><table><tr><th>Soort</th><th>Prijs</th></tr>"
            "<tr><td>Rijbewijs</td><td>€ 55,00</td></tr></table>"
            "<div>Rijbewijs verlopen?</div><div>Dan vraagt u een nieuw aan.</div>"
            "Voorwaarden:<br>u bent 18 jaar"
            "<ul><li>pasfoto<ul><li>in kleur</li></ul></li><li>oud rijbewijs</li></ul>"
        )
        path = write(tmp_path, "feed.xml", self.feed_with(html))
        run("--format", "sc", path, "--department", "Burgerzaken")
        assert body_text(AnswerPage.objects.get()) == (
            "## Kosten\n\nSoort – Prijs\n\nRijbewijs – € 55,00\n\nRijbewijs verlopen?\n\n"
            "Dan vraagt u een nieuw aan.\n\nVoorwaarden:\n\nu bent 18 jaar\n\n"
            "- pasfoto\n- in kleur\n- oud rijbewijs"
        )

    def test_xhtml_written_as_elements(self, index, tmp_path):
        document = self.feed_with("PLACEHOLDER").decode()
        xhtml = (
            '<xhtml:p xmlns:xhtml="http://www.w3.org/1999/xhtml">Vraag een '
            '<xhtml:a href="/ontheffing">ontheffing</xhtml:a> aan.</xhtml:p>'
            '<xhtml:ul xmlns:xhtml="http://www.w3.org/1999/xhtml">'
            "<xhtml:li>maximaal 4 weken</xhtml:li><xhtml:li>niet op een parkeerplaats</xhtml:li>"
            "</xhtml:ul>"
        )
        document = document.replace("PLACEHOLDER", xhtml)
        run("--format", "sc", write(tmp_path, "feed.xml", document), "--department", "Burgerzaken")
        assert body_text(AnswerPage.objects.get()) == (
            f"Vraag een [ontheffing]({SITE}/ontheffing) aan.\n\n"
            "- maximaal 4 weken\n- niet op een parkeerplaats"
        )

    def test_a_feed_imported_again_without_department_keeps_the_owner(self, index, tmp_path):
        """Importing again without --department moved every answer to "Geïmporteerd"."""
        path = write(tmp_path, "feed.xml", self.feed_with("<p>Eerst.</p>"))
        run("--format", "sc", path, "--department", "Burgerzaken")
        path = write(tmp_path, "feed.xml", self.feed_with("<p>Daarna.</p>"))
        run("--format", "sc", path)
        answer = AnswerPage.objects.get()
        assert answer.get_latest_revision_as_object().owner_department.name == "Burgerzaken"
        assert not Department.objects.filter(name="Geïmporteerd").exists()

    def test_an_https_upl_uri_is_the_listed_name(self, index, tmp_path):
        from kennisbank.models import UplProduct

        UplProduct.objects.update_or_create(
            uri=TERMS + "rijbewijs", defaults={"label": "rijbewijs", "listed": True}
        )
        document = self.feed_with("<p>Tekst.</p>").decode()
        document = document.replace(
            TERMS + "rijbewijs", TERMS.replace("http:", "https:") + "rijbewijs"
        )
        run("--format", "sc", write(tmp_path, "feed.xml", document), "--department", "Burgerzaken")
        assert AnswerPage.objects.get().upl.listed


@pytest.mark.django_db
class TestSdgMarkdown:
    def product(self, **fields):
        translation = {"taal": "nl", "titel": "", "tekst": "Een vergunning vraagt u aan."}
        translation |= fields
        return {
            "uuid": "8f1a2c44-0000-4000-8000-000000000009",
            "upnUri": TERMS + "parkeervergunning",
            "upnLabel": "parkeervergunning",
            "vertalingen": [translation],
        }

    def test_links_tables_and_the_application_button_survive(self, index, tmp_path):
        product = self.product(
            procedureBeschrijving=(
                "Lees de [regels](https://oudedorp.nl/parkeer_vergunning_bewoners). "
                "Meld het via <https://oudedorp.nl/melding>.\n\n"
                "| Soort | Prijs |\n|---|---|\n| Bewoners | € 60 |"
            ),
            procedureLink={"label": "Vraag direct aan", "url": "https://oudedorp.nl/aanvragen"},
        )
        path = write(tmp_path, "sdg.json", json.dumps([product]))
        run("--format", "sdg", path, "--department", "Burgerzaken")
        answer = AnswerPage.objects.get()
        assert answer.title == "Parkeervergunning"
        text = body_text(answer)
        assert "[regels](https://oudedorp.nl/parkeer_vergunning_bewoners)" in text
        assert "[https://oudedorp.nl/melding](https://oudedorp.nl/melding)" in text
        assert "Soort – Prijs\n\nBewoners – € 60" in text and "---" not in text
        assert "[knop: Vraag direct aan | https://oudedorp.nl/aanvragen]" in text

    def test_a_product_not_offered_is_skipped_not_failed(self, index, tmp_path, capsys):
        product = self.product() | {"productAanwezig": False}
        run(
            "--format",
            "sdg",
            write(tmp_path, "sdg.json", json.dumps([product])),
            "--department",
            "X",
        )
        assert "overgeslagen" in capsys.readouterr().err
        assert not AnswerPage.objects.exists()


@pytest.mark.django_db
def test_withdrawn_vacs_are_skipped_not_published(index, tmp_path, capsys):
    def vac(uuid, status, question):
        return {
            "uuid": uuid,
            "record": {
                "data": {
                    "vraag": question,
                    "antwoord": "<p>Haal een milieupas bij de balie.</p>",
                    "status": status,
                    "gerelateerdeProducten": [{"product": "https://www.oudedorp.nl/milieupas"}],
                }
            },
        }

    vacs = [
        vac("2b7e1b0a-1111-4222-8333-000000000001", "actief", "Hoe krijg ik een milieupas?"),
        vac("2b7e1b0a-1111-4222-8333-000000000002", "te-verwijderen", "Oude milieupas?"),
        vac("2b7e1b0a-1111-4222-8333-000000000003", "non-actief", "Milieupas 2019?"),
    ]
    run("--format", "vac", write(tmp_path, "vacs.json", json.dumps(vacs)), "--publish")
    output = capsys.readouterr()
    assert "1 nieuw" in output.out and "0 mislukt" in output.out
    assert "de VAC “Oude milieupas?” heeft de status “te-verwijderen”" in output.err
    answer = AnswerPage.objects.get()
    assert answer.title == "Hoe krijg ik een milieupas?"
    # A web page is no UPL name.
    assert answer.upl is None
