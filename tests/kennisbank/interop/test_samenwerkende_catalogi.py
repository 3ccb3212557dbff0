"""The Samenwerkende Catalogi 4.0 feed, checked against the XSD of standaarden.overheid.nl."""

import pytest
from lxml import etree

from kennisbank.interop.samenwerkende_catalogi import (
    Municipality,
    Product,
    build_feed,
    validate_feed,
)
from kennisbank.models import MunicipalitySettings, UplProduct
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory, published_answer

TERMS = "http://standaarden.overheid.nl/owms/terms/"
OWMS_ID = TERMS + "Zuidwaarde_(gemeente)"
NS = {
    "sc": "http://standaarden.overheid.nl/product/terms/",
    "dcterms": "http://purl.org/dc/terms/",
}
ZUIDWAARDE = Municipality("Zuidwaarde", OWMS_ID)


def product(**changes):
    values = {
        "identifier": "https://www.zuidwaarde.nl/vragen/paspoort/",
        "product_id": "paspoort-aanvragen",
        "title": "Hoe vraag ik een paspoort aan?",
        "modified": "2026-11-30",
        "audience": "inwoners",
        "abstract": "U vraagt een paspoort aan bij de balie.",
        "upl_uri": TERMS + "paspoort",
        "upl_label": "paspoort",
        "online_application": "nee",
        "application_url": "",
        "html": "<h2>Wat neemt u mee?</h2><p>Een pasfoto &amp; uw oude paspoort.</p>",
    }
    return Product(**{**values, **changes})


def test_a_feed_of_products_is_valid():
    document = build_feed(
        [
            product(),
            product(audience="beide", online_application="digid", application_url="https://x.nl/f"),
        ],
        ZUIDWAARDE,
    )
    assert validate_feed(document) == []
    tree = etree.fromstring(document)
    assert tree.xpath("//sc:scproduct/@owms-version", namespaces=NS) == ["4.0", "4.0"]
    assert tree.xpath("//dcterms:audience/text()", namespaces=NS) == [
        "particulier",
        "particulier",
        "ondernemer",
    ]
    # The full answer as escaped HTML, so markup survives as text.
    assert "<h2>Wat neemt u mee?</h2>" in tree.xpath("//sc:productHTML/text()", namespaces=NS)[0]


@pytest.mark.parametrize(
    "element, replacement",
    [
        ("<dcterms:modified>2026-11-30</dcterms:modified>", ""),
        (
            "<dcterms:abstract>U vraagt een paspoort aan bij de balie.</dcterms:abstract>",
            "",
        ),
        ('scheme="overheid:Informatietype"', 'scheme="overheid:Onbekend"'),
        ("<onlineAanvragen>nee</onlineAanvragen>", "<onlineAanvragen>misschien</onlineAanvragen>"),
        ('owms-version="4.0"', 'owms-version="3.0"'),
        ("<dcterms:title>Hoe vraag ik een paspoort aan?</dcterms:title>", ""),
    ],
)
def test_each_kind_of_invalid_feed_is_rejected(element, replacement):
    document = build_feed([product()], ZUIDWAARDE).decode()
    assert element in document
    broken = document.replace(element, replacement).encode()
    assert validate_feed(broken)


@pytest.fixture
def municipality(home):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    MunicipalitySettings.objects.update_or_create(
        site=site, defaults={"name": "Zuidwaarde", "owms_identifier": OWMS_ID}
    )
    return site


@pytest.mark.django_db
class TestFeedOfTheSite:
    def test_live_answers_with_a_upl_and_nothing_else(self, client, index, municipality):
        department = DepartmentFactory()
        passport = UplProduct.objects.get(uri=TERMS + "paspoort")
        published_answer(index, department, title="Hoe vraag ik een paspoort aan?", upl=passport)
        published_answer(index, department, title="Waar is het gemeentehuis?")
        # A name that is not (or no longer) in the UPL: overheid.nl would refuse it.
        withdrawn = UplProduct.objects.create(
            uri=TERMS + "ingetrokken-product", label="Ingetrokken product", listed=False
        )
        published_answer(index, department, title="Een oud product?", upl=withdrawn)
        AnswerPageFactory(
            parent=index, title="Een concept over paspoorten?", upl=passport, live=False
        )
        response = client.get("/samenwerkende-catalogi.xml")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/xml")
        assert validate_feed(response.content) == []
        titles = etree.fromstring(response.content).xpath("//dcterms:title/text()", namespaces=NS)
        assert titles == ["Hoe vraag ik een paspoort aan?"]
        # A harvester may ask with HEAD first (it got a 405).
        assert client.head("/samenwerkende-catalogi.xml").status_code == 200

    def test_the_contact_block_lists_the_channels(
        self, client, index, municipality, contact_settings
    ):
        passport = UplProduct.objects.get(uri=TERMS + "paspoort")
        published_answer(
            index,
            DepartmentFactory(),
            upl=passport,
            body=[{"type": "contact", "value": {"intro": ""}}],
        )
        response = client.get("/samenwerkende-catalogi.xml")
        assert validate_feed(response.content) == []
        html = etree.fromstring(response.content).xpath("//sc:productHTML/text()", namespaces=NS)
        assert "Telefoon" in html[0] and 'href="tel:140123"' in html[0]
        # Changed channels reach the cached feed at once.
        contact_settings.channels[0].value["name"] = "Bellen"
        contact_settings.save()
        again = etree.fromstring(client.get("/samenwerkende-catalogi.xml").content)
        assert "<strong>Bellen</strong>" in again.xpath("//sc:productHTML/text()", namespaces=NS)[0]

    def test_publishing_renews_the_cached_feed(self, client, index, municipality):
        department = DepartmentFactory()
        passport = UplProduct.objects.get(uri=TERMS + "paspoort")
        published_answer(index, department, title="Hoe vraag ik een paspoort aan?", upl=passport)
        client.get("/samenwerkende-catalogi.xml")
        published_answer(
            index,
            department,
            title="Hoeveel hondenbelasting betaal ik?",
            upl=UplProduct.objects.get(uri=TERMS + "hondenbelasting"),
        )
        assert b"hondenbelasting" in client.get("/samenwerkende-catalogi.xml").content

    def test_without_the_owms_identifier_it_says_what_to_fill_in(self, client, index, home):
        response = client.get("/samenwerkende-catalogi.xml")
        assert response.status_code == 404
        assert "OWMS" in response.content.decode()

    def test_robots_txt_names_the_feed(self, client, home):
        text = client.get("/robots.txt").content.decode()
        assert "Disallow: /admin/" in text
        assert "/samenwerkende-catalogi.xml" in text
