"""Antwoorden over parkeren, vergunningen en parkeerboetes."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "parkeervergunning-bewoners",
        "title": "Hoe vraag ik een parkeervergunning aan voor mijn straat?",
        "alternative_questions": [
            "Bewonersvergunning parkeren",
            "Parkeervergunning kosten",
            "Parkeervergunning tweede auto",
            "Parkeervergunning leaseauto",
        ],
        "short_answer": (
            "Woont u in een gebied met betaald parkeren? Vraag de vergunning dan online aan met "
            "DigiD. De eerste vergunning kost € 120 per jaar. "
            "De vergunning is digitaal en hoort bij uw kenteken."
        ),
        "body": """\
In het centrum en de wijken eromheen betaalt u voor parkeren. Woont u daar?
Dan kunt u een parkeervergunning aanvragen. U parkeert dan in uw eigen zone.

## Kosten per jaar

- eerste vergunning: € 120
- tweede vergunning: € 240
- in zone A (binnenstad) is er voor een tweede auto een wachtlijst

## Wat heeft u nodig?

- DigiD
- het kenteken van uw auto
- uw leasecontract of een verklaring van uw werkgever, als de auto niet van u is

## Zo gaat het

1. Vraag de vergunning online aan.
2. Betaal met iDEAL.
3. De vergunning is direct geldig. U krijgt geen kaart. Wij controleren uw kenteken.

Krijgt u een andere auto? Verander dan online het kenteken. Dat is gratis.

