"""Antwoorden voor ondernemers: starten, markt, horeca, reclame en inkoop."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "bedrijf-starten",
        "title": "Ik wil een bedrijf starten in Voorbeeldstad. Waar begin ik?",
        "alternative_questions": [
            "Eigen bedrijf beginnen",
            "Starten als zzp'er",
            "Ondernemersloket",
            "Inschrijven Kamer van Koophandel",
        ],
        "short_answer": (
            "Schrijf uw bedrijf in bij de Kamer van Koophandel (KvK). "
            "Kijk daarna of uw bedrijf op die plek mag. En welke vergunningen u nodig "
            "heeft. Het Ondernemersloket helpt u gratis."
        ),
        "body": """\
Een eigen bedrijf starten is spannend. Er komt veel bij kijken. Wij helpen u op weg.

## Stappen

1. Maak een ondernemingsplan.
2. Schrijf uw bedrijf in bij de KvK. U krijgt dan ook een btw-nummer.
3. Kijk in het omgevingsplan of uw bedrijf op het adres mag.
4. Kijk welke vergunningen u nodig heeft. Bijvoorbeeld voor horeca of een terras.
5. Regel uw afval, verzekeringen en administratie.

## Ondernemersloket

Het Ondernemersloket is uw vaste contact bij de gemeente. Wij:

- beantwoorden vragen over vergunningen en regels
- helpen u een locatie of bedrijfspand te vinden
- brengen u in contact met andere ondernemers

Een gesprek is gratis. Maak een afspraak.

## Startersdag

Elk voorjaar en najaar organiseren wij een Startersdag. Daar krijgt u tips van
ervaren ondernemers, de KvK en de Belastingdienst.

[contact]
""",
        "internal_notes": """\
Ondernemersloket is bereikbaar via toestel 2900 en ondernemersloket@voorbeeldstad.example.
Vragen over KvK-inschrijving, btw of inkomstenbelasting: verwijs naar de KvK of
Belastingdienst.

Startende ondernemer vanuit de bijstand: ook het Bbz noemen. Datum Startersdag staat op
intranet.
""",
        "department": "economie-en-ondernemen",
        "audience": "ondernemers",
        "keywords": ["bedrijf starten", "ondernemer", "kvk", "ondernemersloket"],
        "review_in_days": 175,
        "related": ["bedrijf-aan-huis", "bijstand-zelfstandigen", "bedrijfsafval"],
    },
    {
        "id": "standplaats-markt",
        "title": "Hoe krijg ik een standplaats op de markt of een vaste plek voor mijn foodtruck?",
        "alternative_questions": [
            "Marktkraam huren",
            "Standplaatsvergunning",
            "Weekmarkt Voorbeeldstad",
            "Foodtruck vergunning",
        ],
        "short_answer": (
            "Een losse plek op de weekmarkt huurt u per dag voor € 35. Voor een vaste plek "
            "is er een wachtlijst. Voor een foodtruck buiten de markt vraagt u een "
            "standplaatsvergunning aan van € 120 per jaar."
        ),
        "body": """\
In Voorbeeldstad zijn 2 weekmarkten.

- zaterdag: Marktplein, van 8.00 tot 17.00 uur
- woensdag: Wijkmarkt Noord, Noorderplein, van 9.00 tot 14.00 uur

## Losse plek per dag

Wilt u af en toe op de markt staan? Meld u dan voor 8.00 uur bij de marktmeester.
Een dagplaats kost € 35. Stroom kost € 5 extra. Wie er het eerst is, krijgt de plek.

## Vaste plek

Voor een vaste plek is er een wachtlijst. Schrijf u in bij de marktmeester.
U betaalt dan marktgeld per meter per jaar.

## Standplaats buiten de markt

Wilt u met een foodtruck, viskraam of bloemenkraam op een vaste plek staan?
Bijvoorbeeld bij een winkelcentrum? Dan vraagt u een standplaatsvergunning aan.

- kosten: € 120 per jaar
- maximaal 1 dag per week per locatie
- toestemming van de eigenaar van de grond, als die niet van de gemeente is

U krijgt binnen 8 weken een besluit.

