"""The Samenwerkende Catalogi 4.0 feed: our product answers, as overheid.nl collects them.

`build_feed` is pure (plain values in, XML bytes out); `validate_feed` checks a document against
the vendored SC 4.0 XSD with lxml. One `scproduct` per live public answer that names a UPL
product: overheid.nl places a product by its UPL name, an answer without one it cannot use.
"""

from dataclasses import dataclass
from functools import cache

from lxml import etree

from kennisbank.interop.schemas import SCHEMA_DIR

PRODUCT = "http://standaarden.overheid.nl/product/terms/"
DCTERMS = "http://purl.org/dc/terms/"
OVERHEID = "http://standaarden.overheid.nl/owms/terms/"
NSMAP = {None: PRODUCT, "dcterms": DCTERMS, "overheid": OVERHEID}
SC_XSD = SCHEMA_DIR / "xsd" / "sc" / "4.0" / "xsd" / "sc.xsd"

AUDIENCES = {
    "inwoners": ["particulier"],
    "ondernemers": ["ondernemer"],
    "beide": ["particulier", "ondernemer"],
}


@dataclass(frozen=True)
class Product:
    identifier: str  # the answer's absolute URL
    product_id: str
    title: str
    modified: str  # YYYY-MM-DD
    audience: str  # inwoners / ondernemers / beide
    abstract: str
    upl_uri: str
    upl_label: str
    online_application: str  # ja / digid / nee
    application_url: str
    html: str  # the full answer, safe HTML


@dataclass(frozen=True)
class Municipality:
    name: str
    owms_identifier: str


def _element(parent, namespace, name, text=None, **attributes):
    element = etree.SubElement(parent, f"{{{namespace}}}{name}", attributes)
    if text is not None:
        element.text = text
    return element


def _product(parent, product: Product, municipality: Municipality):
    scproduct = _element(parent, PRODUCT, "scproduct", **{"owms-version": "4.0"})
    meta = _element(scproduct, PRODUCT, "meta")
    kern = _element(meta, PRODUCT, "owmskern")
    _element(kern, DCTERMS, "identifier", product.identifier)
    _element(kern, DCTERMS, "title", product.title)
    _element(kern, DCTERMS, "language", "nl")
    _element(kern, DCTERMS, "type", "productbeschrijving", scheme="overheid:Informatietype")
    _element(kern, DCTERMS, "modified", product.modified)
    place = {"scheme": "overheid:Gemeente", "resourceIdentifier": municipality.owms_identifier}
    _element(kern, DCTERMS, "spatial", municipality.name, **place)
    _element(kern, OVERHEID, "authority", municipality.name, **place)
    mantel = _element(meta, PRODUCT, "owmsmantel")
    for audience in AUDIENCES.get(product.audience, AUDIENCES["beide"]):
        _element(mantel, DCTERMS, "audience", audience, scheme="overheid:Doelgroep")
    _element(mantel, DCTERMS, "abstract", product.abstract)
    scmeta = _element(meta, PRODUCT, "scmeta")
    _element(scmeta, PRODUCT, "productID", product.product_id)
    _element(scmeta, PRODUCT, "onlineAanvragen", product.online_application)
    if product.online_application != "nee" and product.application_url:
        _element(scmeta, PRODUCT, "aanvraagURL", resourceIdentifier=product.application_url)
    _element(
        scmeta,
        PRODUCT,
        "uniformeProductnaam",
        product.upl_label,
        scheme="overheid:UniformeProductnaam",
        resourceIdentifier=product.upl_uri,
    )
    body = _element(scproduct, PRODUCT, "body")
    # As text: the schema asks for strictly validated XHTML elements otherwise, and the
    # harvesters of overheid.nl read productHTML as escaped HTML.
    _element(body, PRODUCT, "productHTML", product.html)


def build_feed(products: list[Product], municipality: Municipality) -> bytes:
    root = etree.Element(f"{{{PRODUCT}}}scproducten", nsmap=NSMAP)
    for product in products:
        _product(root, product, municipality)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@cache
def _schema():
    return etree.XMLSchema(etree.parse(str(SC_XSD)))


def validate_feed(document: bytes) -> list[str]:
    """The schema errors of a feed ([] when valid)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.fromstring(document, parser)
    schema = _schema()
    if schema.validate(tree):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]
