import pytest

from kennisbank.interop.html import safe_html
from kennisbank.interop.vac import build_vac_data
from kennisbank.interop.validation import InvalidVac, validate_vac


def test_mapped_vac_is_valid():
    data = build_vac_data(
        question="V", antwoord_html="A", audience="inwoners", upl_uri="http://x.nl/p"
    )
    assert validate_vac(data) is data


def test_invalid_vac_names_the_field():
    with pytest.raises(InvalidVac, match="doelgroep"):
        validate_vac({"vraag": "V", "antwoord": "A", "status": "actief", "doelgroep": "iedereen"})


def test_safe_html_drops_scripts_and_makes_links_absolute():
    html = safe_html(
        '<h2>Kop</h2><script>alert(1)</script><a href="/vragen/x/">x</a>', "https://kb.example/"
    )
    assert "<script" not in html and "alert" not in html
    assert 'href="https://kb.example/vragen/x/"' in html
    assert "<h2>Kop</h2>" in html
