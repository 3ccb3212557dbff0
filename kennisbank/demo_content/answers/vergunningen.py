"""Antwoorden over bouwen, verbouwen en vergunningen."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "omgevingsvergunning-bouwen",
        "title": "Heb ik een omgevingsvergunning nodig om te bouwen of te verbouwen?",
        "alternative_questions": [
            "Bouwvergunning aanvragen",
            "Vergunning voor uitbouw",
            "Omgevingsloket vergunningcheck",
            "Mag ik mijn huis verbouwen?",
        ],
        "short_answer": (
            "Dat hangt af van wat u gaat bouwen en waar. Doe de gratis vergunningcheck in het "
            "Omgevingsloket. Dan weet u of u een vergunning nodig heeft. "
            "Daar vraagt u de vergunning ook aan."
        ),
        "body": """\
Gaat u bouwen of verbouwen? Dan heeft u soms een omgevingsvergunning nodig.
Bijvoorbeeld voor een uitbouw, een extra verdieping of het veranderen van de gevel.

## Stap 1: doe de vergunningcheck

Ga naar het Omgevingsloket. Doe daar de vergunningcheck. U beantwoordt vragen over
uw plan. Daarna ziet u of u een vergunning nodig heeft. Of dat een melding genoeg is.

## Stap 2: vraag de vergunning aan

U vraagt de vergunning aan in hetzelfde Omgevingsloket. U logt in met DigiD.
Voeg tekeningen en foto's toe.

## Stap 3: wacht op het besluit

Meestal krijgt u binnen 8 weken een besluit. Soms duurt het 6 weken langer.
Begin niet met bouwen voordat u de vergunning heeft.

## Twijfelt u?

Vraag dan een gratis vooroverleg aan. Een medewerker bekijkt uw plan en geeft advies.

[antwoord: omgevingsvergunning-kosten]

