"""Antwoorden over geboorte, erkenning, trouwen en overlijden."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "geboorte-aangeven",
        "title": "Hoe doe ik aangifte van de geboorte van mijn kind?",
        "alternative_questions": [
            "Geboorteaangifte",
            "Baby aangeven gemeente",
            "Kind aangeven na bevalling",
            "Binnen hoeveel dagen geboorte aangeven?",
        ],
        "short_answer": (
            "Doe aangifte binnen 3 dagen na de geboorte in de gemeente waar uw kind is geboren. "
            "Dat kan vaak online met DigiD. Anders maakt u een afspraak. "
            "De aangifte is gratis."
        ),
        "body": """\
Gefeliciteerd met de geboorte van uw kind! U doet aangifte in de gemeente waar uw kind is
geboren. Is uw kind in Voorbeeldstad geboren? Ook in het ziekenhuis? Dan doet u het hier.

## Wanneer?

Binnen 3 dagen na de geboorte. Valt de derde dag in het weekend of op een feestdag?
Dan heeft u tot de volgende werkdag.

## Online of aan de balie

Online aangifte met DigiD kan als:

- u getrouwd bent of een geregistreerd partner heeft, of
- de vader of meemoeder het kind voor de geboorte heeft erkend

Anders maakt u een afspraak. Neem uw ID-bewijs mee. Heeft u het kind erkend? Neem dan de
akte van erkenning mee.

## Wie doet aangifte?

De vader, moeder of meemoeder. Lukt dat niet? Dan mag iemand die bij de geboorte was
het doen.

Na de aangifte krijgt uw kind een burgerservicenummer (BSN).

