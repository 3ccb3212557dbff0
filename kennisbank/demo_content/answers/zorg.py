"""Antwoorden over zorg, Wmo, mantelzorg en jeugdhulp."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "wmo-aanvragen",
        "title": "Hoe vraag ik hulp aan via de Wmo?",
        "alternative_questions": [
            "Wmo-aanvraag",
            "Hulp thuis aanvragen",
            "Wmo melding doen",
            "Keukentafelgesprek",
            "Ondersteuning bij zelfstandig wonen",
        ],
        "short_answer": (
            "Doe een melding bij het Wmo-loket, online of via 14 0123. "
            "Binnen 6 weken heeft u een gesprek met een consulent. "
            "Samen kijkt u welke hulp u nodig heeft."
        ),
        "body": """\
Wmo betekent Wet maatschappelijke ondersteuning. Via de Wmo helpt de gemeente mensen die
niet alles meer zelf kunnen. Zo kunt u langer thuis blijven wonen en meedoen.

## Waarbij helpt de Wmo?

- het huishouden
- hulpmiddelen, zoals een rolstoel of scootmobiel
- aanpassingen in uw huis
- vervoer in de regio
- begeleiding en dagbesteding

## Zo gaat het

1. U doet een melding. Online, via de telefoon of aan de balie.
2. Een consulent maakt een afspraak met u. Meestal bij u thuis.
3. U bespreekt samen wat u nodig heeft. Neem gerust iemand mee.
4. U krijgt een verslag van het gesprek.
5. Daarna vraagt u de hulp aan. U krijgt binnen 2 weken een besluit.

Het gesprek is binnen 6 weken na uw melding.

## Kosten

Voor de meeste hulp betaalt u een eigen bijdrage.

[antwoord: eigen-bijdrage-wmo]