[knop: Vraag een standplaatsvergunning aan | https://www.voorbeeldstad.example/standplaats]
""",
        "internal_notes": """\
Marktmeester is op marktdagen bereikbaar via toestel 2910. Wachtlijst vaste plekken en
standplaatsen: applicatie Markten. Tarieven marktgeld volgens de verordening 2026.

Er zijn maximaal 12 standplaatslocaties. Vol? Dan komt de aanvrager op de wachtlijst.
""",
        "department": "economie-en-ondernemen",
        "audience": "ondernemers",
        "keywords": ["markt", "standplaats", "foodtruck", "marktkraam"],
        "review_in_days": -75,
        "related": ["evenementenvergunning", "bedrijf-starten"],
        "upl": (UPL + "standplaatsvergunning", "Standplaatsvergunning"),
    },
    {
        "id": "horecavergunning",
        "title": "Welke vergunningen heb ik nodig voor een café of restaurant?",
        "alternative_questions": [
            "Horecavergunning aanvragen",
            "Drank- en horecavergunning",
            "Alcoholvergunning",
            "Exploitatievergunning horeca",
        ],
        "short_answer": (
            "U heeft een exploitatievergunning nodig. Schenkt u alcohol? "
            "Dan heeft u ook een alcoholvergunning nodig. "
            "Samen kosten ze € 970. U krijgt binnen 8 weken een besluit."
        ),
        "body": """\
Wilt u een café, restaurant of lunchroom beginnen? Dan heeft u vergunningen nodig.

## Exploitatievergunning

Met deze vergunning mag u een horecazaak openen. Wij kijken of uw zaak past in de buurt.
Wij doen ook een Bibob-toets. Dat is een controle op criminele zaken. De vergunning
kost € 450.

## Alcoholvergunning

Schenkt u alcohol? Dan heeft u een alcoholvergunning nodig.
Deze kost € 520.

- De leidinggevenden hebben een Verklaring Sociale Hygiëne.
- Zij zijn minimaal 21 jaar.
- Uw zaak voldoet aan de eisen voor inrichting.

## Aanvragen

1. Vraag een gesprek aan bij het Ondernemersloket.
2. Vraag de vergunningen online aan met eHerkenning.
3. Stuur de Bibob-vragenlijst en bewijsstukken mee.

U krijgt binnen 8 weken een besluit. Soms duurt het langer door de Bibob-toets.

Wilt u ook een terras? Vraag dat apart aan.

[antwoord: terrasvergunning]

[contact]
""",
        "internal_notes": """\
Zaaktypen "Exploitatievergunning horeca" en "Alcoholvergunning". Bibob-onderzoek door Team
Juridische Zaken; geen informatie geven over de inhoud.

Nieuwe leidinggevende bij bestaande zaak: wijziging aanhangsel, € 65. Vragen over
sluitingstijden: horecaverordening op intranet.
""",
        "department": "economie-en-ondernemen",
        "audience": "ondernemers",
        "keywords": ["horeca", "alcoholvergunning", "exploitatievergunning", "café"],
        "review_in_days": 140,
        "related": ["terrasvergunning", "bedrijf-starten"],
        "upl": (UPL + "horecaExplVrg", "Horecabedrijf exploitatievergunning"),
    },
    {
        "id": "reclamebord",
        "title": "Mag ik een reclamebord of uithangbord bij mijn zaak plaatsen?",
        "alternative_questions": [
            "Reclame op de gevel",
            "Stoepbord plaatsen",
            "Vergunning lichtreclame",
            "Uithangbord winkel",
        ],
        "short_answer": (
            "Een stoepbord mag, maar maximaal 1 per zaak en direct tegen de gevel. "
            "Voor reclame op of aan de gevel heeft u vaak een omgevingsvergunning nodig. "
            "Doe eerst de vergunningcheck in het Omgevingsloket."
        ),
        "body": """\
Met een reclamebord valt uw zaak op. Maar de straat moet ook veilig en mooi blijven.
Daarom zijn er regels.

## Stoepbord

- maximaal 1 stoepbord per zaak
- maximaal 80 centimeter breed en 1,20 meter hoog
- direct tegen de gevel van uw zaak
- er blijft minimaal 1,50 meter vrije ruimte op de stoep

Voor een stoepbord heeft u geen vergunning nodig.

## Reclame op of aan de gevel

Voor reclame op de gevel, een uithangbord of lichtreclame heeft u vaak een
omgevingsvergunning nodig. In de binnenstad gelden extra regels voor het uiterlijk.

Doe de vergunningcheck in het Omgevingsloket. Daar vraagt u ook de vergunning aan.

## Reclamebelasting

In de binnenstad betaalt u reclamebelasting voor reclame die vanaf de straat te zien is.

[antwoord: belastingen-bedrijven]
""",
        "internal_notes": """\
Reclamebeleid binnenstad staat op intranet. Klachten over stoepborden die de doorgang
blokkeren: melding voor handhaving.

Reclame op lantaarnpalen of gemeentelijke objecten is niet toegestaan, behalve via de
gemeentelijke reclameconcessie. Tijdelijke spandoeken voor evenementen: zaaktype
"APV-ontheffing openbare ruimte".
""",
        "department": "economie-en-ondernemen",
        "audience": "ondernemers",
        "keywords": ["reclame", "stoepbord", "uithangbord", "omgevingsvergunning"],
        "review_in_days": 295,
        "related": ["belastingen-bedrijven", "omgevingsvergunning-bouwen"],
        "upl": (UPL + "omgevingsvergunning_reclame", "Omgevingsvergunning reclame"),
    },
    {
        "id": "factuur-sturen",
        "title": "Hoe stuur ik een factuur naar de gemeente Voorbeeldstad?",
        "alternative_questions": [
            "E-factuur gemeente",
            "Factuur niet betaald door gemeente",
            "Inkoopordernummer",
            "Factuuradres gemeente",
        ],
        "short_answer": (
            "Stuur uw factuur als e-factuur via Peppol, of als pdf naar "
            "facturen@voorbeeldstad.example. Zet altijd het inkoopordernummer erop. "
            "Wij betalen binnen 30 dagen."
        ),
        "body": """\
Heeft u een opdracht voor de gemeente gedaan? Dan stuurt u ons een factuur.

## Zo stuurt u de factuur

- bij voorkeur als e-factuur via het Peppol-netwerk
- of als pdf naar facturen@voorbeeldstad.example
- 1 factuur per pdf-bestand

Stuur geen papieren facturen.

## Wat staat er op de factuur?

- het inkoopordernummer van de gemeente, dit begint met 45
- de naam van uw contactpersoon bij de gemeente
- uw KvK-nummer en btw-nummer
- uw IBAN
- een duidelijke omschrijving van het werk

Ontbreekt het inkoopordernummer? Dan sturen wij de factuur terug.

## Betaling

Wij betalen binnen 30 dagen na ontvangst van een goede factuur.
Is uw factuur na 30 dagen nog niet betaald? Mail dan naar
crediteuren@voorbeeldstad.example.
""",
        "internal_notes": """\
Crediteurenadministratie is bereikbaar via toestel 2960 (ma-do). Status van een factuur
staat in het financieel systeem; KCC heeft geen toegang. Maak een terugbelverzoek aan.

Geen inkoopordernummer: verwijs de leverancier naar zijn contactpersoon binnen de
gemeente.
""",
        "department": "economie-en-ondernemen",
        "audience": "ondernemers",
        "keywords": ["factuur", "e-factuur", "peppol", "inkoop"],
        "review_in_days": 310,
        "related": ["opdrachten-gemeente"],
    },
    {
        "id": "opdrachten-gemeente",
        "title": "Hoe kan mijn bedrijf opdrachten krijgen van de gemeente?",
        "alternative_questions": [
            "Aanbestedingen Voorbeeldstad",
            "Leverancier worden van de gemeente",
            "Inkoopbeleid gemeente",
            "TenderNed",
        ],
        "short_answer": (
            "Kleine opdrachten geven wij vaak aan lokale ondernemers. "
            "Grotere opdrachten staan op TenderNed. "
            "Bekijk onze inkoopkalender om te zien welke opdrachten eraan komen."
        ),
        "body": """\
De gemeente koopt veel diensten en producten in. Van koffie tot wegenbouw.
Wij werken graag met ondernemers uit Voorbeeldstad en de regio.

## Hoe kopen wij in?

- Tot € 50.000: wij vragen 1 of meer bedrijven om een offerte.
- Van € 50.000 tot de Europese grens: wij vragen minimaal 3 bedrijven om een offerte.
- Boven de Europese grens: een openbare aanbesteding op TenderNed.

## Wat kunt u doen?

- Maak een account op TenderNed. Dan ziet u nieuwe aanbestedingen.
- Bekijk de inkoopkalender op onze website.
- Meld uw bedrijf aan voor onze lokale leverancierslijst.
- Kom naar de jaarlijkse Inkoopmarkt voor ondernemers.

## Social return

Bij grotere opdrachten vragen wij u mensen met een afstand tot werk een kans te geven.
Het Werkplein helpt u daarbij.

[contact]
""",
        "internal_notes": """\
Team Inkoop is bereikbaar via inkoop@voorbeeldstad.example. Geen informatie geven over
lopende aanbestedingen; vragen over een aanbesteding gaan via de vragenronde op
TenderNed.

Europese drempelbedragen veranderen elke 2 jaar; noem geen bedrag.
""",
        "department": "economie-en-ondernemen",
        "audience": "ondernemers",
        "keywords": ["inkoop", "aanbesteding", "tenderned", "opdrachten"],
        "review_in_days": 230,
        "related": ["factuur-sturen", "re-integratie"],
        "upl": (UPL + "inkoop", "Inkoop"),
    },
    {
        "id": "bedrijf-aan-huis",
        "title": "Mag ik een bedrijf aan huis beginnen?",
        "alternative_questions": [
            "Werken vanuit huis als ondernemer",
            "Kapsalon aan huis",
            "Praktijk aan huis",
            "Bedrijf in mijn woning",
        ],
        "short_answer": (
            "Meestal wel. U moet er zelf wonen. Het bedrijf gebruikt maximaal 30% van uw "
            "woning. U mag geen overlast veroorzaken. "
            "Een winkel of horeca aan huis mag niet."
        ),
        "body": """\
Veel mensen werken vanuit huis. Bijvoorbeeld als kapper, fysiotherapeut of
grafisch ontwerper. Dat mag vaak, onder voorwaarden.

## Voorwaarden

- U woont zelf in de woning.
- Het bedrijf gebruikt maximaal 30% van de woning, met een maximum van 50 m².
- U heeft geen personeel dat in uw woning werkt, of maximaal 1 persoon.
- Er komen niet veel klanten tegelijk.
- U veroorzaakt geen overlast door geluid, geur of parkeren.

## Wat mag niet?

- een winkel, behalve verkoop van zelfgemaakte producten
- horeca
- bedrijven met veel verkeer of lawaai

U heeft meestal geen vergunning nodig. Twijfelt u? Vraag het Ondernemersloket.

## Huur of Vereniging van Eigenaren

Huurt u? Vraag dan toestemming aan uw verhuurder. Heeft u een appartement?
Kijk dan ook naar de regels van de Vereniging van Eigenaren.

[antwoord: bedrijf-starten]
""",
        "internal_notes": """\
Regels voor aan-huis-verbonden beroepen staan in het omgevingsplan, hoofdstuk Wonen.
Bij twijfel: terugbelverzoek voor het Ondernemersloket.

Klachten van buren over een bedrijf aan huis: melding overlast met vinkje "Handhaving".
Vragen over belastingen bij een bedrijf aan huis: doorverbinden met toestel 2200.
""",
        "department": "economie-en-ondernemen",
        "audience": "beide",
        "keywords": ["bedrijf aan huis", "thuiswerken", "ondernemer", "omgevingsplan"],
        "review_in_days": 255,
        "related": ["bedrijf-starten", "vakantieverhuur"],
        "upl": (UPL + "bedrijf_aan_huis_melding", "Bedrijf aan huis melding"),
    },
]
