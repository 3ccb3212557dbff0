"""Pure core of the VAC mapping: plain values in, a VAC data dict (vac-schema.json) out.

Rules: an answer is always `actief` here (KISS ignores status, so an unpublished answer is deleted from the
Objects API instead); keywords and alternative questions both become `trefwoorden`, deduplicated case-blind
in their original order; optional lists are left out when empty rather than sent empty.
"""

DOELGROEP_BY_AUDIENCE = {
    "inwoners": "eu-burger",
    "ondernemers": "eu-bedrijf",
    "beide": "eu-burger-bedrijf",
}


def build_vac_data(
    *,
    question,
    antwoord_html,
    audience,
    toelichting_html="",
    department=None,
    keywords=(),
    related_vac_urls=(),
    upl_uri="",
):
    """Return the VAC `data` dict. `department` is an (id, name) pair or None."""
    data = {
        "vraag": question,
        "antwoord": antwoord_html,
        "status": "actief",
        # An unknown audience falls back to both: better too wide than invisible in KISS.
        "doelgroep": DOELGROEP_BY_AUDIENCE.get(audience, "eu-burger-bedrijf"),
    }
    if toelichting_html:
        data["toelichting"] = toelichting_html
    if department:
        dept_id, dept_name = department
        data["afdelingen"] = [{"afdelingId": str(dept_id), "afdelingNaam": dept_name}]
    seen = set()
    trefwoorden = []
    for word in keywords:
        word = word.strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            trefwoorden.append({"trefwoord": word})
    if trefwoorden:
        data["trefwoorden"] = trefwoorden
    if related_vac_urls:
        data["gerelateerdeVACs"] = [{"VAC": url} for url in related_vac_urls]
    if upl_uri:
        data["gerelateerdeProducten"] = [{"product": upl_uri}]
    return data