[knop: Doe een Wmo-melding | https://www.voorbeeldstad.example/wmo]

[contact]
""",
        "internal_notes": """\
Meldingen in de Wmo-registratie, zaaktype "Wmo-melding". Vraag altijd: is er direct
gevaar of acute nood? Zo ja: spoedmelding, doorverbinden met het Wmo-loket, toestel 2500.

Zorg die onder de Wlz of de zorgverzekering valt (verpleging, persoonlijke verzorging)
hoort niet bij de Wmo. Verwijs naar de huisarts of zorgverzekeraar.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["wmo", "zorg", "ondersteuning", "melding"],
        "review_in_days": 95,
        "related": ["huishoudelijke-hulp", "hulpmiddelen-rolstoel", "eigen-bijdrage-wmo"],
        "upl": (UPL + "wmo-voorziening", "Wmo-voorziening"),
    },
    {
        "id": "huishoudelijke-hulp",
        "title": "Kan ik hulp krijgen bij het schoonmaken van mijn huis?",
        "alternative_questions": [
            "Huishoudelijke hulp aanvragen",
            "Thuishulp Wmo",
            "Poetshulp via gemeente",
        ],
        "short_answer": (
            "Kunt u door ziekte, beperking of ouderdom uw huis niet zelf schoonhouden? "
            "Dan kunt u huishoudelijke hulp krijgen via de Wmo. "
            "U betaalt een eigen bijdrage van maximaal € 21,80 per maand."
        ),
        "body": """\
Lukt het schoonmaken niet meer door uw gezondheid? En kan niemand in uw omgeving helpen?
Dan kunt u huishoudelijke hulp aanvragen via de Wmo.

## Wat doet de hulp?

- stofzuigen en dweilen
- het sanitair en de keuken schoonmaken
- bedden verschonen
- soms de was doen

De hulp komt meestal 1 keer per week of 1 keer per 2 weken.

## Eerst zelf?

Wij kijken eerst wat u zelf kunt. Of wat uw huisgenoten of familie kunnen doen.
Soms helpt een ander hulpmiddel, zoals een robotstofzuiger.

## Aanvragen

Doe een Wmo-melding. Een consulent komt bij u thuis voor een gesprek.
Daarna kiest u een zorgaanbieder uit onze lijst. U kunt ook een persoonsgebonden budget
(pgb) vragen. Dan regelt u de hulp zelf.

[antwoord: wmo-aanvragen]

[contact]
""",
        "internal_notes": """\
Hulp bij het huishouden is een maatwerkvoorziening. Gecontracteerde aanbieders staan in de
Wmo-registratie. Klacht over een aanbieder: eerst bij de aanbieder zelf, daarna bij ons
via zaaktype "Klacht zorgaanbieder".

Hulp valt uit en klant heeft geen vervanging: bel de aanbieder en maak een zaak aan.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["huishoudelijke hulp", "wmo", "schoonmaken", "thuishulp"],
        "review_in_days": 14,
        "related": ["wmo-aanvragen", "eigen-bijdrage-wmo", "mantelzorg"],
        "upl": (UPL + "huishHulp", "Huishoudelijke hulp"),
    },
    {
        "id": "hulpmiddelen-rolstoel",
        "title": "Hoe kom ik aan een rolstoel of scootmobiel?",
        "alternative_questions": [
            "Scootmobiel aanvragen",
            "Rolstoel via Wmo",
            "Hulpmiddel aanvragen gemeente",
            "Rolstoel kapot reparatie",
        ],
        "short_answer": (
            "Heeft u een rolstoel of scootmobiel nodig voor langere tijd? "
            "Doe dan een Wmo-melding. Voor korter dan 6 maanden leent u een rolstoel "
            "bij een uitleenpunt. Een rolstoel is gratis."
        ),
        "body": """\
Kunt u zich moeilijk verplaatsen? Dan kan een hulpmiddel helpen.

## Kort nodig

Heeft u een rolstoel of looprek nodig voor korter dan 6 maanden?
Bijvoorbeeld na een operatie? Dan leent u het bij een uitleenpunt.
Kijk hiervoor bij uw zorgverzekeraar.

## Lang nodig

Heeft u een rolstoel of scootmobiel nodig voor langere tijd?
Doe dan een Wmo-melding. Een consulent bespreekt met u wat u nodig heeft.
Soms komt er een ergotherapeut langs.

## Kosten

- Een rolstoel is gratis.
- Voor een scootmobiel betaalt u de eigen bijdrage van de Wmo.

## Kapot?

U krijgt het hulpmiddel in bruikleen van een leverancier.
Is het kapot? Bel dan de leverancier. Het nummer staat op een sticker op het hulpmiddel.

[antwoord: wmo-aanvragen]

[contact]
""",
        "internal_notes": """\
Leverancier hulpmiddelen staat in de Wmo-registratie bij de voorziening. Storing of
reparatie: altijd eerst naar de leverancier. Lost de leverancier het niet op binnen
2 werkdagen? Maak een zaak aan voor het Wmo-loket.

Rolstoel voor dagelijks gebruik onder de 6 maanden: zorgverzekeraar. Wlz-cliënten in een
instelling: de instelling regelt het.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["rolstoel", "scootmobiel", "hulpmiddel", "wmo"],
        "review_in_days": 245,
        "related": ["wmo-aanvragen", "woningaanpassing", "gehandicaptenparkeerkaart"],
        "upl": (UPL + "rolstSctMob", "Rolstoel en scootmobiel"),
    },
    {
        "id": "woningaanpassing",
        "title": "Kan ik een vergoeding krijgen voor een traplift of aanpassing in huis?",
        "alternative_questions": [
            "Woningaanpassing Wmo",
            "Traplift aanvragen",
            "Drempels weghalen vergoeding",
            "Badkamer aanpassen gemeente",
        ],
        "short_answer": (
            "Soms wel. Doe eerst een Wmo-melding, voordat u iets laat maken. "
            "Wij kijken of een aanpassing nodig is of dat verhuizen beter is. "
            "Kleine aanpassingen, zoals een beugel, betaalt u meestal zelf."
        ),
        "body": """\
Kunt u door een beperking niet meer goed in uw huis wonen? Dan kan een aanpassing helpen.
Bijvoorbeeld een traplift, een douchestoel of een drempelhulp.

## Let op

Laat niets maken voordat u een besluit van ons heeft. Anders krijgt u de kosten niet
vergoed.

## Zo gaat het

1. Doe een Wmo-melding.
2. Een consulent en soms een ergotherapeut komen bij u thuis.
3. Wij kijken welke oplossing het beste is.
4. U krijgt een besluit. Daarin staat wie de aanpassing maakt.

## Huurt u?

Vraag dan ook toestemming aan uw verhuurder. Woningcorporaties betalen soms zelf kleine
aanpassingen.

## Verhuizen

Soms is verhuizen naar een gelijkvloerse woning beter. Dan kunt u een vergoeding
voor verhuiskosten krijgen.

[contact]
""",
        "internal_notes": """\
Woningaanpassing boven € 10.000: altijd advies van een externe adviseur. Eigen woning:
soms eigen bijdrage op basis van inkomen. Geen toezeggingen doen over vergoedingen.

Klant heeft al iets laten maken zonder besluit: niet weigeren aan de telefoon, wel
melding laten doen. De consulent beoordeelt het.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["woningaanpassing", "traplift", "wmo", "drempels"],
        "review_in_days": 305,
        "related": ["wmo-aanvragen", "hulpmiddelen-rolstoel"],
        "upl": (UPL + "woningaanpassing", "Woningaanpassing"),
    },
    {
        "id": "mantelzorg",
        "title": "Ik zorg voor een naaste. Welke steun kan ik krijgen als mantelzorger?",
        "alternative_questions": [
            "Mantelzorgondersteuning",
            "Mantelzorgwaardering aanvragen",
            "Even vrij van de zorg",
            "Respijtzorg",
        ],
        "short_answer": (
            "Het Steunpunt Mantelzorg helpt u gratis met advies en een luisterend oor. "
            "U kunt ook respijtzorg krijgen, zodat u even vrij bent. "
            "Elk jaar kunt u de mantelzorgwaardering van € 75 aanvragen."
        ),
        "body": """\
Zorgt u voor uw partner, ouder, kind of buur? Dan bent u mantelzorger.
Mantelzorg is waardevol, maar kan ook zwaar zijn. Wij helpen u graag.

## Steunpunt Mantelzorg

- advies over regelingen en hulp
- gesprekken met een mantelzorgconsulent
- lotgenotengroepen en cursussen

Het Steunpunt zit in het Wijkcentrum De Brug, Kerkstraat 14. U kunt bellen of langskomen.

## Even vrij

Heeft u rust nodig? Dan kan iemand anders de zorg tijdelijk overnemen.
Dat heet respijtzorg. Een vrijwilliger komt dan een dagdeel. Of de persoon voor wie u
zorgt gaat een paar dagen naar een logeerhuis.

## Mantelzorgwaardering

Elk jaar kunt u een waardering van € 75 aanvragen. Dat kan van 1 september tot en met
30 november.

[knop: Vraag de mantelzorgwaardering aan | https://www.voorbeeldstad.example/mantelzorg]

[contact]
""",
        "internal_notes": """\
Steunpunt Mantelzorg is een externe partner (Welzijn Voorbeeldstad). Het telefoonnummer
staat op intranet. Mantelzorgwaardering via zaaktype "Mantelzorgwaardering", één per
zorgvrager.

Overbelaste mantelzorger (huilen, uitgeput): aanbieden om een Wmo-melding voor de
zorgvrager te maken en doorverbinden met het Sociaal Wijkteam.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["mantelzorg", "respijtzorg", "mantelzorgwaardering"],
        "review_in_days": 165,
        "related": ["wmo-aanvragen", "dagbesteding", "zorgen-over-iemand"],
        "upl": (UPL + "mantelzorgondersteuning", "Mantelzorgondersteuning"),
    },
    {
        "id": "dagbesteding",
        "title": "Hoe kom ik in aanmerking voor dagbesteding?",
        "alternative_questions": [
            "Dagbesteding aanvragen",
            "Dagopvang voor ouderen",
            "Dagbesteding bij dementie",
        ],
        "short_answer": (
            "Dagbesteding is een zinvolle dag met activiteiten buiten huis. "
            "Voor inloopactiviteiten in een wijkcentrum heeft u geen aanvraag nodig. "
            "Voor begeleide dagbesteding doet u een Wmo-melding."
        ),
        "body": """\
Dagbesteding geeft structuur aan de dag. U doet activiteiten met anderen.
Het is ook een rustmoment voor uw mantelzorger.

## Vrij toegankelijk

In de wijkcentra zijn veel activiteiten voor iedereen. Bijvoorbeeld samen eten,
bewegen of handwerken. U heeft geen aanvraag nodig. De kosten zijn laag.

## Met begeleiding

Heeft u meer hulp nodig? Bijvoorbeeld omdat u dementie heeft of een verstandelijke
beperking? Dan kunt u begeleide dagbesteding krijgen.

1. Doe een Wmo-melding.
2. Een consulent praat met u en uw mantelzorger.
3. Samen kiest u een plek die bij u past.

Soms regelen wij ook vervoer naar de dagbesteding.

Voor begeleide dagbesteding betaalt u een eigen bijdrage.

[antwoord: eigen-bijdrage-wmo]
""",
        "internal_notes": """\
Activiteitenoverzicht wijkcentra staat op intranet. Dagbesteding voor mensen met een
Wlz-indicatie loopt via het zorgkantoor, niet via ons.

Meldingen via zaaktype "Wmo-melding", subtype Begeleiding. Vraag of er al een mantelzorger
betrokken is en noteer dit in de zaak. Vervoer naar de dagbesteding wordt door de
consulent geregeld, niet door het KCC.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["dagbesteding", "dementie", "wmo", "wijkcentrum"],
        "review_in_days": 320,
        "related": ["wmo-aanvragen", "mantelzorg"],
        "upl": (UPL + "dagbestOuderen", "Dagbesteding ouderen"),
    },
    {
        "id": "jeugdhulp",
        "title": "Waar vind ik hulp voor mijn kind of ons gezin?",
        "alternative_questions": [
            "Jeugdhulp aanvragen",
            "Opvoedvragen",
            "Hulp bij problemen met mijn kind",
            "Jeugd- en gezinsteam",
        ],
        "short_answer": (
            "Het Jeugd- en Gezinsteam helpt u gratis bij vragen over opvoeden en opgroeien. "
            "Bel 14 0123 of loop binnen bij het wijkcentrum. "
            "Ook de huisarts kan u doorverwijzen naar jeugdhulp."
        ),
        "body": """\
Iedere ouder heeft weleens vragen of zorgen over zijn kind. Bijvoorbeeld over slapen,
gedrag, school of een scheiding. U staat er niet alleen voor.

## Jeugd- en Gezinsteam

Het Jeugd- en Gezinsteam werkt in elke wijk. Zij praten met u en uw kind.
Samen met hen zoekt u een oplossing. Vaak kunnen zij zelf helpen.
Is meer hulp nodig? Dan regelen zij jeugdhulp.

## Andere wegen

- De huisarts of jeugdarts kan u doorverwijzen naar jeugdhulp.
- Jongeren kunnen zelf anoniem chatten met het jongerenwerk.

## Kosten

Jeugdhulp is gratis.

## Zorgen over de veiligheid?

Denkt u dat een kind niet veilig is? Bel dan Veilig Thuis: 0800 2000. Dat is gratis en
kan anoniem. Is er direct gevaar? Bel 112.

[contact]
""",
        "internal_notes": """\
Aanmelding Jeugd- en Gezinsteam via zaaktype "Aanmelding JGT". Vraag naar het
gezinsadres; de teams werken per wijk.

Signalen van kindermishandeling: niet zelf uitvragen. Verwijs naar Veilig Thuis of
verbind door met de dienstdoende jeugdconsulent, toestel 2510.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["jeugdhulp", "opvoeden", "gezin", "kind"],
        "review_in_days": 185,
        "related": ["zorgen-over-iemand", "kinderopvangtoeslag"],
        "upl": (UPL + "jeugdhulp", "Jeugdhulp"),
    },
    {
        "id": "regiotaxi",
        "title": "Hoe kan ik de Regiotaxi gebruiken?",
        "alternative_questions": [
            "Regiotaxi pas aanvragen",
            "Wmo-vervoer",
            "Taxi voor mensen met een beperking",
            "Regiotaxi tarief",
        ],
        "short_answer": (
            "Kunt u door een beperking niet met het openbaar vervoer? "
            "Dan kunt u een Regiotaxipas krijgen via de Wmo. "
            "U betaalt € 1,15 per zone. Bestel de rit minimaal 1 uur van tevoren."
        ),
        "body": """\
De Regiotaxi is vervoer van deur tot deur in de regio. Het is voor mensen die niet met
de bus of trein kunnen reizen.

## Regiotaxipas

Voor de pas doet u een Wmo-melding. Een consulent kijkt of u de pas kunt krijgen.
Met de pas reist u goedkoop.

## Zo gebruikt u de Regiotaxi

1. Bel de Regiotaxi of bestel de rit in de app.
2. Doe dit minimaal 1 uur voor vertrek.
3. De taxi haalt u op binnen 15 minuten voor of na de afgesproken tijd.
4. Laat uw pas zien aan de chauffeur.

## Kosten

- met een Regiotaxipas: € 1,15 per zone
- maximaal 5 zones per rit
- een begeleider reist gratis mee, als dat op uw pas staat

Zonder pas kunt u ook met de Regiotaxi. U betaalt dan het gewone tarief.

Voor reizen buiten de regio kunt u Valys gebruiken.

[contact]
""",
        "internal_notes": """\
Regiotaxi wordt uitgevoerd door een vervoerder in opdracht van de regio. Klachten over een
rit: eerst bij de vervoerder (nummer op intranet). Klachten die niet worden opgelost:
zaaktype "Klacht Regiotaxi".

Tarieven per 1 januari 2026. Controleer na de regionale tariefbesluiten.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["regiotaxi", "vervoer", "wmo", "pas"],
        "review_in_days": -90,
        "related": ["wmo-aanvragen", "eigen-bijdrage-wmo"],
        "upl": (UPL + "regiotaxi", "Regiotaxi"),
    },
    {
        "id": "eigen-bijdrage-wmo",
        "title": "Wat kost hulp via de Wmo?",
        "alternative_questions": [
            "Eigen bijdrage Wmo",
            "Abonnementstarief Wmo",
            "CAK factuur",
        ],
        "short_answer": (
            "Voor de meeste Wmo-hulp betaalt u in 2026 maximaal € 21,80 per maand. "
            "Dat heet de eigen bijdrage. U betaalt die aan het CAK, niet aan de gemeente."
        ),
        "body": """\
Krijgt u hulp via de Wmo? Dan betaalt u meestal een eigen bijdrage.

## Hoeveel?

In 2026 betaalt u maximaal € 21,80 per maand. Dit is een vast bedrag.
Het maakt niet uit hoeveel hulp u krijgt. Het maakt ook niet uit wat uw inkomen is.

## Wie int het geld?

Het CAK stuurt u de rekening. Het CAK is een organisatie van de overheid.
U krijgt de eerste rekening een paar weken nadat de hulp is begonnen.

## Waarvoor betaalt u niets?

- een rolstoel
- hulp voor kinderen jonger dan 18 jaar
- activiteiten in het wijkcentrum, behalve een kleine bijdrage voor koffie of materiaal

## Hoge zorgkosten?

Heeft u een laag inkomen en veel zorgkosten? Dan kunt u misschien bijzondere bijstand
krijgen.

[antwoord: bijzondere-bijstand]

[contact]
""",
        "internal_notes": """\
Vragen over de hoogte van de CAK-factuur of betalingsproblemen met het CAK: verwijs naar
het CAK. Wij geven het CAK alleen de start- en einddatum van de zorg door.

Klopt de startdatum niet? Maak een zaak aan voor het Wmo-loket om de datum te laten
controleren.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["eigen bijdrage", "wmo", "cak", "kosten"],
        "review_in_days": 45,
        "related": ["wmo-aanvragen", "huishoudelijke-hulp"],
    },
    {
        "id": "zorgen-over-iemand",
        "title": "Ik maak me zorgen over iemand in mijn buurt. Wat kan ik doen?",
        "alternative_questions": [
            "Meldpunt zorg en overlast",
            "Buurman verwaarloost zichzelf",
            "Verward persoon melden",
            "Eenzame oudere in de straat",
        ],
        "short_answer": (
            "Meld het bij het Meldpunt Zorg en Overlast via 14 0123. "
            "Een medewerker van het Sociaal Wijkteam gaat kijken. "
            "Is er direct gevaar? Bel dan 112."
        ),
        "body": """\
Ziet u dat het niet goed gaat met iemand? Bijvoorbeeld een buurvrouw die zichzelf
verwaarloost, een verwarde buurman of een eenzame oudere? Dan kunt u dit melden.

## Zo meldt u het

Bel 14 0123 en vraag naar het Meldpunt Zorg en Overlast. U kunt ook het formulier op
onze website invullen.

## Wat gebeurt er dan?

Een medewerker van het Sociaal Wijkteam neemt contact op met de persoon.
Soms gaat hij langs. Samen kijken ze welke hulp nodig is.
Uw naam noemen wij niet, als u dat niet wilt.

## Andere nummers

- Direct gevaar: bel 112.
- Zorgen over huiselijk geweld of kindermishandeling: bel Veilig Thuis, 0800 2000.
- Verward persoon op straat, geen direct gevaar: bel de politie, 0900 8844.

[knop: Doe een melding | https://www.voorbeeldstad.example/meldpunt-zorg]
""",
        "internal_notes": """\
Meldingen via zaaktype "Melding zorg en overlast", altijd doorzetten naar het Sociaal
Wijkteam van de wijk. Bij suïcidegevaar: klant direct 113 of 112 laten bellen en
doorverbinden met toestel 2501.

Melder wil anoniem blijven: noteer "anoniem" in de zaak, geen naam in de omschrijving.
""",
        "department": "zorg-en-welzijn",
        "audience": "inwoners",
        "keywords": ["zorgen", "meldpunt", "wijkteam", "verward"],
        "review_in_days": 205,
        "related": ["overlast-melden", "jeugdhulp", "mantelzorg"],
    },
]
