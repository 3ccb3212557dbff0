"""Antwoorden over afval, containers, grofvuil en de milieustraat."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "afvalkalender",
        "title": "Wanneer wordt mijn afval opgehaald?",
        "alternative_questions": [
            "Afvalkalender",
            "Ophaaldagen container",
            "Welke dag komt de vuilniswagen?",
            "Afvalwijzer Voorbeeldstad",
        ],
        "short_answer": (
            "Kijk op de online afvalkalender of in de Voorbeeldstad Afval-app. "
            "Vul uw postcode en huisnummer in. "
            "Zet uw container op de ophaaldag voor 7.30 uur aan de straat."
        ),
        "body": """\
Op welke dag wij uw afval ophalen, hangt af van uw adres.
U vindt uw ophaaldagen in de afvalkalender.

## Zo vindt u uw ophaaldagen

1. Ga naar de afvalkalender op onze website.
2. Vul uw postcode en huisnummer in.
3. U ziet per soort afval wanneer wij komen.

U kunt ook de Voorbeeldstad Afval-app downloaden. De app stuurt u een herinnering.

## Tips

- Zet de container op de ophaaldag voor 7.30 uur buiten.
- Zet hem niet eerder buiten dan de avond ervoor om 18.00 uur.
- Zet de container met het handvat naar de straat.
- Haal de container dezelfde dag weer binnen.

Op feestdagen kan de ophaaldag veranderen. Dat staat in de kalender.

