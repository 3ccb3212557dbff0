"""Antwoorden over leerlingenvervoer, leerplicht en kinderopvang."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "leerlingenvervoer",
        "title": "Kan mijn kind met leerlingenvervoer naar school?",
        "alternative_questions": [
            "Leerlingenvervoer aanvragen",
            "Taxi naar speciaal onderwijs",
            "Vergoeding reiskosten school",
            "Schoolvervoer",
        ],
        "short_answer": (
            "Dat kan als de school ver weg is. Of als uw kind door een beperking niet zelf kan "
            "reizen. Vraag het online aan voor 1 mei voor het nieuwe schooljaar. "
            "Soms betaalt u een eigen bijdrage."
        ),
        "body": """\
Leerlingenvervoer is vervoer of een vergoeding voor de reis naar school.
Het is bedoeld voor kinderen die niet zelf naar school kunnen.

## Wanneer misschien wel?

- Uw kind gaat naar een basisschool die meer dan 6 kilometer van huis is.
- Uw kind gaat naar het speciaal onderwijs.
- Uw kind kan door een beperking niet zelf of met het openbaar vervoer reizen.

## Wat kunt u krijgen?

- een vergoeding voor fiets of auto
- een ov-kaart, soms ook voor een begeleider
- aangepast vervoer, zoals een taxibusje

Wij kijken eerst of uw kind zelf kan reizen, eventueel met training.

## Aanvragen

Vraag het online aan voor 1 mei. Dan is het vervoer geregeld bij de start van het
schooljaar. Verandert er iets tijdens het jaar? Vraag het dan direct aan.

## Eigen bijdrage

Gaat uw kind naar het basisonderwijs? En is uw inkomen hoger dan € 30.000?
Dan betaalt u soms een eigen bijdrage.