[knop: Doe online aangifte | https://www.voorbeeldstad.example/geboorte]
""",
        "internal_notes": """\
Online aangiftes komen in de BRP-applicatie, wachtrij "Geboorte". Afspraakproduct
"Geboorteaangifte" (20 minuten), er zijn elke dag 4 plekken vrij gehouden.

Levenloos geboren kind: altijd met zorg behandelen, direct doorverbinden met een
medewerker burgerlijke stand, toestel 2150. Te late aangifte: toch afspraak maken;
de ambtenaar meldt dit aan het OM.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["geboorte", "aangifte", "baby", "bsn"],
        "review_in_days": 170,
        "related": ["kind-erkennen", "naamskeuze"],
        "upl": (UPL + "geboorteaangifte", "Geboorteaangifte"),
    },
    {
        "id": "kind-erkennen",
        "title": "Hoe erken ik mijn kind?",
        "alternative_questions": [
            "Erkenning ongeboren vrucht",
            "Kind erkennen niet getrouwd",
            "Vader worden zonder huwelijk",
            "Erkenning en gezag",
        ],
        "short_answer": (
            "Bent u niet getrouwd en geen geregistreerd partner? Dan moet u uw kind erkennen om "
            "juridisch ouder te worden. Dat kan al tijdens de zwangerschap. "
            "Maak een afspraak. Erkennen is gratis."
        ),
        "body": """\
Bent u niet getrouwd met de moeder? En heeft u geen geregistreerd partnerschap?
Dan bent u niet automatisch de juridische ouder. Daarvoor moet u het kind erkennen.

## Wanneer?

- tijdens de zwangerschap, dit raden wij aan
- bij de geboorteaangifte
- later, ook als het kind al ouder is

## Zo gaat het

1. Maak een afspraak. Dit kan in elke gemeente.
2. Kom samen met de moeder. Komt zij niet mee? Dan geeft zij schriftelijk toestemming.
3. Neem allebei uw paspoort of ID-kaart mee.
4. U krijgt een akte van erkenning.

Erkennen is gratis.

## Gezag

Met erkenning bent u juridisch ouder. Maar u heeft nog geen gezag.
Gezag vraagt u apart aan bij de rechtbank. Dat kan online en is gratis.

Bij de erkenning kiest u ook de achternaam van uw kind.

[antwoord: naamskeuze]
""",
        "internal_notes": """\
Afspraakproduct "Erkenning" (30 minuten), bij een ambtenaar burgerlijke stand. Let op
wetswijzigingen over gezamenlijk gezag bij erkenning; controleer intranet voor de
actuele regels.

Anderstalige ouders: tolk verplicht als zij geen Nederlands of Engels spreken.
Buitenlandse moeder: documenten nodig, doorverbinden met toestel 2150.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["erkenning", "kind", "vader", "gezag"],
        "review_in_days": 105,
        "related": ["geboorte-aangeven", "naamskeuze"],
        "upl": (UPL + "erkenning_kind", "Erkenning kind"),
    },
    {
        "id": "trouwen",
        "title": "Hoe regel ik mijn huwelijk in Voorbeeldstad?",
        "alternative_questions": [
            "Trouwen aanmelden",
            "Melding voorgenomen huwelijk",
            "Ondertrouw",
            "Trouwdatum reserveren",
        ],
        "short_answer": (
            "Doe online een melding voorgenomen huwelijk met DigiD. Dat doet u minimaal "
            "2 weken en maximaal 1 jaar voor de trouwdag. "
            "Reserveer daarna de datum, de locatie en de trouwambtenaar."
        ),
        "body": """\
Gaat u trouwen? Gefeliciteerd! U regelt het in een paar stappen.

## Stap 1: datum en locatie

Reserveer eerst de datum, tijd en locatie. Kies het Stadhuis of een andere trouwlocatie.
Dat kan tot 1 jaar van tevoren.

## Stap 2: melding voorgenomen huwelijk

Vroeger heette dit ondertrouw. U doet de melding online met DigiD.
Doe dit minimaal 2 weken en maximaal 1 jaar voor de trouwdag.
U vult ook de gegevens van uw getuigen in.

## Stap 3: getuigen

U heeft minimaal 2 en maximaal 4 getuigen nodig. Zij zijn 18 jaar of ouder.

## Stap 4: trouwambtenaar

Kies een trouwambtenaar (babs) van de gemeente. Of vraag een vriend of familielid om
voor 1 dag trouwambtenaar te zijn.

Woont een van u in het buitenland of heeft u een andere nationaliteit? Dan heeft u
soms extra papieren nodig.

[antwoord: trouwen-kosten]

[knop: Doe de melding | https://www.voorbeeldstad.example/trouwen]
""",
        "internal_notes": """\
Reserveringen in de trouwplanner. Melding voorgenomen huwelijk in de BRP-applicatie,
module Burgerlijke stand. Buitenlandse documenten: altijd afspraak voor controle,
doorverbinden met toestel 2150.

Signalen van schijnhuwelijk of dwang: niet bespreken met de klant, noteer het in de zaak
en informeer de teamleider.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["trouwen", "huwelijk", "ondertrouw", "babs"],
        "review_in_days": 215,
        "related": ["trouwen-kosten", "geregistreerd-partnerschap"],
        "upl": (UPL + "huwelijk", "Huwelijk"),
    },
    {
        "id": "trouwen-kosten",
        "title": "Wat kost trouwen of een geregistreerd partnerschap in Voorbeeldstad?",
        "alternative_questions": [
            "Gratis trouwen",
            "Prijs trouwen stadhuis",
            "Kosten trouwambtenaar",
            "Goedkoop trouwen",
        ],
        "short_answer": (
            "Op maandag om 9.00 uur trouwt u gratis in het Stadhuis. "
            "Op een doordeweekse dag in de trouwzaal betaalt u € 395. "
            "Op zaterdag betaalt u € 650. Een eigen locatie kost € 795."
        ),
        "body": """\
De kosten hangen af van de dag, de tijd en de locatie.

## Prijzen 2026

- maandag 9.00 uur, gratis, in de kleine trouwkamer, met 2 getuigen
- maandag tot en met vrijdag, trouwzaal Stadhuis: € 395
- zaterdag, trouwzaal Stadhuis: € 650
- eigen trouwlocatie in Voorbeeldstad: € 795
- trouwambtenaar voor 1 dag (vriend of familie): € 150 extra

Dezelfde prijzen gelden voor een geregistreerd partnerschap.

## Extra

- trouwboekje: € 32
- afschrift van de huwelijksakte: € 15,10

## Betalen

U betaalt bij de melding voorgenomen huwelijk, met iDEAL.
Zegt u de datum af? Tot 4 weken van tevoren krijgt u het geld terug.
""",
        "internal_notes": """\
Tarieven volgens de legesverordening 2026, hoofdstuk Burgerlijke stand. Gratis optie is
wettelijk verplicht; per maandag 2 plekken. Vol? Eerstvolgende vrije maandag aanbieden.

Annuleren binnen 4 weken: geen restitutie, uitzondering alleen na overleg met de
teamleider (bijvoorbeeld overlijden).
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["trouwen", "kosten", "huwelijk", "partnerschap"],
        "review_in_days": -15,
        "related": ["trouwen", "geregistreerd-partnerschap"],
    },
    {
        "id": "geregistreerd-partnerschap",
        "title": "Wat is het verschil tussen trouwen en een geregistreerd partnerschap?",
        "alternative_questions": [
            "Geregistreerd partnerschap aangaan",
            "Partnerschap omzetten in huwelijk",
            "Samenlevingscontract of partnerschap",
        ],
        "short_answer": (
            "Een huwelijk en een geregistreerd partnerschap lijken veel op elkaar. "
            "Het grootste verschil is het uit elkaar gaan. Een partnerschap kunt u samen bij de "
            "notaris beëindigen, zonder rechter."
        ),
        "body": """\
Bij een huwelijk en een geregistreerd partnerschap heeft u bijna dezelfde rechten en
plichten. Bijvoorbeeld over erven, pensioen en gezag.

## De verschillen

- Uit elkaar gaan: een partnerschap kan zonder rechter eindigen, een huwelijk niet.
- Buitenland: niet alle landen erkennen een geregistreerd partnerschap.
- Ceremonie: bij een huwelijk is een ceremonie verplicht, bij een partnerschap niet.

Gaan partners samen uit elkaar? Dan regelen zij het einde van het partnerschap met een
advocaat of notaris.

## Regelen

U regelt een geregistreerd partnerschap op dezelfde manier als een huwelijk.
De kosten zijn ook hetzelfde.

## Omzetten

U kunt een partnerschap omzetten in een huwelijk. Dit kost € 85.

Een samenlevingscontract is iets anders. Dat regelt u bij de notaris, niet bij de
gemeente.

[antwoord: trouwen]
""",
        "internal_notes": """\
Omzetting partnerschap naar huwelijk: zaaktype "Omzetting partnerschap". Geen juridisch
advies geven over erfrecht of pensioen; verwijs naar de notaris.

Beëindiging partnerschap wordt ingeschreven door de gemeente waar het is aangegaan.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["geregistreerd partnerschap", "huwelijk", "verschil"],
        "review_in_days": 350,
        "related": ["trouwen", "trouwen-kosten"],
        "upl": (UPL + "geregistreerd_partnerschapaangifte", "Geregistreerd partnerschapaangifte"),
    },
    {
        "id": "overlijden-aangeven",
        "title": "Hoe doe ik aangifte van een overlijden?",
        "alternative_questions": [
            "Overlijden melden gemeente",
            "Iemand is overleden, wat moet ik regelen?",
            "Overlijdensakte aanvragen",
            "Uitvaartondernemer aangifte",
        ],
        "short_answer": (
            "Meestal doet de uitvaartondernemer de aangifte voor u. "
            "Dat gebeurt in de gemeente waar iemand overleed. "
            "De gemeente geeft het overlijden door aan andere overheden."
        ),
        "body": """\
Het overlijden van een dierbare is een moeilijke tijd. Wij helpen u waar we kunnen.

## Aangifte

Het overlijden moet worden aangegeven bij de gemeente waar iemand is overleden.
Meestal regelt de uitvaartondernemer dit. U hoeft dan zelf niets te doen bij de
gemeente.

De aangifte moet gebeuren voor de begrafenis of crematie. Die vindt plaats binnen
6 werkdagen na het overlijden.

## Wat doet de gemeente?

- Wij maken een akte van overlijden.
- Wij geven het overlijden door aan onder andere de Belastingdienst en de SVB.
- U hoeft het niet zelf aan deze organisaties te melden.

## Wat regelt u zelf?

- opzeggen van abonnementen en contracten
- contact met de bank en verzekeringen
- de huur van de woning

Heeft u een afschrift van de overlijdensakte nodig? Dat kost € 15,10.

[contact]
""",
        "internal_notes": """\
Aangiftes door uitvaartondernemers komen digitaal binnen in de BRP-applicatie. Klant belt
over gemeentelijke belastingen van de overledene: maak een taak voor Team Belastingen
(aanslag op naam van de erven).

Stoffelijk overschot naar het buitenland: verlof en documenten nodig, doorverbinden met
toestel 2150. Toon begrip, neem de tijd.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["overlijden", "aangifte", "uitvaart", "overlijdensakte"],
        "review_in_days": 265,
        "related": ["brp-uittreksel"],
        "upl": (UPL + "overlijdensaangifte", "Overlijdensaangifte"),
    },
    {
        "id": "naamskeuze",
        "title": "Welke achternaam krijgt mijn kind?",
        "alternative_questions": [
            "Naamskeuze kind",
            "Achternaam moeder geven",
            "Dubbele achternaam kind",
            "Naamskeuzeverklaring",
        ],
        "short_answer": (
            "Bent u getrouwd? Dan krijgt uw kind de achternaam van de vader, tenzij u iets anders "
            "kiest. U kunt ook kiezen voor de naam van de moeder of een dubbele achternaam. "
            "Doe dit voor of bij de geboorteaangifte."
        ),
        "body": """\
U mag zelf kiezen welke achternaam uw kind krijgt. De keuze geldt voor al uw kinderen
samen. U kiest dus één keer, bij het eerste kind.

## De keuzes

- de achternaam van de ene ouder
- de achternaam van de andere ouder
- een dubbele achternaam, met beide namen in een volgorde die u kiest

## Wanneer kiest u?

- Getrouwd of geregistreerd partner: voor of bij de geboorteaangifte.
- Niet getrouwd: bij de erkenning.

Kiest u niets? Dan krijgt uw kind bij getrouwde ouders de naam van de vader.
Bij erkenning krijgt het kind de naam van de moeder.

## Zo gaat het

Maak een afspraak. U komt samen. U legt een naamskeuzeverklaring af.
Dit is gratis.
""",
        "internal_notes": """\
Sinds 1 januari 2024 is een dubbele achternaam mogelijk voor kinderen die daarna zijn
geboren. Er was een overgangsregeling voor oudere kinderen; die is afgelopen.

Buitenlandse nationaliteit van ouders: soms geldt buitenlands naamrecht. Doorverbinden
met toestel 2150.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["naamskeuze", "achternaam", "kind", "dubbele naam"],
        "review_in_days": 325,
        "related": ["geboorte-aangeven", "kind-erkennen"],
        "upl": (UPL + "naamskeuzeverklaring", "Naamskeuzeverklaring"),
    },
]