[knop: Bekijk de afvalkalender | https://www.voorbeeldstad.example/afvalkalender]
""",
        "internal_notes": """\
Ophaaldagen staan in de afvalapplicatie onder het adres. Nieuwe straten staan er soms nog
niet in; meld dit dan aan Team Afval en Grondstoffen via het zaaksysteem.

Flats met ondergrondse containers hebben geen ophaaldag. Verwijs naar de afvalpas.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["afvalkalender", "ophaaldag", "container", "afval"],
        "review_in_days": 200,
        "related": ["container-niet-geleegd", "gft-afval", "oud-papier"],
        "upl": (UPL + "afvalkalender", "Afvalkalender"),
    },
    {
        "id": "grofvuil-ophalen",
        "title": "Hoe laat ik grofvuil ophalen?",
        "alternative_questions": [
            "Grof afval laten ophalen",
            "Oude bank weg laten halen",
            "Matras ophalen gemeente",
            "Afspraak grofvuil",
        ],
        "short_answer": (
            "Maak online een afspraak. Wij halen uw grofvuil 4 keer per jaar gratis op, "
            "tot 2 kubieke meter per keer. Daarna kost het € 35 per keer. "
            "Zet het op de afgesproken dag voor 7.30 uur buiten."
        ),
        "body": """\
Grofvuil is afval dat niet in uw container past. Bijvoorbeeld een bank, een kast of een
matras.

## Zo gaat het

1. Maak online een afspraak. Geef op wat u wilt laten ophalen.
2. U krijgt een bevestiging met de datum.
3. Zet het grofvuil op die dag voor 7.30 uur op de stoep bij uw huis.
4. Zorg dat de stoep vrij blijft voor voetgangers.

## Kosten

- 4 keer per jaar gratis, tot 2 kubieke meter per keer
- daarna € 35 per keer

## Wat nemen wij niet mee?

- bouw- en sloopafval, zoals stenen en tegels
- asbest
- klein chemisch afval, zoals verf en batterijen
- afval van bedrijven

Dit kunt u zelf naar de milieustraat brengen.

[antwoord: milieustraat]

[knop: Maak een afspraak voor grofvuil | https://www.voorbeeldstad.example/grofvuil]
""",
        "internal_notes": """\
Afspraken via de afvalapplicatie, module Grofvuil. Teller per adres per kalenderjaar.

Klant zonder internet: maak de afspraak telefonisch voor hem. Grofvuil niet meegenomen?
Vraag of het voor 7.30 uur buiten stond en of het op de lijst stond. Zo ja, maak een
zaak "Grofvuil niet opgehaald" aan. Wij komen dan binnen 3 werkdagen.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["grofvuil", "grof afval", "ophalen", "meubels"],
        "review_in_days": 12,
        "related": ["milieustraat", "zwerfafval-dumping"],
        "upl": (UPL + "afvalinzameling_grofvuil", "Afvalinzameling grofvuil"),
    },
    {
        "id": "milieustraat",
        "title": "Wat kan ik naar de milieustraat brengen en wat kost het?",
        "alternative_questions": [
            "Openingstijden milieustraat",
            "Afvalbrengstation",
            "Puin wegbrengen",
            "Stort Industrieweg",
        ],
        "short_answer": (
            "Op de milieustraat aan de Industrieweg 12 brengt u gratis grofvuil, "
            "elektrische apparaten en chemisch afval. Neem uw afvalpas mee. "
            "Voor puin boven 1 kubieke meter betaalt u."
        ),
        "body": """\
Op de milieustraat kunt u veel soorten afval kwijt. U scheidt het zelf in verschillende
bakken. Medewerkers helpen u.

## Adres en openingstijden

Milieustraat Voorbeeldstad, Industrieweg 12.

- maandag tot en met vrijdag: 8.00 tot 16.30 uur
- zaterdag: 9.00 tot 16.00 uur

## Gratis

- grofvuil, zoals meubels en matrassen
- elektrische apparaten
- klein chemisch afval, zoals verf, olie en batterijen
- snoeiafval en tuinafval
- piepschuim, metaal en hout

## Niet gratis

- puin en tegels: gratis tot 1 kubieke meter, daarna € 25 per kubieke meter
- dakleer en gips: € 15 per kubieke meter

Neem altijd uw afvalpas mee. Zonder afvalpas kunt u niet naar binnen.
Komt u met een bedrijfsbus of aanhanger van een bedrijf? Dan betaalt u het
bedrijfstarief.
""",
        "internal_notes": """\
Asbest: maximaal 35 m2 per adres per jaar, verpakt in dubbel plastic. Klant moet eerst een
sloopmelding doen in het Omgevingsloket. Verwijs bij twijfel naar toestel 2300.

Bedrijven betalen altijd. Geen uitzonderingen voor zzp'ers met een eigen bus. Bij drukte
op zaterdag staan er soms wachtrijen; tip: kom doordeweeks.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["milieustraat", "afvalbrengstation", "puin", "chemisch afval"],
        "review_in_days": 145,
        "related": ["grofvuil-ophalen", "afvalpas", "bedrijfsafval"],
        "upl": (UPL + "afvalinzamelstation", "Afvalinzamelstation"),
    },
    {
        "id": "container-kapot-kwijt",
        "title": "Mijn container is kapot of kwijt. Hoe krijg ik een nieuwe?",
        "alternative_questions": [
            "Kliko kapot",
            "Container gestolen",
            "Nieuwe minicontainer aanvragen",
            "Deksel van container kapot",
        ],
        "short_answer": (
            "Meld het online. Is de container kapot door normaal gebruik? "
            "Dan repareren of vervangen wij hem gratis. "
            "Is hij kwijt? Dan kost een nieuwe € 45. Bij diefstal met aangifte is het gratis."
        ),
        "body": """\
Elk huis heeft containers voor restafval, GFT en papier. De containers zijn van de
gemeente. Zij horen bij uw adres.

## Container kapot

Is het deksel, het wiel of de bak kapot? Meld het online.
Wij repareren de container binnen 10 werkdagen. Of u krijgt een nieuwe.
Dit is gratis als hij kapot ging door normaal gebruik.

## Container kwijt of gestolen

- Kwijt: een nieuwe container kost € 45.
- Gestolen: doe eerst aangifte bij de politie. Met dat nummer is een nieuwe gratis.

Zet uw huisnummer op de container. Dan raakt hij minder snel kwijt.

[knop: Meld een kapotte of kwijte container | https://www.voorbeeldstad.example/container]
""",
        "internal_notes": """\
Zaaktype "Container reparatie/vervanging" in het zaaksysteem. Chipnummer van de container
staat in de afvalapplicatie bij het adres.

Container zwaar beschadigd door de vuilniswagen: altijd gratis, ook als de klant dat
zegt. Noteer datum en tijd.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["container", "kliko", "kapot", "kwijt"],
        "review_in_days": 230,
        "related": ["container-niet-geleegd", "afvalkalender"],
        "upl": (UPL + "afvalcontainer", "Afvalcontainer"),
    },
    {
        "id": "gft-afval",
        "title": "Wat mag er in de groene container voor GFT-afval?",
        "alternative_questions": [
            "Wat is GFT?",
            "Groente fruit en tuinafval",
            "Mag vlees in de groene bak?",
            "Etensresten scheiden",
        ],
        "short_answer": (
            "In de groene container mogen groente, fruit, etensresten en tuinafval. "
            "Ook vlees, vis, koffiedik en theezakjes. "
            "Geen plastic, ook geen 'afbreekbaar' plastic. "
            "Wij legen hem elke 2 weken, in de zomer elke week."
        ),
        "body": """\
GFT betekent groente-, fruit- en tuinafval. Van GFT-afval maken wij compost en groen gas.

## Dit mag erin

- schillen en resten van groente en fruit
- etensresten, ook vlees, vis en botjes
- brood, pasta en rijst
- koffiedik, koffiepads en theezakjes
- eierschalen en notendoppen
- bladeren, gras en kleine takken
- kattenbakkorrels die afbreekbaar zijn

## Dit mag er niet in

- plastic, ook niet als er "afbreekbaar" op staat
- luiers
- as, zand en stenen
- grote takken, die brengt u naar de milieustraat

## Wanneer legen wij?

- oktober tot en met mei: elke 2 weken
- juni tot en met september: elke week

Tip: doe een krant of keukenpapier onderin. Dan plakt het afval minder.
""",
        "internal_notes": """\
Ophaalfrequentie per wijk staat in de afvalapplicatie. Binnenstad heeft geen groene
containers maar GFT-verzamelcontainers. Vragen over afvalscheiding bij flats: verwijs
naar de afvalkalender voor het adres.

Container niet geleegd omdat er verkeerd afval in zat? De chauffeur plakt dan een sticker.
Klant moet het afval eruit halen; wij komen niet apart terug.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["gft", "groene container", "afval scheiden", "tuinafval"],
        "review_in_days": 365,
        "related": ["afvalkalender", "oud-papier"],
    },
    {
        "id": "oud-papier",
        "title": "Hoe word ik mijn oud papier en karton kwijt?",
        "alternative_questions": [
            "Blauwe container papier",
            "Karton weggooien",
            "Oud papier ophalen",
            "Dozen van verhuizing",
        ],
        "short_answer": (
            "Doe oud papier en karton in de blauwe container. Wij legen hem elke 4 weken. "
            "Heeft u veel dozen? Breng ze dan gratis naar de milieustraat. "
            "Pizzadozen met vet horen bij het restafval."
        ),
        "body": """\
Oud papier en karton worden weer nieuw papier. Daarom zamelen wij het apart in.

## Dit mag in de blauwe container

- kranten, tijdschriften en folders
- karton en dozen, plat gemaakt
- enveloppen, ook met venster
- eierdozen van karton

## Dit mag er niet in

- vet of vies papier, zoals pizzadozen
- behang
- drankenkartons, die horen bij plastic en blik
- kassabonnen

## Wanneer?

Wij legen de blauwe container elke 4 weken. De dag staat in de afvalkalender.

Heeft u na een verhuizing veel dozen? Brengt u ze gratis naar de milieustraat.
Sommige scholen en verenigingen halen ook oud papier op.

[antwoord: afvalkalender]
""",
        "internal_notes": """\
Binnenstad heeft papiercontainers op straat, geen blauwe minicontainers. Locaties staan in
de afvalapplicatie onder "Verzamelcontainers".

Verenigingen die papier ophalen krijgen een vergoeding; vragen daarover naar Team Afval en
Grondstoffen, toestel 2300.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["oud papier", "karton", "blauwe container"],
        "review_in_days": 300,
        "related": ["afvalkalender", "milieustraat"],
        "upl": (UPL + "afvalinzameling_oud_papier", "Afvalinzameling oud papier"),
    },
    {
        "id": "afvalpas",
        "title": "Hoe krijg ik een afvalpas?",
        "alternative_questions": [
            "Afvalpas kwijt",
            "Pas voor ondergrondse container",
            "Milieupas aanvragen",
            "Afvalpas werkt niet",
        ],
        "short_answer": (
            "Elk adres heeft één afvalpas. Die hoort bij het huis, niet bij u. "
            "Is de pas kwijt of kapot? Vraag dan online een nieuwe aan. Dat kost € 15."
        ),
        "body": """\
Met de afvalpas opent u de ondergrondse container. U heeft de pas ook nodig op de
milieustraat.

## Nieuw adres

De afvalpas hoort bij het huis. Bij een verhuizing laat u de pas achter voor de nieuwe
bewoner. Ligt er in uw nieuwe huis geen pas? Vraag dan gratis een pas aan.
Doe dit binnen 3 maanden na de verhuizing.

## Pas kwijt of kapot

Vraag online een nieuwe pas aan. Dat kost € 15. Wij blokkeren de oude pas direct.
U krijgt de nieuwe pas binnen 10 werkdagen per post.

## Pas werkt niet?

- Houd de pas stil voor de lezer tot het lampje groen is.
- Is de container vol? Probeer een andere container in de buurt.
- Werkt het nog steeds niet? Meld het ons.

[knop: Vraag een afvalpas aan | https://www.voorbeeldstad.example/afvalpas]
""",
        "internal_notes": """\
Pas koppelen en blokkeren in de afvalapplicatie, module Toegang. Gratis nieuwe pas alleen
bij nieuwe inschrijving op het adres (check BRP-applicatie) of als de pas defect is
zonder schade.

Pas geblokkeerd door te veel gebruik? Limiet is 15 stortingen per maand. Boven de limiet
kan het team de pas tijdelijk vrijgeven.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["afvalpas", "ondergrondse container", "milieustraat"],
        "review_in_days": 175,
        "related": ["milieustraat", "verhuizing-doorgeven"],
        "upl": (UPL + "afvalpas", "Afvalpas"),
    },
    {
        "id": "kerstboom-inleveren",
        "title": "Waar kan ik mijn kerstboom kwijt?",
        "alternative_questions": [
            "Kerstbomen inzameling",
            "Kerstboom ophalen januari",
            "Kerstbomenactie kinderen",
        ],
        "short_answer": (
            "Zet uw kerstboom in de tweede week van januari naast uw GFT-container. "
            "Doe dat op de ophaaldag van het GFT. "
            "Kinderen kunnen bomen inleveren bij de kerstbomenactie en krijgen € 0,50 per boom."
        ),
        "body": """\
Na de feestdagen halen wij kerstbomen gratis op. U kunt de boom ook zelf wegbrengen.

## Ophalen

In de tweede week van januari halen wij kerstbomen op. Dat gebeurt op de dag dat ook het
GFT-afval wordt opgehaald. Zet de boom voor 7.30 uur naast uw container.

- Haal alle versiering en lampjes eraf.
- Haal de boom uit de pot of voet.
- Bomen met een kluit zijn ook goed.

## Kerstbomenactie voor kinderen

Op woensdagmiddag in de tweede week van januari kunnen kinderen bomen inleveren.
Per boom krijgen zij € 0,50. De inleverpunten staan op onze website.

## Zelf wegbrengen

U kunt uw kerstboom het hele jaar gratis naar de milieustraat brengen.
""",
        "internal_notes": """\
Data en inleverpunten van de kerstbomenactie veranderen elk jaar. Controleer in december
het actuele schema op intranet. Deze tekst moet elk jaar in november worden nagekeken.

Kunstkerstbomen zijn grofvuil of horen op de milieustraat.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["kerstboom", "januari", "gft", "inzameling"],
        "review_in_days": -150,
        "related": ["gft-afval", "milieustraat"],
    },
    {
        "id": "container-niet-geleegd",
        "title": "Mijn container is niet geleegd. Wat nu?",
        "alternative_questions": [
            "Vuilnis niet opgehaald",
            "Container vergeten",
            "Kliko niet leeggemaakt",
        ],
        "short_answer": (
            "Meld het uiterlijk de volgende werkdag voor 12.00 uur. "
            "Stond de container op tijd buiten? Dan komen wij binnen 2 werkdagen terug."
        ),
        "body": """\
Soms wordt een container niet geleegd. Dat kan verschillende oorzaken hebben.

## Kijk eerst

- Stond de container voor 7.30 uur buiten?
- Stond het handvat naar de straat?
- Zit er een sticker op de container? Dan zat er verkeerd afval in.
- Is de container te zwaar of zit het afval vast?

## Zo meldt u het

Meld het online of via de Voorbeeldstad Afval-app. Doe dit uiterlijk de volgende werkdag
voor 12.00 uur. Stond de container op tijd en goed buiten? Dan komen wij binnen
2 werkdagen terug.

Zit er een sticker op? Haal dan het verkeerde afval eruit. De container wordt de volgende
ophaaldag weer geleegd.

[knop: Meld een niet geleegde container | https://www.voorbeeldstad.example/container]
""",
        "internal_notes": """\
Check in de afvalapplicatie of de container is aangeboden (chipregistratie). Geen
registratie en hele straat overgeslagen: melden bij de planning, toestel 2310.

Klant belt na de termijn: geen extra rit, container wordt de volgende ophaaldag geleegd.
Extra zak restafval mag die dag naast de container.
""",
        "department": "afval-en-grondstoffen",
        "audience": "inwoners",
        "keywords": ["container", "niet geleegd", "afval", "melding"],
        "review_in_days": 120,
        "related": ["afvalkalender", "container-kapot-kwijt"],
    },
    {
        "id": "bedrijfsafval",
        "title": "Hoe regel ik de afvoer van bedrijfsafval?",
        "alternative_questions": [
            "Bedrijfsafval ophalen",
            "Afval winkel of kantoor",
            "Mag ik als ondernemer naar de milieustraat?",
            "Bedrijfsafvalcontract gemeente",
        ],
        "short_answer": (
            "Als ondernemer regelt u zelf de afvoer van uw afval. U sluit een contract met een "
            "afvalbedrijf. Kleine bedrijven kunnen ook een contract bij de gemeente afsluiten. "
            "Dat kost vanaf € 290 per jaar."
        ),
        "body": """\
Afval van uw bedrijf mag niet in de containers voor huishoudens. U moet het zelf laten
ophalen. U moet het afval ook scheiden, net als thuis.

## Mogelijkheden

- Een contract met een erkend afvalbedrijf. U kiest zelf het bedrijf.
- Een contract met de gemeente. Dit kan voor kleine bedrijven, zoals winkels en kantoren.

## Contract met de gemeente

- 1 container restafval van 240 liter: € 290 per jaar
- papier en karton: gratis bij een contract voor restafval
- ophalen: 1 keer per week

## Milieustraat

U mag met bedrijfsafval naar de milieustraat. U betaalt dan het bedrijfstarief.

Werkt u vanuit huis en heeft u heel weinig afval? Dan mag dat soms bij het huisvuil.
Vraag het ons.

[contact]
""",
        "internal_notes": """\
Contract met de gemeente via zaaktype "Bedrijfsafval contract" (reinigingsrecht). Wordt
jaarlijks door Belastingen aangeslagen. Opzeggen: schriftelijk, voor 1 december.

Handhaving op bedrijfsafval in huishoudcontainers gebeurt door de BOA's. Klachten over
bijplaatsingen bij winkels: zaak aanmaken voor Openbare Ruimte.
""",
        "department": "afval-en-grondstoffen",
        "audience": "ondernemers",
        "keywords": ["bedrijfsafval", "ondernemer", "afvalcontract", "reinigingsrecht"],
        "review_in_days": 190,
        "related": ["milieustraat", "bedrijf-starten"],
        "upl": (UPL + "bedrijfsafvalinzameling", "Bedrijfsafvalinzameling"),
    },
]
