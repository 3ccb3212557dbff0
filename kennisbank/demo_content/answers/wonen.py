"""Antwoorden over woning zoeken, urgentie, huurtoeslag en verhuur."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "woning-zoeken",
        "title": "Hoe vind ik een huurwoning in Voorbeeldstad?",
        "alternative_questions": [
            "Inschrijven voor een sociale huurwoning",
            "Woningnet Voorbeeldstad",
            "Hoe lang is de wachttijd voor een huurhuis?",
            "Woning zoeken starter",
        ],
        "short_answer": (
            "Voor een sociale huurwoning schrijft u zich in bij WoonNet Voorbeeldregio. "
            "Dat kost € 25 per jaar. Hoe langer u ingeschreven staat, hoe meer kans u heeft. "
            "De gemiddelde wachttijd is ongeveer 7 jaar."
        ),
        "body": """\
De gemeente verhuurt zelf geen woningen. Wel helpen wij u op weg.

## Sociale huurwoning

Sociale huurwoningen zijn van woningcorporaties. U vindt ze op WoonNet Voorbeeldregio.

1. Schrijf u in op de website van WoonNet. Dat kost € 25 per jaar.
2. Reageer op woningen die bij u passen.
3. Wie het langst ingeschreven staat, krijgt meestal de woning.

De gemiddelde wachttijd is ongeveer 7 jaar. Schrijf u daarom op tijd in.
Voor een sociale huurwoning mag uw inkomen niet te hoog zijn.

## Andere mogelijkheden

- middenhuur: bij makelaars en verhuurders, voor middeninkomens
- kamers: vooral voor jongeren en studenten
- loting: sommige woningen worden verloot, dan telt inschrijfduur niet

## Jongeren

Bent u jonger dan 23 jaar? Dan kunt u reageren op jongerenwoningen.
Die hebben een kortere wachttijd.

[antwoord: urgentie]
""",
        "internal_notes": """\
WoonNet Voorbeeldregio is de regionale woonruimteverdeling van de corporaties. Vragen over
inschrijving, wachtwoord of reacties: verwijs naar WoonNet. Wij kunnen daar niet in kijken.

Inkomensgrenzen veranderen op 1 januari; noem alleen de grens uit de actuele tabel op
intranet. Dakloosheid: verwijs naar het Sociaal Wijkteam.
""",
        "department": "wonen",
        "audience": "inwoners",
        "keywords": ["huurwoning", "woning zoeken", "woonnet", "sociale huur"],
        "review_in_days": 190,
        "related": ["urgentie", "huurtoeslag"],
        "upl": (UPL + "wnZkIns", "Woning zoeken inschrijving"),
    },
    {
        "id": "urgentie",
        "title": "Kan ik met voorrang een woning krijgen?",
        "alternative_questions": [
            "Urgentieverklaring aanvragen",
            "Met spoed een huis nodig",
            "Urgentie bij scheiding",
            "Medische urgentie woning",
        ],
        "short_answer": (
            "Alleen in een noodsituatie die u niet zelf kon voorkomen. Bijvoorbeeld bij "
            "huiselijk geweld of als uw huis onbewoonbaar is. "
            "De aanvraag kost € 50. U krijgt binnen 8 weken een besluit."
        ),
        "body": """\
Met een urgentieverklaring krijgt u voorrang op een sociale huurwoning.
U krijgt die alleen in een echte noodsituatie.

## Wanneer misschien wel?

- u moet weg vanwege huiselijk geweld
- uw huis is onbewoonbaar door brand of instorting
- u kunt door een ernstige ziekte of beperking niet in uw huis blijven
- u geeft intensieve mantelzorg en moet dichterbij wonen

## Wanneer niet?

- bij een scheiding of relatieproblemen
- als u alleen een huis te klein of te duur vindt
- bij schulden of huurachterstand
- als u zelf een andere oplossing kunt vinden

## Aanvragen

