"""Antwoorden over gemeentelijke belastingen en de WOZ-waarde."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "aanslag-uitleg",
        "title": "Ik heb een aanslag gemeentelijke belastingen gekregen. Wat staat erop?",
        "alternative_questions": [
            "Uitleg belastingaanslag gemeente",
            "Waarom krijg ik een aanslag?",
            "Aanslagbiljet gemeentelijke belastingen",
            "Wanneer komt de aanslag?",
        ],
        "short_answer": (
            "Eind februari krijgt u één aanslag voor al uw gemeentelijke belastingen. "
            "Op de aanslag staan de WOZ-waarde van uw woning en de bedragen per belasting. "
            "U ziet de aanslag ook online in Mijn Voorbeeldstad."
        ),
        "body": """\
Elk jaar eind februari sturen wij de aanslag gemeentelijke belastingen.
Heeft u een Berichtenbox in MijnOverheid? Dan krijgt u de aanslag daar.

## Wat staat erop?

- de WOZ-waarde van uw woning of pand
- onroerendezaakbelasting (OZB), als u eigenaar bent
- afvalstoffenheffing
- rioolheffing
- hondenbelasting, als u een hond heeft
- het totaalbedrag en de termijnen

## Klopt er iets niet?

Bijvoorbeeld het aantal personen in uw huis of de WOZ-waarde? Maak dan binnen 6 weken
bezwaar. Dat is gratis.

## Betalen

Betaalt u met automatische incasso? Dan betaalt u in 10 termijnen. Anders betaalt u in
2 termijnen. De datums staan op de aanslag.

Heeft u een laag inkomen? Misschien hoeft u niet alles te betalen.

[antwoord: kwijtschelding]

[contact]
""",
        "internal_notes": """\
Aanslagen staan in de belastingapplicatie. Eén aanslag per subject (persoon of bedrijf).
Klant vraagt om een kopie: kan gratis via Mijn Voorbeeldstad, of maak taak "Kopie
aanslag" aan.

Waterschapsbelasting zit niet in onze aanslag. Verwijs daarvoor naar het waterschap.
""",
        "department": "belastingen",
        "audience": "beide",
        "keywords": ["aanslag", "gemeentelijke belastingen", "ozb", "woz"],
        "review_in_days": 60,
        "related": ["woz-waarde", "betalingsregeling", "kwijtschelding"],
    },
    {
        "id": "woz-waarde",
        "title": "Wat is de WOZ-waarde en waar vind ik die?",
        "alternative_questions": [
            "WOZ-waarde opzoeken",
            "Waarde van mijn huis gemeente",
            "Taxatieverslag WOZ",
            "WOZ-beschikking",
        ],
        "short_answer": (
            "De WOZ-waarde is de waarde van uw woning volgens de gemeente. "
            "Voor 2026 kijken wij naar de waarde op 1 januari 2025. "
            "U vindt de waarde op uw aanslag en in het WOZ-waardeloket."
        ),
        "body": """\
WOZ betekent Wet waardering onroerende zaken. De gemeente bepaalt elk jaar de waarde van
alle woningen en andere gebouwen. Dat is de WOZ-waarde.

## Waarvoor is de WOZ-waarde?

- de onroerendezaakbelasting van de gemeente
- de waterschapsbelasting
- het eigenwoningforfait bij de Belastingdienst
- soms de maximale huur van een huurwoning

## Welke datum?

De WOZ-waarde voor 2026 is de waarde op 1 januari 2025. Wij kijken naar de prijzen van
vergelijkbare woningen die rond die datum zijn verkocht.

## Waar vindt u de waarde?

- op de aanslag gemeentelijke belastingen
- in het WOZ-waardeloket, voor elke woning in Nederland
- in Mijn Voorbeeldstad, met het taxatieverslag van uw woning

In het taxatieverslag staat hoe wij de waarde hebben bepaald.

[antwoord: woz-bezwaar]

[contact]
""",
        "internal_notes": """\