[knop: Vraag een parkeervergunning aan | https://www.voorbeeldstad.example/parkeervergunning]
""",
        "internal_notes": """\
Vergunningen staan in de parkeerapplicatie. Wachtlijst zone A: wachttijd nu ongeveer
14 maanden. De positie op de wachtlijst mag u noemen. Beloof geen wachttijd.

Eén vergunning per persoon, maximaal 2 per adres. Bedrijfsauto met grijs kenteken: niet
toegestaan, verwijs naar de bedrijfsvergunning.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["parkeervergunning", "bewoners", "parkeren", "kenteken"],
        "review_in_days": 110,
        "related": ["bezoekersparkeren", "parkeertarieven", "parkeervergunning-bedrijven"],
        "upl": (UPL + "parkeervergunning", "Parkeervergunning"),
    },
    {
        "id": "bezoekersparkeren",
        "title": "Hoe kan mijn bezoek bij mij voor de deur parkeren?",
        "alternative_questions": [
            "Bezoekersvergunning",
            "Bezoek aanmelden parkeren",
            "Parkeren voor visite",
            "Bezoekerspas parkeren",
        ],
        "short_answer": (
            "Woont u in een gebied met betaald parkeren? Dan krijgt u een tegoed voor bezoek. "
            "U meldt het kenteken van uw bezoek aan in de app of op de website. "
            "Uw bezoek betaalt dan € 0,80 per uur."
        ),
        "body": """\
Woont u in een gebied met betaald parkeren? Dan kan uw bezoek goedkoper parkeren.
Daarvoor gebruikt u de bezoekersregeling. U heeft er geen bewonersvergunning voor nodig.

## Hoe werkt het?

1. Log in op de website of in de parkeerapp van de gemeente.
2. Vul het kenteken van uw bezoek in.
3. Zet de tijd aan als uw bezoek komt.
4. Zet de tijd uit als uw bezoek weggaat.

## Kosten

- Uw bezoek parkeert voor € 0,80 per uur.
- U krijgt elk jaar een tegoed van 300 uur.
- Op is op. Daarna betaalt uw bezoek het gewone tarief.

Heeft u geen computer of smartphone? Dan kunt u ook bellen naar de parkeerlijn.
Het nummer staat op de brief die u kreeg bij de start van de regeling.

[antwoord: parkeertarieven]
""",
        "internal_notes": """\
Bezoekersregeling staat in de parkeerapplicatie onder het adres. Tegoed wordt op 1 januari
aangevuld. Extra tegoed alleen bij mantelzorg met een verklaring; dan zaak aanmaken voor
Team Parkeren.

Inlogcode vergeten: klant kan online een nieuwe code aanvragen. Code nooit telefonisch
doorgeven.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["bezoek", "bezoekersparkeren", "parkeren", "parkeerapp"],
        "review_in_days": 130,
        "related": ["parkeervergunning-bewoners", "parkeertarieven"],
    },
    {
        "id": "gehandicaptenparkeerkaart",
        "title": "Hoe vraag ik een gehandicaptenparkeerkaart aan?",
        "alternative_questions": [
            "Invalidenparkeerkaart",
            "GPK aanvragen",
            "Parkeerkaart voor mensen met een beperking",
            "Gehandicaptenkaart verlengen",
        ],
        "short_answer": (
            "U vraagt de kaart online aan. Een onafhankelijke arts onderzoekt of u in aanmerking "
            "komt. De kaart kost € 95, inclusief keuring. "
            "U krijgt binnen 8 weken een besluit."
        ),
        "body": """\
Kunt u door een ziekte of beperking niet ver lopen? Dan kunt u een
gehandicaptenparkeerkaart aanvragen. Met deze kaart mag u op een gehandicaptenparkeerplaats
staan. Soms mag u ook langer parkeren in een blauwe zone.

## Welke kaart?

- Bestuurderskaart: u rijdt zelf.
- Passagierskaart: iemand anders rijdt u.

## Zo gaat het

1. Vul het aanvraagformulier online in.
2. Een onafhankelijke arts nodigt u uit voor een keuring.
3. U krijgt binnen 8 weken een besluit.
4. Krijgt u de kaart? Dan maakt u een afspraak om hem op te halen.

Neem bij het ophalen een pasfoto mee.

## Kosten

De kaart kost € 95. Daarin zit de keuring. U betaalt ook als u de kaart niet krijgt.

De kaart is 5 jaar geldig. Vraag een nieuwe kaart 3 maanden voor het einde aan.

[contact]
""",
        "internal_notes": """\
Aanvragen komen binnen in het zaaksysteem, zaaktype "GPK". Medische keuring door het
externe keuringsbureau; wij hebben geen medische gegevens. Vragen over de keuring:
doorverbinden met toestel 2350.

Bij duidelijk blijvende beperking (bijvoorbeeld rolstoel) kan de kaart zonder keuring
worden verlengd. Dat beslist het team, niet het KCC.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["gehandicaptenparkeerkaart", "gpk", "beperking", "parkeren"],
        "review_in_days": 220,
        "related": ["gehandicaptenparkeerplaats", "wmo-aanvragen"],
        "upl": (UPL + "gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart"),
    },
    {
        "id": "gehandicaptenparkeerplaats",
        "title": "Kan ik een gehandicaptenparkeerplaats bij mijn huis krijgen?",
        "alternative_questions": [
            "Invalidenparkeerplaats aanvragen",
            "Eigen parkeerplek met kenteken",
            "Gehandicaptenparkeerplaats op kenteken",
        ],
        "short_answer": (
            "Dat kan als u een gehandicaptenparkeerkaart voor bestuurders heeft. "
            "U moet ook een eigen auto hebben en geen eigen oprit. "
            "De parkeerplaats is gratis. Het duurt ongeveer 3 maanden."
        ),
        "body": """\
Een gehandicaptenparkeerplaats op kenteken is een parkeerplek alleen voor uw auto.
Het kenteken staat op een bord bij de plek.

## Voorwaarden

- U heeft een gehandicaptenparkeerkaart voor bestuurders.
- De auto staat op uw naam of u rijdt er zelf in.
- U heeft geen eigen oprit of garage.
- Het is moeilijk om een plek te vinden in uw straat.

## Zo gaat het

1. Vraag de parkeerplaats online aan.
2. Wij kijken samen met u naar de plek.
3. Wij nemen een verkeersbesluit. Buren kunnen daar bezwaar tegen maken.
4. Wij plaatsen het bord.

Dit duurt ongeveer 3 maanden. Het kost u niets.

Krijgt u een andere auto of verhuist u? Geef het dan door. Dan passen wij het bord aan of
halen wij het weg.
""",
        "internal_notes": """\
Zaaktype "GPP aanvraag" in het zaaksysteem. Verkeersbesluit wordt gepubliceerd in het
Gemeenteblad. Klachten van buren over een GPP: niet inhoudelijk bespreken, wijzen op de
bezwaarmogelijkheid na publicatie.

Verkeerd geparkeerde auto op een GPP: klant kan handhaving bellen via 14 0123, optie 3.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["gehandicaptenparkeerplaats", "gpp", "kenteken", "beperking"],
        "review_in_days": 250,
        "related": ["gehandicaptenparkeerkaart"],
        "upl": (
            UPL + "gehandicaptenparkeerplaats_op_kenteken",
            "Gehandicaptenparkeerplaats op kenteken",
        ),
    },
    {
        "id": "parkeerboete-bezwaar",
        "title": "Ik heb een parkeerboete gekregen. Hoe maak ik bezwaar?",
        "alternative_questions": [
            "Naheffingsaanslag parkeerbelasting",
            "Bezwaar parkeerbon",
            "Onterechte parkeerboete",
            "Parkeerboete betalen",
        ],
        "short_answer": (
            "Een parkeerboete heet bij ons een naheffingsaanslag. "
            "Bent u het er niet mee eens? Maak dan binnen 6 weken online bezwaar met DigiD. "
            "Stuur foto's of een parkeerbewijs mee."
        ),
        "body": """\
Heeft u niet of te weinig betaald voor parkeren? Dan krijgt u een naheffingsaanslag.
Dat is de parkeerbelasting plus € 76,40 kosten.

## Bezwaar maken

Vindt u de naheffingsaanslag onterecht? Maak dan bezwaar.

1. Doe dit binnen 6 weken na de datum op de aanslag.
2. Maak online bezwaar met DigiD. U kunt ook een brief sturen.
3. Vermeld het nummer van de aanslag.
4. Leg uit waarom u het er niet mee eens is.
5. Stuur bewijs mee, zoals een parkeerbewijs of foto's.

U krijgt binnen 12 weken een besluit.

## Betalen

U kunt de aanslag online betalen met iDEAL. Maakt u bezwaar? Dan hoeft u nog niet te
betalen tot er een besluit is.

Heeft u een verkeersboete van de politie? Dan is dat geen parkeerboete van de gemeente.
Daarvoor gaat u naar het CJIB.

[knop: Maak bezwaar | https://www.voorbeeldstad.example/bezwaar-parkeren]
""",
        "internal_notes": """\
Naheffingsaanslagen staan in de parkeerapplicatie met foto's van de handhaver. Je mag
bevestigen dát er foto's zijn, niet de inhoud beoordelen.

Bezwaren komen als zaaktype "Bezwaar naheffing". Status opvragen kan in het zaaksysteem.
Klant met een GPK die zijn kaart vergat: toch bezwaar laten maken met kopie van de kaart.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["parkeerboete", "naheffingsaanslag", "bezwaar", "parkeren"],
        "review_in_days": 160,
        "related": ["parkeertarieven", "bezwaar-maken"],
        "upl": (UPL + "parkeerbelasting", "Parkeerbelasting"),
    },
    {
        "id": "parkeertarieven",
        "title": "Wat kost parkeren in het centrum van Voorbeeldstad?",
        "alternative_questions": [
            "Parkeertarieven",
            "Parkeergarage centrum prijs",
            "Gratis parkeren Voorbeeldstad",
            "Tot hoe laat betaald parkeren?",
        ],
        "short_answer": (
            "In de binnenstad kost parkeren € 3,60 per uur. In de wijken rond het centrum "
            "betaalt u € 2,20 per uur. In de Stationsgarage betaalt u € 2,80 per uur. "
            "Bij P+R Noord parkeert u voor € 5 per dag."
        ),
        "body": """\
In het centrum en de wijken eromheen betaalt u voor parkeren op straat.
U betaalt met de parkeerautomaat of met een parkeerapp.

## Op straat

- Zone A, binnenstad: € 3,60 per uur, van 9.00 tot 21.00 uur.
- Zone B, rond het centrum: € 2,20 per uur, van 9.00 tot 18.00 uur.

Deze tijden gelden van maandag tot en met zaterdag.

Op zondag is parkeren op straat gratis. Op koopzondagen betaalt u in zone A van 12.00 tot
18.00 uur.

## Parkeergarages

- Stationsgarage: € 2,80 per uur, € 18 per dag.
- Garage Marktplein: € 3,00 per uur, € 20 per dag.

## Goedkoop: P+R Noord

Parkeer bij P+R Noord aan de Ringweg voor € 5 per dag. Met uw parkeerbewijs reist u
gratis met de bus naar het centrum.

Met een gehandicaptenparkeerkaart parkeert u gratis op straat, maar niet in de garages.
""",
        "internal_notes": """\
Tarieven 2026 volgens de parkeerverordening. Koopzondagen: zie de lijst op intranet.

Garages worden beheerd door een externe partij. Storingen of klachten over garages:
verwijs naar het telefoonnummer op de betaalautomaat. Wij kunnen daar niets in doen.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["parkeertarieven", "parkeergarage", "parkeren", "p+r"],
        "review_in_days": -20,
        "related": ["parkeervergunning-bewoners", "bezoekersparkeren", "parkeerboete-bezwaar"],
    },
    {
        "id": "parkeervergunning-bedrijven",
        "title": "Hoe vraag ik een parkeervergunning aan voor mijn bedrijf?",
        "alternative_questions": [
            "Bedrijfsvergunning parkeren",
            "Parkeervergunning voor bedrijfsbus",
            "Parkeren voor ondernemers in het centrum",
            "Zorgverlenersvergunning",
        ],
        "short_answer": (
            "Heeft u een bedrijf in een gebied met betaald parkeren? "
            "Dan kunt u maximaal 2 bedrijfsvergunningen aanvragen. "
            "Een vergunning kost € 480 per jaar. U vraagt hem online aan met eHerkenning."
        ),
        "body": """\
Is uw bedrijf gevestigd in zone A of zone B? Dan kunt u een bedrijfsvergunning aanvragen.
Daarmee parkeert u in de zone van uw bedrijf.

## Voorwaarden

- Uw bedrijf staat in het Handelsregister van de KvK op een adres in de zone.
- De auto is nodig voor uw werk.
- U heeft geen eigen parkeerplaats.

## Kosten

- € 480 per jaar per vergunning
- maximaal 2 vergunningen per bedrijf

## Aanvragen

Log in met eHerkenning. Vul het kenteken in en betaal. U kunt het kenteken later online
veranderen, bijvoorbeeld als u een andere bus krijgt.

## Zorgverleners

Bent u huisarts, verpleegkundige of een andere zorgverlener die patiënten thuis bezoekt?
Dan kunt u een zorgvergunning aanvragen. Die geldt in alle zones.

[contact]
""",
        "internal_notes": """\
Zaaktype "Bedrijfsvergunning parkeren". Controle KvK-vestigingsadres gebeurt automatisch.
Zorgvergunning: verklaring van de zorgorganisatie nodig, €240 per jaar.

Ondernemer wil meer dan 2 vergunningen: niet mogelijk. Adviseer de Stationsgarage
(abonnement). Doorverbinden met toestel 2350 bij twijfel.
""",
        "department": "parkeren",
        "audience": "ondernemers",
        "keywords": ["parkeervergunning", "bedrijf", "ondernemer", "eherkenning"],
        "review_in_days": 170,
        "related": ["parkeervergunning-bewoners", "parkeertarieven"],
        "upl": (UPL + "parkeervergunning", "Parkeervergunning"),
    },
    {
        "id": "auto-weggesleept",
        "title": "Mijn auto is weggesleept. Waar kan ik hem ophalen?",
        "alternative_questions": [
            "Auto weg, is hij weggesleept?",
            "Autoberging Voorbeeldstad",
            "Kosten wegslepen",
        ],
        "short_answer": (
            "Bel eerst 14 0123. Wij vertellen u of uw auto is weggesleept. "
            "U haalt hem op bij de autoberging aan de Havenweg 30. "
            "Wegslepen kost € 375, plus € 25 per dag stalling."
        ),
        "body": """\
Staat uw auto niet meer waar u hem parkeerde? Dan is hij misschien weggesleept.
Wij slepen auto's weg als ze gevaarlijk staan of iemand hinderen.

## Is uw auto weggesleept?

Bel 14 0123. Wij kijken of uw kenteken bij ons bekend is. Is uw auto niet weggesleept?
Doe dan aangifte van diefstal bij de politie.

## Ophalen

Autoberging Voorbeeldstad, Havenweg 30.

- maandag tot en met zaterdag: 8.00 tot 22.00 uur
- zondag: 12.00 tot 20.00 uur

## Wat neemt u mee?

- uw rijbewijs of ID-kaart
- het kentekenbewijs of de kentekencard
- uw betaalpas

## Kosten

- wegslepen: € 375
- stalling: € 25 per dag

U betaalt voordat u de auto meekrijgt. Bent u het er niet mee eens? Betaal dan toch
en maak daarna binnen 6 weken bezwaar.

[antwoord: bezwaar-maken]
""",
        "internal_notes": """\
Weggesleepte voertuigen staan in de parkeerapplicatie onder "Bestuursdwang". Buiten
kantooruren kan de klant de autoberging direct bellen, nummer staat op intranet.

Na 13 weken niet opgehaald: auto wordt vernietigd of verkocht. Verwijs klanten met een
betalingsprobleem naar Team Parkeren, toestel 2350.
""",
        "department": "parkeren",
        "audience": "inwoners",
        "keywords": ["wegslepen", "autoberging", "parkeren"],
        "review_in_days": 275,
        "related": ["parkeerboete-bezwaar", "bezwaar-maken"],
        "upl": (UPL + "wegsleepreg", "Wegsleepregeling"),
    },
]