1. Lees eerst de voorwaarden op onze website.
2. Vul het aanvraagformulier in.
3. Stuur bewijsstukken mee, zoals een brief van een arts.
4. Betaal € 50. Dit krijgt u niet terug als u geen urgentie krijgt.

U krijgt binnen 8 weken een besluit.

[contact]
""",
        "internal_notes": """\
Urgentieaanvragen worden beoordeeld door de regionale urgentiecommissie. Zaaktype
"Urgentieaanvraag". Geen verwachtingen wekken: het overgrote deel wordt afgewezen.

Acute dakloosheid of huiselijk geweld: niet wachten op de urgentieprocedure. Verwijs naar
het Sociaal Wijkteam of Veilig Thuis (0800 2000).
""",
        "department": "wonen",
        "audience": "inwoners",
        "keywords": ["urgentie", "voorrang", "woning", "noodsituatie"],
        "review_in_days": 225,
        "related": ["woning-zoeken", "zorgen-over-iemand"],
        "upl": (UPL + "urgBewWoning", "Urgentiebewijs woning"),
    },
    {
        "id": "huurtoeslag",
        "title": "Waar vraag ik huurtoeslag aan?",
        "alternative_questions": [
            "Huurtoeslag aanvragen",
            "Hulp bij toeslagen",
            "Heb ik recht op huurtoeslag?",
        ],
        "short_answer": (
            "Huurtoeslag vraagt u aan bij Dienst Toeslagen van de Belastingdienst, niet bij de "
            "gemeente. Doe eerst een proefberekening. "
            "Hulp nodig? Ga naar het Informatiepunt Digitale Overheid in de bibliotheek."
        ),
        "body": """\
Huurtoeslag is een bijdrage in uw huur. U krijgt het van Dienst Toeslagen.
Dat is een onderdeel van de Belastingdienst. De gemeente gaat er niet over.

## Heeft u recht op huurtoeslag?

Dat hangt af van:

- de hoogte van uw huur
- uw inkomen en dat van uw huisgenoten
- uw spaargeld

Doe een proefberekening op de website van Dienst Toeslagen. Dan weet u hoeveel u
ongeveer krijgt.

## Aanvragen

U vraagt huurtoeslag online aan met DigiD. Geef veranderingen snel door.
Bijvoorbeeld als u meer gaat verdienen. Zo voorkomt u dat u moet terugbetalen.

## Hulp nodig?

Het Informatiepunt Digitale Overheid in de Centrale Bibliotheek helpt u gratis.
U kunt er terecht op maandag, woensdag en vrijdag van 10.00 tot 13.00 uur.
Neem uw DigiD-gegevens mee.

Ook het Sociaal Wijkteam kan u helpen met formulieren.
""",
        "internal_notes": """\
Wij hebben geen inzage in toeslagen. Klant met een terugvordering of problemen met
toeslagen: verwijs naar de BelastingTelefoon of naar schuldhulp als er meer schulden zijn.

Informatiepunt Digitale Overheid wordt gerund door de bibliotheek met vrijwilligers.
""",
        "department": "wonen",
        "audience": "inwoners",
        "keywords": ["huurtoeslag", "toeslagen", "belastingdienst", "huur"],
        "review_in_days": 285,
        "related": ["woning-zoeken", "schuldhulp", "digid-problemen"],
        "upl": (UPL + "huurtoeslag", "Huurtoeslag"),
    },
    {
        "id": "woonwagen-standplaats",
        "title": "Hoe kom ik in aanmerking voor een standplaats voor een woonwagen?",
        "alternative_questions": [
            "Woonwagenstandplaats huren",
            "Wachtlijst woonwagen",
            "Woonwagenkamp Voorbeeldstad",
        ],
        "short_answer": (
            "Schrijf u in op de wachtlijst voor woonwagenstandplaatsen bij de gemeente. "
            "Dat is gratis. Komt er een plaats vrij? Dan krijgt degene die het langst "
            "ingeschreven staat een aanbod."
        ),
        "body": """\