Taxatieverslag staat in de belastingapplicatie, tabblad WOZ. Je mag het per e-mail sturen
naar de belanghebbende (eigenaar of huurder) na controle van de identiteit.

Vragen over hoe de waarde is berekend: maak een terugbelverzoek voor een taxateur
(zaaktype "Vraag WOZ"). Beloof geen verlaging.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["woz", "woz-waarde", "taxatie", "woning"],
        "review_in_days": 75,
        "related": ["woz-bezwaar", "ozb"],
        "upl": (UPL + "woz-beschikking", "WOZ-beschikking"),
    },
    {
        "id": "woz-bezwaar",
        "title": "Hoe maak ik bezwaar tegen de WOZ-waarde?",
        "alternative_questions": [
            "WOZ te hoog",
            "Bezwaar WOZ-beschikking",
            "WOZ-waarde klopt niet",
            "Bezwaar belastingaanslag",
        ],
        "short_answer": (
            "Vindt u de WOZ-waarde te hoog? Maak dan binnen 6 weken na de datum op de aanslag "
            "bezwaar. Dat kan online met DigiD en is gratis. "
            "Bel ons gerust eerst, vaak lossen we het samen op."
        ),
        "body": """\
Bent u het niet eens met de WOZ-waarde? Dan kunt u bezwaar maken. Dat is gratis.

## Eerst even bellen?

Bekijk eerst het taxatieverslag in Mijn Voorbeeldstad. Heeft u vragen? Bel ons dan.
Een taxateur legt uit hoe de waarde is bepaald. Soms is het probleem dan al opgelost.

## Zo maakt u bezwaar

1. Log in met DigiD in Mijn Voorbeeldstad.
2. Kies "Bezwaar maken" bij uw aanslag.
3. Leg uit waarom de waarde niet klopt.
4. Stuur bewijs mee, zoals foto's van slecht onderhoud of prijzen van vergelijkbare huizen.

Doe dit binnen 6 weken na de datum op de aanslag.

## Wat gebeurt er daarna?

Een taxateur bekijkt uw bezwaar. Soms komt hij bij u langs. U krijgt binnen 6 maanden
een uitspraak. Moet u minder betalen? Dan krijgt u geld terug.

Tijdens het bezwaar moet u de aanslag wel betalen.

[knop: Maak bezwaar | https://www.voorbeeldstad.example/mijn-voorbeeldstad]
""",
        "internal_notes": """\
Let op: bureaus die "no cure no pay" bezwaar maken zijn toegestaan. Geef geen mening over
deze bureaus. De gemeente betaalt hun kosten als het bezwaar gegrond is.

Bezwaren staan in de belastingapplicatie, tabblad Bezwaar. De status mag u noemen.
Uitstel van betaling alleen via de afdeling Invordering, toestel 2210.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["woz", "bezwaar", "aanslag", "taxatie"],
        "review_in_days": 20,
        "related": ["woz-waarde", "aanslag-uitleg", "bezwaar-maken"],
        "upl": (UPL + "belastingaanslag_bezwaar", "Belastingaanslag bezwaar"),
    },
    {
        "id": "ozb",
        "title": "Wat is de onroerendezaakbelasting (OZB) en hoeveel betaal ik?",
        "alternative_questions": [
            "OZB tarief 2026",
            "Onroerende zaakbelasting",
            "Belasting voor huiseigenaren",
        ],
        "short_answer": (
            "De OZB betaalt u als u eigenaar bent van een woning. "
            "In 2026 is het tarief 0,0745% van de WOZ-waarde. "
            "Bij een woning van € 350.000 is dat € 260,75 per jaar."
        ),
        "body": """\
De onroerendezaakbelasting (OZB) is een belasting voor eigenaren van woningen en andere
gebouwen. Met de OZB betaalt de gemeente onder andere wegen, parken en sport.

## Wie betaalt?

- Eigenaar van een woning: u betaalt OZB.
- Huurder van een woning: u betaalt geen OZB.
- Bedrijfspanden: de eigenaar en de gebruiker betalen allebei.

Wie op 1 januari eigenaar is, betaalt voor het hele jaar. Verkoopt u uw huis in het
jaar? Dan regelt de notaris meestal de verdeling.

## Tarief 2026

Voor woningen: 0,0745% van de WOZ-waarde.

## Voorbeeld

Uw woning heeft een WOZ-waarde van € 350.000. U betaalt dan € 260,75 OZB per jaar.

[antwoord: belastingen-bedrijven]
""",
        "internal_notes": """\
Tarieven volgens de Verordening OZB 2026. Peildatum eigendom: 1 januari, volgens het
Kadaster. Geen teruggaaf bij verkoop in de loop van het jaar; verwijs naar de notaris.

Tarieven niet-woningen: eigenaar 0,2150%, gebruiker 0,1720%.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["ozb", "onroerendezaakbelasting", "woz", "eigenaar"],
        "review_in_days": 90,
        "related": ["woz-waarde", "aanslag-uitleg"],
        "upl": (UPL + "onroerendezaakbelasting_(ozb)", "Onroerendezaakbelasting (OZB)"),
    },
    {
        "id": "afvalstoffenheffing",
        "title": "Hoeveel afvalstoffenheffing betaal ik?",
        "alternative_questions": [
            "Afvalstoffenheffing 2026",
            "Belasting voor afval",
            "Afvalheffing alleenstaande",
        ],
        "short_answer": (
            "In 2026 betaalt een huishouden van 1 persoon € 318 afvalstoffenheffing. "
            "Een huishouden van 2 of meer personen betaalt € 396. "
            "Het aantal personen op 1 januari telt."
        ),
        "body": """\
Met de afvalstoffenheffing betaalt u voor het ophalen en verwerken van uw afval.
Iedereen die in Voorbeeldstad een woning gebruikt, betaalt deze belasting. Ook huurders.

## Tarieven 2026

- huishouden van 1 persoon: € 318 per jaar
- huishouden van 2 of meer personen: € 396 per jaar

## Welk tarief?

Wij kijken naar het aantal personen dat op 1 januari op uw adres staat ingeschreven.

## Verhuizen in het jaar

Verhuist u binnen Voorbeeldstad? Dan verandert er niets. Gaat u de gemeente uit?
Dan krijgt u geld terug voor de maanden dat u hier niet meer woont.

Heeft u een laag inkomen? Misschien kunt u kwijtschelding krijgen.

[antwoord: kwijtschelding]
""",
        "internal_notes": """\
Tarieven volgens de Verordening afvalstoffenheffing 2026. Vermindering bij vertrek uit de
gemeente gaat automatisch op basis van de BRP.

Aantal personen klopt niet? Eerst BRP-inschrijving laten corrigeren, daarna bezwaar.
Tarieven moeten in december voor het nieuwe jaar worden bijgewerkt.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["afvalstoffenheffing", "afval", "belasting", "tarief"],
        "review_in_days": -60,
        "related": ["aanslag-uitleg", "kwijtschelding"],
        "upl": (UPL + "afvalstoffenheffing", "Afvalstoffenheffing"),
    },
    {
        "id": "rioolheffing",
        "title": "Waarom betaal ik rioolheffing?",
        "alternative_questions": [
            "Rioolheffing 2026",
            "Rioolrecht",
            "Rioolbelasting huurder",
        ],
        "short_answer": (
            "Met de rioolheffing betaalt u voor het onderhoud van het riool en de afvoer van "
            "regenwater. In 2026 betaalt de gebruiker van een woning € 224 per jaar."
        ),
        "body": """\
Het riool voert afvalwater en regenwater af. De gemeente onderhoudt het riool en legt
nieuwe buizen aan. Daarvoor betaalt u rioolheffing.

## Wie betaalt?

De gebruiker van een woning of pand betaalt de rioolheffing. Dat is degene die er woont.
Huurt u? Dan betaalt u ook.

## Tarief 2026

- woning: € 224 per jaar
- bedrijfspand: € 224 per jaar, plus een bedrag per 1.000 m³ water boven de 500 m³

## Veel regen?

Door hevige regen moet het riool meer water verwerken. Daarom vragen wij u om regenwater
in uw tuin op te vangen. Haal bijvoorbeeld tegels weg en leg planten aan.

Heeft u een laag inkomen? Dan kunt u misschien kwijtschelding krijgen.
""",
        "internal_notes": """\
Verordening rioolheffing 2026. Alleen gebruikersheffing voor woningen, geen
eigenarendeel. Waterverbruik bedrijven komt van het waterbedrijf.

Verstopt riool in huis: eigen verantwoordelijkheid, tenzij de verstopping in de
gemeentelijke aansluiting zit. Dan melding openbare ruimte aanmaken.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["rioolheffing", "riool", "belasting"],
        "review_in_days": 100,
        "related": ["aanslag-uitleg", "kwijtschelding"],
        "upl": (UPL + "rioolheffing", "Rioolheffing"),
    },
    {
        "id": "kwijtschelding",
        "title": "Kan ik kwijtschelding krijgen voor de gemeentelijke belastingen?",
        "alternative_questions": [
            "Kwijtschelding aanvragen",
            "Ik kan de belasting niet betalen",
            "Kwijtschelding afvalstoffenheffing",
            "Laag inkomen gemeentelijke belasting",
        ],
        "short_answer": (
            "Heeft u een laag inkomen en weinig spaargeld? Dan hoeft u de afvalstoffenheffing "
            "en rioolheffing misschien niet te betalen. "
            "Vraag kwijtschelding aan binnen 3 maanden na de datum op de aanslag."
        ),
        "body": """\
Kwijtschelding betekent dat u een belasting niet hoeft te betalen.
Dat kan als u een laag inkomen en weinig spaargeld heeft.

## Voor welke belastingen?

- afvalstoffenheffing
- rioolheffing
- hondenbelasting voor de eerste hond

Voor de OZB kunt u geen kwijtschelding krijgen.

## Voorwaarden

- Uw inkomen is niet hoger dan de bijstandsnorm.
- U heeft weinig spaargeld. Voor een alleenstaande is dat minder dan ongeveer € 2.000.
- Uw auto is niet meer waard dan € 3.350, behalve als u hem echt nodig heeft.

## Zo vraagt u het aan

1. Log in met DigiD in Mijn Voorbeeldstad.
2. Vul het formulier in.
3. Stuur bewijs mee van uw inkomen, vaste lasten en bankrekeningen.

Doe dit binnen 3 maanden na de datum op de aanslag. U krijgt binnen 8 weken een besluit.

Kreeg u vorig jaar kwijtschelding? Dan controleren wij soms automatisch of u weer recht
heeft. Dat staat dan in een brief.

[knop: Vraag kwijtschelding aan | https://www.voorbeeldstad.example/kwijtschelding]

[contact]
""",
        "internal_notes": """\
Kwijtscheldingsverzoeken in de belastingapplicatie, tabblad Kwijtschelding. Automatische
toets via het Inlichtingenbureau voor klanten die vorig jaar kwijtschelding hadden.

Ondernemers: geen kwijtschelding voor zakelijke belastingen, wel voor privébelastingen.
Klant met grote schulden: wijs ook op schuldhulp.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["kwijtschelding", "laag inkomen", "belasting", "afvalstoffenheffing"],
        "review_in_days": 8,
        "related": ["betalingsregeling", "schuldhulp", "afvalstoffenheffing"],
        "upl": (UPL + "belastingkwijtschelding", "Belastingkwijtschelding"),
    },
    {
        "id": "betalingsregeling",
        "title": "Kan ik de gemeentelijke belastingen in termijnen betalen?",
        "alternative_questions": [
            "Betalingsregeling gemeente",
            "Belasting in delen betalen",
            "Uitstel van betaling aanslag",
            "Aanmaning ontvangen",
        ],
        "short_answer": (
            "Ja. Met automatische incasso betaalt u in 10 maandelijkse termijnen. "
            "Lukt dat niet? Vraag dan een betalingsregeling aan. "
            "Dat kan online of telefonisch. Doe het voordat u een aanmaning krijgt."
        ),
        "body": """\
U hoeft de aanslag niet in één keer te betalen.

## Standaard

- Met automatische incasso betaalt u in 10 termijnen, van maart tot en met december.
- Zonder automatische incasso betaalt u in 2 termijnen.

## Lukt dat niet?

Vraag dan een betalingsregeling aan. U betaalt dan in maximaal 12 maanden.
U betaalt geen rente als u zich aan de afspraken houdt.

1. Log in met DigiD in Mijn Voorbeeldstad.
2. Kies "Betalingsregeling aanvragen".
3. Kies het bedrag per maand.

U kunt ook bellen. Doe het op tijd. Na een aanmaning betaalt u extra kosten.

## Heeft u meer schulden?

Dan kunt u gratis hulp krijgen van de gemeente.

[antwoord: schuldhulp]

[contact]
""",
        "internal_notes": """\
Regelingen tot 12 maanden mag het KCC zelf vastleggen in de belastingapplicatie, module
Invordering. Langer dan 12 maanden of bedrag boven € 2.500: doorzetten naar Invordering,
toestel 2210.

Dwangbevel al verstuurd? Dan geen nieuwe regeling via het KCC.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["betalingsregeling", "termijnen", "aanmaning", "belasting"],
        "review_in_days": 140,
        "related": ["automatische-incasso", "kwijtschelding", "schuldhulp"],
        "upl": (UPL + "belastingbetalingsregeling", "Belastingbetalingsregeling"),
    },
    {
        "id": "automatische-incasso",
        "title": "Hoe betaal ik mijn gemeentelijke belastingen met automatische incasso?",
        "alternative_questions": [
            "Machtiging afgeven gemeente",
            "Automatische incasso stoppen",
            "Ander rekeningnummer doorgeven",
        ],
        "short_answer": (
            "Geef online een machtiging af in Mijn Voorbeeldstad. "
            "U betaalt dan in 10 termijnen van maart tot en met december. "
            "Doe het voor 15 maart, dan geldt het voor dit jaar."
        ),
        "body": """\
Met automatische incasso schrijven wij het bedrag elke maand van uw rekening af.
U hoeft er dan niet meer aan te denken.

## Aanmelden

1. Log in met DigiD in Mijn Voorbeeldstad.
2. Kies "Automatische incasso".
3. Vul uw IBAN in en bevestig.

Meldt u zich voor 15 maart aan? Dan betaalt u dit jaar in 10 termijnen. Meldt u zich
later aan? Dan is het aantal termijnen kleiner.

## Andere rekening of stoppen

Dit regelt u ook in Mijn Voorbeeldstad.

## Afschrijving mislukt?

Staat er niet genoeg geld op uw rekening? Dan proberen wij het niet opnieuw.
U betaalt die termijn dan zelf. Mislukt het 2 keer? Dan stopt de incasso.
""",
        "internal_notes": """\
Machtigingen in de belastingapplicatie, module Invordering. Telefonisch een machtiging
aannemen mag niet; klant moet het zelf online doen of een formulier sturen.

Terugboeken via de bank kan tot 8 weken. Daarna staat het bedrag weer open.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["automatische incasso", "machtiging", "betalen", "termijnen"],
        "review_in_days": 210,
        "related": ["betalingsregeling", "aanslag-uitleg"],
        "upl": (
            UPL + "automatische_incasso_of_machtiging",
            "Automatische incasso of machtiging",
        ),
    },
    {
        "id": "hondenbelasting",
        "title": "Hoeveel hondenbelasting betaal ik?",
        "alternative_questions": [
            "Hondenbelasting 2026",
            "Belasting voor mijn hond",
            "Hulphond hondenbelasting",
        ],
        "short_answer": (
            "In 2026 betaalt u € 118 voor de eerste hond. Voor elke volgende hond betaalt u "
            "€ 168. Voor een erkende hulphond betaalt u niets."
        ),
        "body": """\
Heeft u een hond? Dan betaalt u hondenbelasting. Dat geldt voor elke hond die ouder is
dan 3 maanden.

## Tarieven 2026

- eerste hond: € 118 per jaar
- tweede en elke volgende hond: € 168 per jaar
- kennel: € 472 per jaar

## Geen hondenbelasting

U betaalt niets voor:

- een erkende hulphond of blindengeleidehond
- een hond die u tijdelijk opvangt voor een asiel

Heeft u een laag inkomen? Dan kunt u voor de eerste hond misschien kwijtschelding
krijgen.

Heeft u een nieuwe hond? Of is uw hond overleden? Geef het door.

[antwoord: hond-aanmelden]
""",
        "internal_notes": """\
Verordening hondenbelasting 2026. Belasting per kwartaal: bij aanmelding of afmelding
in de loop van het jaar rekenen we per kwartaal.

Controle op hondenbezit gebeurt door huis-aan-huiscontrole. Bij een boete na controle:
verwijs naar Team Belastingen, toestel 2200.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["hondenbelasting", "hond", "tarief"],
        "review_in_days": -120,
        "related": ["hond-aanmelden", "kwijtschelding"],
        "upl": (UPL + "hondenbelasting", "Hondenbelasting"),
    },
    {
        "id": "hond-aanmelden",
        "title": "Hoe meld ik mijn hond aan of af?",
        "alternative_questions": [
            "Hond registreren gemeente",
            "Hond overleden afmelden",
            "Nieuwe hond doorgeven",
            "Chip hond registreren",
        ],
        "short_answer": (
            "Meld uw hond binnen 14 dagen online aan bij de gemeente. "
            "Is uw hond overleden of weg? Meld hem dan af. "
            "De chip van uw hond registreert u apart in een databank."
        ),
        "body": """\
Heeft u een hond gekregen? Of bent u met uw hond in Voorbeeldstad komen wonen?
Dan meldt u de hond bij ons aan voor de hondenbelasting.

## Aanmelden

1. Log in met DigiD in Mijn Voorbeeldstad.
2. Kies "Hond aanmelden".
3. Vul de datum in.

Doe dit binnen 14 dagen. U krijgt daarna een aanslag hondenbelasting.

## Afmelden

Is uw hond overleden, weggelopen of heeft u hem weggegeven? Meld hem dan af.
U betaalt dan vanaf het volgende kwartaal niet meer.

## Chip en registratie

Elke pup moet een chip hebben. De chip registreert u in een erkende databank.
Dat is iets anders dan aanmelden bij de gemeente. U moet het allebei doen.

[knop: Meld uw hond aan of af | https://www.voorbeeldstad.example/mijn-voorbeeldstad]
""",
        "internal_notes": """\
Aan- en afmeldingen in de belastingapplicatie, object "Hond". Afmelding kan met
terugwerkende kracht tot 3 maanden, niet langer.

Vragen over de chip of databanken: wij houden geen chipregister bij. Verwijs naar de
dierenarts.
""",
        "department": "belastingen",
        "audience": "inwoners",
        "keywords": ["hond", "aanmelden", "afmelden", "hondenbelasting"],
        "review_in_days": 260,
        "related": ["hondenbelasting"],
        "upl": (UPL + "honderhoudersregistratie", "Hondenhoudersregistratie"),
    },
    {
        "id": "toeristenbelasting",
        "title": "Hoe werkt de toeristenbelasting voor mijn accommodatie?",
        "alternative_questions": [
            "Toeristenbelasting aangifte",
            "Toeristenbelasting B&B",
            "Tarief toeristenbelasting 2026",
            "Nachtregister",
        ],
        "short_answer": (
            "Verhuurt u kamers of een woning aan toeristen? Dan betaalt u toeristenbelasting. "
            "In 2026 is dat € 3,10 per persoon per nacht. "
            "U doet elk kwartaal online aangifte met eHerkenning."
        ),
        "body": """\
Bezoekers die in Voorbeeldstad overnachten, betalen toeristenbelasting.
U als verhuurder rekent dit af met uw gasten. U betaalt het daarna aan de gemeente.

## Voor wie?

- hotels, pensions en B&B's
- campings en vakantieparken
- particulieren die hun woning of een kamer verhuren aan toeristen

## Tarief 2026

€ 3,10 per persoon per nacht.

## Zo werkt het

1. Meld uw accommodatie aan bij de gemeente.
2. Houd een nachtregister bij met de namen en het aantal nachten.
3. Doe elk kwartaal online aangifte met eHerkenning of DigiD.
4. U krijgt daarna een aanslag.

Bewaar het nachtregister 7 jaar. Wij kunnen het komen controleren.

[antwoord: vakantieverhuur]
""",
        "internal_notes": """\
Aangiftes in de belastingapplicatie, module Toeristenbelasting. Geen aangifte gedaan:
ambtshalve aanslag met een verhoging.

Vragen over de regels voor vakantieverhuur (registratienummer, max nachten): verwijs naar
het antwoord vakantieverhuur of Team Wonen.
""",
        "department": "belastingen",
        "audience": "ondernemers",
        "keywords": ["toeristenbelasting", "verhuur", "b&b", "aangifte"],
        "review_in_days": 115,
        "related": ["vakantieverhuur", "belastingen-bedrijven"],
        "upl": (UPL + "toeristenbelasting", "Toeristenbelasting"),
    },
    {
        "id": "belastingen-bedrijven",
        "title": "Welke gemeentelijke belastingen betaalt mijn bedrijf?",
        "alternative_questions": [
            "OZB bedrijfspand",
            "Belasting voor ondernemers gemeente",
            "Reclamebelasting",
            "BIZ-bijdrage",
        ],
        "short_answer": (
            "Als ondernemer betaalt u OZB voor uw bedrijfspand, als eigenaar en als gebruiker. "
            "Daarnaast betaalt u rioolheffing. In het centrum betaalt u ook reclamebelasting "
            "of een BIZ-bijdrage."
        ),
        "body": """\
Een bedrijf betaalt andere gemeentelijke belastingen dan een huishouden.

## Voor uw pand

- OZB voor de eigenaar: 0,2150% van de WOZ-waarde
- OZB voor de gebruiker: 0,1720% van de WOZ-waarde
- rioolheffing: € 224 per jaar, plus een bedrag bij veel waterverbruik

Bent u eigenaar en gebruiker? Dan betaalt u beide delen van de OZB.

## In het centrum

- reclamebelasting, als u een reclame aan de gevel heeft
- BIZ-bijdrage in het Bedrijveninvesteringsgebied Binnenstad

De BIZ-bijdrage gaat naar de ondernemersvereniging. Die gebruikt het geld voor de
binnenstad, bijvoorbeeld voor verlichting en evenementen.

## Andere belastingen

- toeristenbelasting, als u overnachtingen aanbiedt
- precariobelasting, als u iets op de stoep zet, zoals een terras

Werkt u vanuit huis? Dan betaalt u meestal de belastingen voor een woning.

[contact]
""",
        "internal_notes": """\
Ondernemers met vragen over WOZ-waarde van een niet-woning: terugbelverzoek voor een
taxateur niet-woningen (zaaktype "Vraag WOZ"). Bedrijven loggen in met eHerkenning.

BIZ-bijdrage wordt door ons geheven en doorbetaald aan de BIZ-vereniging. Vragen over
besteding: verwijs naar de vereniging.
""",
        "department": "belastingen",
        "audience": "ondernemers",
        "keywords": ["ozb", "bedrijfspand", "reclamebelasting", "biz", "ondernemer"],
        "review_in_days": 85,
        "related": ["ozb", "toeristenbelasting", "reclamebord"],
        "upl": (UPL + "reclamebelasting", "Reclamebelasting"),
    },
]
