from kennisbank.interop.vac import build_vac_data


def test_audience_maps_to_doelgroep():
    assert (
        build_vac_data(question="V", antwoord_html="A", audience="inwoners")["doelgroep"]
        == "eu-burger"
    )
    assert (
        build_vac_data(question="V", antwoord_html="A", audience="ondernemers")["doelgroep"]
        == "eu-bedrijf"
    )
    assert (
        build_vac_data(question="V", antwoord_html="A", audience="beide")["doelgroep"]
        == "eu-burger-bedrijf"
    )


def test_full_mapping():
    data = build_vac_data(
        question="Hoe vraag ik een paspoort aan?",
        antwoord_html="<p>Maak een afspraak.</p>",
        audience="inwoners",
        toelichting_html="<p>Intern</p>",
        department=(3, "Burgerzaken"),
        keywords=["paspoort", "Paspoort", "reisdocument"],
        related_vac_urls=["https://kb.example/api/v2/objects/abc"],
        upl_uri="http://standaarden.overheid.nl/owms/terms/Paspoort",
    )
    assert data["status"] == "actief"
    assert data["afdelingen"] == [{"afdelingId": "3", "afdelingNaam": "Burgerzaken"}]
    assert data["trefwoorden"] == [{"trefwoord": "paspoort"}, {"trefwoord": "reisdocument"}]
    assert data["gerelateerdeVACs"] == [{"VAC": "https://kb.example/api/v2/objects/abc"}]
    assert data["gerelateerdeProducten"] == [
        {"product": "http://standaarden.overheid.nl/owms/terms/Paspoort"}
    ]


def test_empty_optionals_left_out():
    data = build_vac_data(question="V", antwoord_html="A", audience="beide")
    assert set(data) == {"vraag", "antwoord", "status", "doelgroep"}