In Voorbeeldstad zijn 3 woonwagenlocaties. De standplaatsen worden verhuurd door
woningcorporatie Thuis in Voorbeeldstad.

## Inschrijven

1. Vul het inschrijfformulier in.
2. Stuur een kopie van uw ID-bewijs mee.
3. U krijgt een bevestiging met uw inschrijfdatum.

Inschrijven is gratis. U moet elk jaar laten weten dat u nog wilt blijven staan.

## Wie krijgt een plaats?

Komt er een plaats vrij? Dan krijgt degene die het langst ingeschreven staat een
aanbod. Kinderen van bewoners van dezelfde locatie krijgen soms voorrang.

## Wachttijd

De wachttijd is op dit moment lang, vaak meer dan 5 jaar. De gemeente werkt aan nieuwe
standplaatsen.

[contact]
""",
        "internal_notes": """\
Wachtlijst wordt beheerd door Team Wonen in een aparte registratie. De positie op de
wachtlijst mag u noemen na controle van de identiteit.

Beleid woonwagenbewoners wordt herzien; nieuwe locatie in voorbereiding. Let op: dit
antwoord is verouderd zodra het nieuwe beleid is vastgesteld.
""",
        "department": "wonen",
        "audience": "inwoners",
        "keywords": ["woonwagen", "standplaats", "wachtlijst"],
        "review_in_days": -180,
        "related": ["woning-zoeken"],
        "upl": (UPL + "woonwagenstandplaats", "Woonwagenstandplaats"),
    },
    {
        "id": "vakantieverhuur",
        "title": "Mag ik mijn woning of een kamer verhuren aan toeristen?",
        "alternative_questions": [
            "Airbnb regels Voorbeeldstad",
            "Registratienummer vakantieverhuur",
            "B&B beginnen",
            "Woning verhuren tijdens vakantie",
        ],
        "short_answer": (
            "Ja, maximaal 30 nachten per jaar en aan maximaal 4 personen tegelijk. "
            "U heeft een registratienummer nodig en u meldt elke verhuur. "
            "U betaalt toeristenbelasting."
        ),
        "body": """\
Wilt u uw huis verhuren als u op vakantie bent? Of een kamer aan toeristen?
Dat mag, maar er zijn regels.

## De regels

- maximaal 30 nachten per jaar
- maximaal 4 personen tegelijk
- u heeft een registratienummer
- u meldt elke verhuur vooraf online
- u betaalt toeristenbelasting

Zet uw registratienummer in elke advertentie.

## Toestemming

Huurt u zelf? Dan heeft u toestemming van uw verhuurder nodig. Bij een sociale
huurwoning mag het niet. Woont u in een appartement? Kijk dan ook naar de regels van de
Vereniging van Eigenaren.

## Bed and breakfast

Wilt u vaker verhuren, bijvoorbeeld als B&B? Dan gelden andere regels.
Neem contact op met het Ondernemersloket.

[antwoord: toeristenbelasting]

[knop: Vraag een registratienummer aan | https://www.voorbeeldstad.example/vakantieverhuur]
""",
        "internal_notes": """\
Registratienummers en meldingen in de applicatie Vakantieverhuur (Team Wonen). Overtreding
van het maximum: boete tot € 8.000. Klachten van buren over vakantieverhuur: zaaktype
"Melding woonfraude".

B&B-vragen: doorverbinden met het Ondernemersloket, toestel 2900.
""",
        "department": "wonen",
        "audience": "beide",
        "keywords": ["vakantieverhuur", "airbnb", "registratienummer", "b&b"],
        "review_in_days": 145,
        "related": ["toeristenbelasting", "bedrijf-aan-huis"],
        "upl": (
            UPL + "regnr_toer_woonruimteverhuur",
            "Registratienummer toeristische woonruimteverhuur",
        ),
    },
]
