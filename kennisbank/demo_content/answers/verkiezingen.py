"""Antwoorden over verkiezingen: stempas en volmacht."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "stempas-kwijt",
        "title": "Ik ben mijn stempas kwijt of heb er geen gekregen. Wat nu?",
        "alternative_questions": [
            "Vervangende stempas aanvragen",
            "Stempas niet ontvangen",
            "Stemmen zonder stempas",
            "Stempas kapot",
        ],
        "short_answer": (
            "Vraag een vervangende stempas aan. Schriftelijk kan tot 5 dagen voor de "
            "verkiezing. Aan de balie kan tot de dag voor de verkiezing, 12.00 uur. "
            "Zonder stempas kunt u niet stemmen."
        ),
        "body": """\
Uw stempas komt uiterlijk 14 dagen voor de verkiezing met de post.
Heeft u hem dan nog niet? Of bent u hem kwijt? Vraag dan een nieuwe aan.

## Zo vraagt u een vervangende stempas aan

- Schriftelijk: vul het formulier in. Het moet 5 dagen voor de verkiezing bij ons zijn.
- Aan de balie: tot de dag voor de verkiezing, 12.00 uur. Neem uw ID-bewijs mee.

Het is gratis. Uw oude stempas is daarna niet meer geldig.

## Stemmen

Neem naar het stembureau mee:

- uw stempas
- een geldig identiteitsbewijs, zoals een paspoort, ID-kaart of rijbewijs

Uw identiteitsbewijs mag maximaal 5 jaar verlopen zijn.

Kunt u zelf niet stemmen? Dan kunt u iemand anders machtigen.

[antwoord: volmacht-stemmen]

[contact]
""",
        "internal_notes": """\
Vervangende stempassen via de verkiezingsapplicatie. Check of de klant op de peildatum in
Voorbeeldstad stond ingeschreven. Niet ingeschreven op peildatum: klant stemt in de oude
gemeente.

Tijdens verkiezingsweken is het Verkiezingsteam bereikbaar via toestel 2190.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["stempas", "verkiezingen", "stemmen"],
        "review_in_days": 55,
        "related": ["volmacht-stemmen"],
        "upl": (UPL + "stempas", "Stempas"),
    },
    {
        "id": "volmacht-stemmen",
        "title": "Hoe laat ik iemand anders voor mij stemmen?",
        "alternative_questions": [
            "Volmacht geven verkiezingen",
            "Machtiging stemmen",
            "Iemand anders laten stemmen",
            "Stemmen bij ziekte of vakantie",
        ],
        "short_answer": (
            "Vul de achterkant van uw stempas in en onderteken die. Geef de stempas en een kopie "
            "van uw ID-bewijs aan iemand die ook in Voorbeeldstad stemt. "
            "Die persoon stemt dan samen met zijn eigen stem."
        ),
        "body": """\
Kunt u op de dag van de verkiezing niet zelf stemmen? Dan kunt u iemand anders voor u
laten stemmen. Dat heet stemmen bij volmacht.

## Zo gaat het

1. Vul de achterkant van uw stempas in.
2. Zet uw handtekening. De persoon die voor u stemt, tekent ook.
3. Geef uw stempas mee met een kopie van uw identiteitsbewijs.

De persoon die voor u stemt:

- mag ook stemmen in Voorbeeldstad
- stemt voor u tegelijk met zijn eigen stem
- mag voor maximaal 2 andere mensen stemmen

## Iemand uit een andere gemeente?

Dat kan soms, afhankelijk van de verkiezing. Vraag dan een schriftelijke volmacht aan.
Dat moet uiterlijk 5 dagen voor de verkiezing.

## Hulp in het stemhokje

Heeft u een lichamelijke beperking? Dan mag iemand u helpen in het stemhokje.
""",
        "internal_notes": """\
Regels rond volmachten kunnen per verkiezing veranderen; controleer de verkiezingspagina op
intranet. Schriftelijke volmacht via zaaktype "Schriftelijke volmacht".

Vermoeden van ronselen van volmachten: niet bespreken, direct melden bij het
Verkiezingsteam, toestel 2190.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["volmacht", "stemmen", "verkiezingen", "machtiging"],
        "review_in_days": -10,
        "related": ["stempas-kwijt"],
        "upl": (UPL + "volmachtbewijs_verkiezingen", "Volmachtbewijs verkiezingen"),
    },
]