[knop: Vraag leerlingenvervoer aan | https://www.voorbeeldstad.example/leerlingenvervoer]

[contact]
""",
        "internal_notes": """\
Zaaktype "Leerlingenvervoer". Klachten over de vervoerder (te laat, chauffeur): eerst bij
de vervoerder, dan zaaktype "Klacht leerlingenvervoer". Bedragen eigen bijdrage staan in
de verordening leerlingenvervoer.

Aanvragen na 1 mei worden behandeld, maar vervoer is dan soms pas later geregeld.
""",
        "department": "onderwijs-en-jeugd",
        "audience": "inwoners",
        "keywords": ["leerlingenvervoer", "school", "vervoer", "speciaal onderwijs"],
        "review_in_days": -30,
        "related": ["verlof-school", "regiotaxi"],
        "upl": (UPL + "leerlingenvervoer", "Leerlingenvervoer"),
    },
    {
        "id": "verlof-school",
        "title": "Mag mijn kind buiten de schoolvakanties vrij krijgen?",
        "alternative_questions": [
            "Verlof buiten schoolvakantie",
            "Extra vakantie aanvragen school",
            "Leerplicht vrij vragen",
            "Vrij voor bruiloft of begrafenis",
        ],
        "short_answer": (
            "Alleen in bijzondere situaties. Vraag verlof van 10 dagen of minder aan bij de "
            "directeur van de school. Voor meer dan 10 dagen beslist de leerplichtambtenaar. "
            "Vraag het 8 weken van tevoren aan."
        ),
        "body": """\
Kinderen van 5 tot 16 jaar zijn leerplichtig. Ze moeten naar school.
Vrij buiten de schoolvakanties kan alleen in bijzondere situaties.

## Extra vakantie

Dit mag alleen als u door uw werk in geen enkele schoolvakantie weg kunt.
Bijvoorbeeld als u een eigen bedrijf in het toerisme heeft.
U neemt dan een verklaring van uw werkgever mee.

- maximaal 10 dagen per schooljaar
- niet in de eerste 2 weken van het schooljaar

## Andere redenen

Bijvoorbeeld een bruiloft, een begrafenis of een ernstige ziekte in de familie.

## Wie beslist?

- 10 dagen of minder: de directeur van de school
- meer dan 10 dagen: de leerplichtambtenaar van de gemeente

Vraag het verlof minimaal 8 weken van tevoren aan.

Houdt u uw kind zonder toestemming thuis? Dan kunt u een boete krijgen.

[contact]
""",
        "internal_notes": """\
Aanvragen meer dan 10 dagen: zaaktype "Verlof leerplicht". Leerplichtambtenaren zijn
bereikbaar via toestel 2860. Goedkopere vakantie is geen reden voor verlof.

Ouder meldt dat een kind al lang niet naar school gaat: melding leerplicht, zaaktype
"Verzuim".
""",
        "department": "onderwijs-en-jeugd",
        "audience": "inwoners",
        "keywords": ["leerplicht", "verlof", "school", "vakantie"],
        "review_in_days": 205,
        "related": ["leerlingenvervoer", "jeugdhulp"],
        "upl": (UPL + "leerplichtvrijstelling", "Leerplichtvrijstelling"),
    },
    {
        "id": "kinderopvangtoeslag",
        "title": "Hoe krijg ik kinderopvangtoeslag?",
        "alternative_questions": [
            "Kinderopvangtoeslag aanvragen",
            "Vergoeding kinderopvang",
            "Kosten kinderdagverblijf",
            "Toeslag gastouder",
        ],
        "short_answer": (
            "Kinderopvangtoeslag vraagt u aan bij Dienst Toeslagen van de Belastingdienst. "
            "De opvang moet geregistreerd zijn in het Landelijk Register Kinderopvang. "
            "Vraag het aan binnen 3 maanden na de start."
        ),
        "body": """\
Gaat uw kind naar een kinderdagverblijf, de buitenschoolse opvang of een gastouder?
Dan kunt u misschien kinderopvangtoeslag krijgen.

## Waar?

U vraagt de toeslag aan bij Dienst Toeslagen. Dat is een onderdeel van de
Belastingdienst. De gemeente gaat er niet over.

## Voorwaarden

- U werkt, studeert of volgt een traject naar werk.
- De opvang staat in het Landelijk Register Kinderopvang.
- U heeft een contract met de opvang.

## Aanvragen

Vraag het online aan met DigiD. Doe dit binnen 3 maanden na de eerste opvangdag.
Anders krijgt u minder.

## Wel via de gemeente

Volgt u een inburgeringstraject of re-integratie via de gemeente? Dan betalen wij soms
een deel. Vraag het uw consulent.

Heeft uw kind extra ondersteuning nodig? Neem dan contact op met het Jeugd- en
Gezinsteam.

De gemeente controleert ook de kwaliteit van de kinderopvang. De GGD doet die controle.
""",
        "internal_notes": """\
Geen inzage in toeslagen. Klantvragen over bedragen of terugvorderingen: BelastingTelefoon.
Kinderopvang via de gemeente (sociaal-medische indicatie): doorverbinden met toestel 2850.

Let op: de landelijke regels voor kinderopvang gaan veranderen. Controleer dit antwoord
als de nieuwe wet ingaat.
""",
        "department": "onderwijs-en-jeugd",
        "audience": "inwoners",
        "keywords": ["kinderopvang", "toeslag", "belastingdienst", "gastouder"],
        "review_in_days": 160,
        "related": ["huurtoeslag", "jeugdhulp"],
        "upl": (UPL + "kinderopvangtoeslag", "Kinderopvangtoeslag"),
    },
    {
        "id": "peuteropvang",
        "title": "Kan mijn peuter naar de peuteropvang?",
        "alternative_questions": [
            "Peuterspeelzaal",
            "VVE-indicatie",
            "Voorschool aanmelden",
        ],
        "short_answer": (
            "Vanaf 2 jaar kan uw kind naar de peuteropvang. Heeft u geen recht op "
            "kinderopvangtoeslag? Dan betaalt de gemeente mee. "
            "Met een VVE-indicatie kan uw kind 16 uur per week gaan."
        ),
        "body": """\
Op de peuteropvang speelt uw kind met andere kinderen. Het leert nieuwe woorden en
wordt voorbereid op de basisschool.

## Voor wie?

Alle kinderen van 2 tot 4 jaar kunnen naar de peuteropvang.

## Kosten

Werken beide ouders? Dan kunt u kinderopvangtoeslag aanvragen.

Heeft u geen recht op kinderopvangtoeslag? Dan betaalt de gemeente mee.
U betaalt zelf een bedrag dat past bij uw inkomen.

## Extra hulp: VVE

Heeft uw kind extra steun nodig bij taal of ontwikkeling? Dan kan het
consultatiebureau een VVE-indicatie geven. VVE betekent voor- en vroegschoolse educatie.
Uw kind kan dan 16 uur per week naar de peuteropvang. Dit is gratis of heel goedkoop.

## Aanmelden

Meld uw kind rechtstreeks aan bij een peuteropvang. Een overzicht staat op onze website.
Doe dit als uw kind ongeveer 1,5 jaar is.
""",
        "internal_notes": """\
Gemeentelijke bijdrage peuteropvang wordt uitbetaald aan de aanbieder, niet aan de ouder.
Vragen over de ouderbijdragetabel: verwijs naar de aanbieder. VVE-indicatie alleen via het
consultatiebureau (JGZ).

Lijst gecontracteerde aanbieders staat op intranet.
""",
        "department": "onderwijs-en-jeugd",
        "audience": "inwoners",
        "keywords": ["peuteropvang", "vve", "peuter", "voorschool"],
        "review_in_days": 250,
        "related": ["kinderopvangtoeslag", "jeugdhulp"],
        "upl": (UPL + "voorVrSchEducatie", "Voor- en vroegschoolse educatie"),
    },
]