[knop: Naar het Omgevingsloket | https://omgevingswet.overheid.nl]

[contact]
""",
        "internal_notes": """\
Sinds 2024 geldt de Omgevingswet. Aanvragen komen via het Omgevingsloket binnen in het
zaaksysteem, zaaktype "Omgevingsvergunning". Geef aan de telefoon nooit zelf een oordeel of
iets vergunningvrij is; verwijs naar de vergunningcheck.

Vooroverleg aanvragen via het formulier op de website; een vergunningverlener belt
binnen 5 werkdagen terug. Monumenten: altijd doorverbinden met toestel 2600.
""",
        "department": "vergunningen",
        "audience": "inwoners",
        "keywords": ["omgevingsvergunning", "bouwen", "verbouwen", "omgevingsloket"],
        "review_in_days": 230,
        "related": ["vergunningvrij-bouwen", "omgevingsvergunning-kosten", "bouwplannen-buren"],
        "upl": (UPL + "omgevingsvergunning_bouw", "Omgevingsvergunning bouw"),
    },
    {
        "id": "vergunningvrij-bouwen",
        "title": "Mag ik zonder vergunning een dakkapel, schuur of overkapping bouwen?",
        "alternative_questions": [
            "Vergunningvrij bouwen",
            "Dakkapel zonder vergunning",
            "Tuinhuis plaatsen vergunning",
            "Schutting hoogte zonder vergunning",
        ],
        "short_answer": (
            "Vaak wel, als de dakkapel, schuur of overkapping aan de achterkant van uw huis "
            "komt en niet te groot is. Doe altijd eerst de vergunningcheck in het "
            "Omgevingsloket."
        ),
        "body": """\
Voor veel kleine bouwwerken heeft u geen vergunning nodig. Dat heet vergunningvrij bouwen.
Maar er zijn wel regels.

## Meestal vergunningvrij

- een dakkapel aan de achterkant van uw huis
- een schuur of overkapping in de achtertuin, tot 3 meter hoog
- een schutting tot 2 meter hoog, achter de voorgevel
- zonnepanelen op het dak, als ze de vorm van het dak volgen

## Let op

- Woont u in een monument of beschermd stadsgezicht? Dan gelden strengere regels.
- Aan de voorkant van uw huis heeft u vaker een vergunning nodig.
- Ook als het vergunningvrij is, moet u zich aan de bouwregels houden.

Doe daarom altijd de vergunningcheck in het Omgevingsloket. Bewaar de uitkomst.

## Goede buren

Vertel uw buren wat u gaat doen. Zo voorkomt u ruzie.
Bouwt u op de grens? Dan heeft u soms toestemming van de buren nodig.

[antwoord: omgevingsvergunning-bouwen]
""",
        "internal_notes": """\
Regels voor vergunningvrij bouwen staan in het Besluit bouwwerken leefomgeving en in ons
omgevingsplan. De binnenstad is beschermd stadsgezicht; daar is bijna niets
vergunningvrij.

Burenruzie over een schutting of erfgrens is privaatrecht. Verwijs naar buurtbemiddeling
of het Juridisch Loket.
""",
        "department": "vergunningen",
        "audience": "inwoners",
        "keywords": ["vergunningvrij", "dakkapel", "schuur", "schutting"],
        "review_in_days": 270,
        "related": ["omgevingsvergunning-bouwen", "bouwplannen-buren"],
    },
    {
        "id": "omgevingsvergunning-kosten",
        "title": "Wat kost een omgevingsvergunning en hoe lang duurt het?",
        "alternative_questions": [
            "Leges omgevingsvergunning",
            "Kosten bouwvergunning",
            "Doorlooptijd vergunning",
            "Wanneer krijg ik mijn vergunning?",
        ],
        "short_answer": (
            "Voor bouwen betaalt u 2,95% van de bouwkosten, met een minimum van € 165. "
            "U krijgt meestal binnen 8 weken een besluit. "
            "Dit kan 6 weken langer duren."
        ),
        "body": """\
Voor een omgevingsvergunning betaalt u leges. Leges zijn kosten voor het behandelen van
uw aanvraag.

## Kosten 2026

- bouwen: 2,95% van de bouwkosten, minimaal € 165
- kappen van een boom: € 85 per aanvraag
- uitrit aanleggen: € 245
- vooroverleg: gratis

U betaalt ook als u de vergunning niet krijgt. Trekt u de aanvraag snel in?
Dan krijgt u soms een deel terug.

## Hoe lang duurt het?

- Gewone procedure: binnen 8 weken een besluit. Soms duurt het 6 weken langer.
- Uitgebreide procedure: binnen 6 maanden. Dit is voor grote of ingewikkelde plannen.

Ontbreken er gegevens? Dan vragen wij u die aan te vullen. De termijn stopt dan even.

[contact]
""",
        "internal_notes": """\
Leges volgens de legesverordening 2026, hoofdstuk Omgevingsvergunning. Bouwkosten volgens
de opgave van de aanvrager; wij controleren met de standaardtabel.

Status van een aanvraag staat in het zaaksysteem. Klant wil weten of zijn aanvraag
compleet is: terugbelverzoek voor de behandelaar.
""",
        "department": "vergunningen",
        "audience": "inwoners",
        "keywords": ["leges", "omgevingsvergunning", "kosten", "doorlooptijd"],
        "review_in_days": 70,
        "related": ["omgevingsvergunning-bouwen", "kapvergunning"],
        "upl": (UPL + "omgevingsvergunning", "Omgevingsvergunning"),
    },
    {
        "id": "evenementenvergunning",
        "title": "Heb ik een vergunning nodig voor een evenement of buurtfeest?",
        "alternative_questions": [
            "Evenementenvergunning aanvragen",
            "Straatfeest organiseren",
            "Buurtbarbecue op straat",
            "Melding klein evenement",
        ],
        "short_answer": (
            "Voor een klein buurtfeest is vaak een gratis melding genoeg. Doe die 4 weken "
            "van tevoren. Voor grotere evenementen vraagt u 8 tot 12 weken van tevoren een "
            "vergunning aan."
        ),
        "body": """\
Organiseert u een feest, markt of concert op straat of in een park?
Dan heeft u een melding of een vergunning nodig.

## Melding klein evenement

Een melding is genoeg als:

- er minder dan 250 mensen tegelijk zijn
- het tussen 9.00 en 23.00 uur is
- u geen weg afsluit voor doorgaand verkeer
- er geen muziek is na 22.00 uur

Doe de melding 4 weken van tevoren. Een melding is gratis.

## Vergunning

Voor een groter evenement vraagt u een vergunning aan.

- Evenement tot 2.000 bezoekers: 8 weken van tevoren.
- Groter evenement: 12 weken van tevoren.

Een vergunning kost € 95 voor een klein evenement en € 450 voor een groot evenement.

## Denk ook aan

- een ontheffing voor het schenken van alcohol
- toestemming om een weg af te sluiten
- afspraken over afval en EHBO

[knop: Vraag een vergunning aan | https://www.voorbeeldstad.example/evenementen]

[contact]
""",
        "internal_notes": """\
Zaaktype "Evenementenvergunning" of "Melding klein evenement". Te late aanvragen worden
soms niet meer behandeld; geef geen garantie. Grote evenementen: altijd
evenementencoördinator, toestel 2610.

Koningsdag en Oud en Nieuw hebben eigen regels; zie intranet.
""",
        "department": "vergunningen",
        "audience": "beide",
        "keywords": ["evenement", "vergunning", "buurtfeest", "melding"],
        "review_in_days": 3,
        "related": ["container-op-straat", "horecavergunning"],
        "upl": (UPL + "evenementenvergunning", "Evenementenvergunning"),
    },
    {
        "id": "kapvergunning",
        "title": "Mag ik een boom in mijn tuin kappen?",
        "alternative_questions": [
            "Kapvergunning aanvragen",
            "Boom omhakken vergunning",
            "Boom weghalen in eigen tuin",
        ],
        "short_answer": (
            "Is de stam op 1,30 meter hoogte dikker dan 20 centimeter? "
            "Dan heeft u een omgevingsvergunning voor kappen nodig. "
            "Die kost € 85. U vraagt hem aan in het Omgevingsloket."
        ),
        "body": """\
Bomen zijn belangrijk voor de stad. Ze geven schaduw en zijn goed voor dieren.
Daarom mag u niet zomaar elke boom kappen.

## Wanneer heeft u een vergunning nodig?

- De stam is dikker dan 20 centimeter, gemeten op 1,30 meter hoogte.
- De boom staat op de lijst van beschermde bomen.

Voor fruitbomen en kleinere bomen heeft u geen vergunning nodig.

## Aanvragen

1. Doe de vergunningcheck in het Omgevingsloket.
2. Vraag de vergunning aan. Voeg een foto van de boom toe.
3. Wij komen kijken. U krijgt binnen 8 weken een besluit.

Soms moet u een nieuwe boom planten.

## Broedseizoen

Kap liever niet tussen 15 maart en 15 juli. Dan broeden er vogels.

## Boom van de gemeente?

Staat de boom op straat of in een park? Dan is hij van de gemeente. Doe dan een melding.

[antwoord: boom-melden]
""",
        "internal_notes": """\
Lijst beschermde bomen staat in het omgevingsplan en op de bomenkaart (intranet). Gevaarlijke
boom in eigen tuin (scheef na storm): noodkap mag, maar klant moet achteraf binnen 5
werkdagen melden met foto's.

Aanvragen via zaaktype "Omgevingsvergunning kap".
""",
        "department": "vergunningen",
        "audience": "inwoners",
        "keywords": ["kapvergunning", "boom", "kappen", "tuin"],
        "review_in_days": 195,
        "related": ["boom-melden", "omgevingsvergunning-kosten"],
        "upl": (UPL + "omgevingsvergunning_kap", "Omgevingsvergunning kap"),
    },
    {
        "id": "uitrit-aanleggen",
        "title": "Hoe vraag ik een uitrit aan voor mijn oprit?",
        "alternative_questions": [
            "Inrit aanleggen",
            "Stoep verlagen voor oprit",
            "Vergunning uitrit",
        ],
        "short_answer": (
            "Voor een nieuwe uitrit vraagt u een vergunning aan in het Omgevingsloket. "
            "De vergunning kost € 245. De gemeente legt de uitrit aan. "
            "Die kosten betaalt u ook, meestal tussen € 900 en € 1.500."
        ),
        "body": """\
Wilt u met uw auto naar een oprit of garage bij uw huis? Dan heeft u een uitrit nodig.
Een uitrit is een verlaagde stoep met een rijbaan.

## Zo gaat het

1. Vraag de vergunning aan in het Omgevingsloket.
2. Voeg een tekening toe met de plek en de breedte.
3. Wij kijken of het veilig is en of er geen boom of lantaarnpaal in de weg staat.
4. U krijgt binnen 8 weken een besluit.
5. Krijgt u de vergunning? Dan legt de gemeente de uitrit aan.

## Kosten

- vergunning: € 245
- aanleg door de gemeente: u krijgt eerst een offerte, meestal € 900 tot € 1.500

## Let op

Door een uitrit verdwijnt vaak een parkeerplaats op straat. Daarom zeggen wij soms nee.
U mag de uitrit niet zelf aanleggen.
""",
        "internal_notes": """\
Zaaktype "Omgevingsvergunning uitweg". Offerte voor aanleg wordt gemaakt door Openbare
Ruimte na de vergunning. In zone A (binnenstad) worden bijna nooit nieuwe uitritten
toegestaan.

Klant heeft zelf een uitrit gemaakt: niet bespreken, melding maken voor handhaving.
""",
        "department": "vergunningen",
        "audience": "inwoners",
        "keywords": ["uitrit", "oprit", "inrit", "stoep"],
        "review_in_days": 335,
        "related": ["omgevingsvergunning-kosten", "parkeervergunning-bewoners"],
        "upl": (UPL + "omgVgUitweg", "Omgevingsvergunning uitweg"),
    },
    {
        "id": "terrasvergunning",
        "title": "Hoe vraag ik een terrasvergunning aan?",
        "alternative_questions": [
            "Terras voor mijn café",
            "Terras uitbreiden",
            "Terras op de stoep",
            "Kosten terras",
        ],
        "short_answer": (
            "Heeft u een horecazaak en wilt u een terras op straat? "
            "Vraag dan online een terrasvergunning aan met eHerkenning. "
            "U krijgt binnen 8 weken een besluit. U betaalt precariobelasting per m²."
        ),
        "body": """\
Een terras op de stoep of het plein is voor veel horecazaken belangrijk.
Daarvoor heeft u een terrasvergunning nodig.

## Voorwaarden

- U heeft een exploitatievergunning voor uw horecazaak.
- Er blijft minimaal 1,80 meter vrije ruimte op de stoep.
- Het terras staat direct voor uw zaak.
- Het terras is op tijd leeg: uiterlijk 23.00 uur, op vrijdag en zaterdag 24.00 uur.

## Aanvragen

1. Log in met eHerkenning.
2. Vul het formulier in.
3. Voeg een tekening van het terras toe, met de maten.

U krijgt binnen 8 weken een besluit. Een vergunning kost eenmalig € 150.

## Precariobelasting

Voor het gebruik van de straat betaalt u elk jaar precariobelasting.
In de binnenstad is dat € 38 per m². Buiten de binnenstad is dat € 22 per m².

Wilt u een terras met een overkapping of heaters? Vraag dit dan apart aan.

[antwoord: horecavergunning]
""",
        "internal_notes": """\
Zaaktype "Terrasvergunning". Wordt getoetst aan het terrassenbeleid binnenstad
(intranet). Uitbreiding bij evenementen: tijdelijke ontheffing, zaaktype
"Terras tijdelijk".

Klachten over te grote terrassen: melding voor handhaving aanmaken, geen oordeel geven.
Vragen over de precariobelasting: doorverbinden met Team Belastingen, toestel 2200.
""",
        "department": "vergunningen",
        "audience": "ondernemers",
        "keywords": ["terras", "horeca", "vergunning", "precariobelasting"],
        "review_in_days": 125,
        "related": ["horecavergunning", "belastingen-bedrijven"],
        "upl": (UPL + "terrasvergunning", "Terrasvergunning"),
    },
    {
        "id": "container-op-straat",
        "title": "Mag ik een afvalcontainer, steiger of verhuislift op straat zetten?",
        "alternative_questions": [
            "Ontheffing container op straat",
            "Bouwmaterialen op de stoep",
            "Verhuislift plaatsen",
            "Vergunning steiger openbare weg",
        ],
        "short_answer": (
            "Ja, maar u heeft een ontheffing nodig. Vraag die minimaal 5 werkdagen van tevoren "
            "online aan. Een ontheffing kost € 55. Voor een verhuislift van 1 dag is het gratis."
        ),
        "body": """\
Gaat u verbouwen of verhuizen? En wilt u iets op de straat of stoep zetten?
Bijvoorbeeld een container, een steiger, een bouwkeet of een verhuislift?
Dan heeft u een ontheffing nodig.

## Aanvragen

1. Vraag de ontheffing online aan.
2. Doe dit minimaal 5 werkdagen van tevoren.
3. Geef de plek, de data en de afmetingen op.

## Kosten

- ontheffing: € 55
- verhuislift voor 1 dag: gratis
- langer dan 2 weken: daarnaast € 2,50 per m² per week

## Regels

- Laat een vrije doorgang van 1,50 meter voor voetgangers.
- Zet er 's nachts verlichting bij.
- Zorg dat de weg niet beschadigt.

Moeten er parkeerplaatsen vrij blijven? Dan plaatsen wij borden. Dit kost € 75 extra.
Vraag dit dan 10 werkdagen van tevoren aan.

[knop: Vraag een ontheffing aan | https://www.voorbeeldstad.example/ontheffing-straat]
""",
        "internal_notes": """\
Zaaktype "APV-ontheffing openbare ruimte" (objectvergunning). Spoedaanvraag binnen
5 werkdagen: alleen bij calamiteiten (bijvoorbeeld waterschade), overleg met toestel 2600.

Klachten over containers zonder ontheffing: melding voor handhaving aanmaken. Vraag de
melder naar het adres en, als het kan, een foto. Bedrijven vragen de ontheffing aan met
eHerkenning, inwoners met DigiD.
""",
        "department": "vergunningen",
        "audience": "beide",
        "keywords": ["ontheffing", "container", "steiger", "verhuislift", "apv"],
        "review_in_days": 150,
        "related": ["omgevingsvergunning-bouwen", "grofvuil-ophalen"],
        "upl": (UPL + "objectvergunning", "Objectvergunning"),
    },
    {
        "id": "bouwplannen-buren",
        "title": "Mijn buren gaan bouwen. Kan ik daar iets tegen doen?",
        "alternative_questions": [
            "Bezwaar tegen bouwvergunning buren",
            "Zienswijze indienen",
            "Bouwplannen in mijn straat bekijken",
            "Buren bouwen zonder vergunning",
        ],
        "short_answer": (
            "Kijk eerst of de buren een vergunning hebben aangevraagd. Dat staat op "
            "overheid.nl en in de gemeentelijke berichten. "
            "Bent u het niet eens met de vergunning? Maak dan binnen 6 weken bezwaar."
        ),
        "body": """\
Gaan uw buren een uitbouw, dakkapel of schuur bouwen? En heeft u daar last van?
Dan kunt u een paar dingen doen.

## Praat eerst met uw buren

Vaak kunt u samen afspraken maken. Lukt dat niet? Dan kan Buurtbemiddeling helpen.
Dat is gratis.

## Bekijk de aanvraag

Vergunningaanvragen en besluiten publiceren wij op overheid.nl onder
"Berichten over uw buurt". U kunt zich daar aanmelden voor een e-mail.

## Bezwaar maken

Heeft de buurman een vergunning gekregen? En bent u het er niet mee eens?
Maak dan bezwaar. Dat moet binnen 6 weken nadat het besluit is gepubliceerd.

## Bouwen zonder vergunning?

Denkt u dat uw buren zonder vergunning bouwen? Meld het bij ons.
Een toezichthouder komt dan kijken.

[antwoord: bezwaar-maken]
""",
        "internal_notes": """\
Niet bevestigen of de buren een aanvraag hebben gedaan, tenzij het al gepubliceerd is.
Wijs op overheid.nl. Melding illegale bouw: zaaktype "Handhavingsverzoek bouwen".

Buurtbemiddeling is een externe partner; aanmelden via het formulier op de website.
""",
        "department": "vergunningen",
        "audience": "inwoners",
        "keywords": ["bezwaar", "buren", "bouwen", "zienswijze"],
        "review_in_days": 315,
        "related": ["bezwaar-maken", "omgevingsvergunning-bouwen", "overlast-melden"],
    },
]
