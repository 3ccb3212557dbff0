"""Antwoorden over meldingen in de openbare ruimte en overlast."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "melding-openbare-ruimte",
        "title": "Hoe meld ik een losliggende stoeptegel of een gat in de weg?",
        "alternative_questions": [
            "Melding openbare ruimte",
            "Kapotte stoep melden",
            "Schade aan de weg doorgeven",
            "Speeltoestel kapot",
            "Bankje in het park kapot",
        ],
        "short_answer": (
            "Meld het online of in de app Voorbeeldstad Meldt. Zet een foto en de plek erbij. "
            "Is het gevaarlijk? Bel dan 14 0123. "
            "Wij lossen gevaarlijke situaties binnen 24 uur op."
        ),
        "body": """\
Ziet u iets kapot op straat, op de stoep of in het park? Meld het ons.
Zo houden we de stad samen veilig en netjes.

## Wat kunt u melden?

- losse of kapotte stoeptegels
- gaten in de weg of het fietspad
- kapotte bankjes, hekken of speeltoestellen
- verstopte putten
- scheve of kapotte verkeersborden

## Zo meldt u het

1. Ga naar het meldformulier of open de app Voorbeeldstad Meldt.
2. Zet een punt op de kaart.
3. Maak een foto.
4. Laat uw e-mailadres achter. Dan houden wij u op de hoogte.

## Hoe snel?

- Gevaarlijk: binnen 24 uur maken wij het veilig. Bel hiervoor 14 0123.
- Niet gevaarlijk: meestal binnen 10 werkdagen.

Soms duurt het langer, bijvoorbeeld als er nieuwe materialen nodig zijn.
U krijgt dan bericht.

[knop: Doe een melding | https://www.voorbeeldstad.example/melden]
""",
        "internal_notes": """\
Meldingen komen in het zaaksysteem, zaaktype "Melding openbare ruimte". Gevaarlijke
situatie (diep gat, losse kabel, omgevallen boom op de weg): prioriteit "spoed" en bel de
storingsdienst. Buiten kantooruren: storingsnummer op intranet.

Gas- of waterlekkage: verwijs naar de netbeheerder. Schade aan verkeerslichten:
verkeerslichtenbeheerder, zie intranet.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["melding", "stoeptegel", "weg", "openbare ruimte"],
        "review_in_days": 180,
        "related": ["straatverlichting-kapot", "schade-door-weg", "zwerfafval-dumping"],
        "upl": (UPL + "melding_openbare_ruimte_(algemeen)", "Melding openbare ruimte (algemeen)"),
    },
    {
        "id": "straatverlichting-kapot",
        "title": "Een lantaarnpaal doet het niet. Waar meld ik dat?",
        "alternative_questions": [
            "Straatlamp kapot",
            "Straatverlichting storing",
            "Lantaarnpaal brandt overdag",
        ],
        "short_answer": (
            "Meld het online of in de app Voorbeeldstad Meldt. "
            "Noem het nummer op de paal, dat staat op een plaatje. "
            "Wij repareren de lamp meestal binnen 10 werkdagen."
        ),
        "body": """\
Doet een lantaarnpaal het niet? Of brandt hij overdag? Meld het ons.

## Zo meldt u het

1. Zoek het nummer op de lantaarnpaal. Dat staat op een plaatje op ongeveer 1,5 meter.
2. Doe een melding online of in de app Voorbeeldstad Meldt.
3. Vul het nummer in. Geen nummer? Zet dan een punt op de kaart.

## Hoe snel?

- 1 lamp kapot: binnen 10 werkdagen.
- Een hele straat donker: binnen 2 werkdagen.
- Paal omgevallen of kabel los: direct. Bel dan 14 0123.

## Niet van de gemeente?

Lampen bij flats of in parkeergarages zijn vaak niet van de gemeente.
Meld het dan bij de verhuurder of de beheerder.

Soms is de storing in het elektriciteitsnet. Dan lost de netbeheerder het op.
Dat kan langer duren.
""",
        "internal_notes": """\
Meldingen gaan automatisch naar de aannemer openbare verlichting. Status in het
zaaksysteem. Lichtmastnummer begint met VS- gevolgd door 5 cijfers.

Omgevallen mast of losse kabel: altijd bellen met de storingsdienst, niet alleen een zaak
aanmaken.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["straatverlichting", "lantaarnpaal", "storing", "melding"],
        "review_in_days": 355,
        "related": ["melding-openbare-ruimte"],
        "upl": (
            UPL + "melding_openbare_ruimte_(straatverlichting)",
            "Melding openbare ruimte (straatverlichting)",
        ),
    },
    {
        "id": "zwerfafval-dumping",
        "title": "Er ligt afval op straat of iemand heeft afval gedumpt. Wat kan ik doen?",
        "alternative_questions": [
            "Zwerfafval melden",
            "Gedumpt afval",
            "Vuilniszakken naast de container",
            "Illegale stort melden",
        ],
        "short_answer": (
            "Meld het online of in de app Voorbeeldstad Meldt. Wij ruimen het binnen "
            "3 werkdagen op. Weet u wie het was? Dan kan een handhaver een boete geven. "
            "Die is € 150 of meer."
        ),
        "body": """\
Afval op straat is vies en trekt ratten aan. Help ons om de stad schoon te houden.

## Melden

Meld zwerfafval of gedumpt afval online of in de app Voorbeeldstad Meldt.
Zet er een foto bij. Wij ruimen het meestal binnen 3 werkdagen op.

## Gedumpt afval

Afval dumpen mag niet. Ook niet naast een container.
Vindt een handhaver een adres in het afval? Dan krijgt de eigenaar een boete.
Die boete is € 150 of meer. Ook de kosten van het opruimen betaalt hij.

## Zelf opruimen

Wilt u met uw buren de straat schoonmaken? Wij lenen u gratis grijpers, hesjes en
vuilniszakken. Wij halen het afval daarna op.

## Afval kwijt?

Veel afval kunt u gratis naar de milieustraat brengen.

[antwoord: grofvuil-ophalen]
""",
        "internal_notes": """\
Zaaktype "Melding openbare ruimte", categorie Afval. Dumping met mogelijke bewijsstukken:
vinkje "Handhaving" zetten, de BOA's onderzoeken het.

Opruimactie buurt: zaaktype "Aanvraag opruimmateriaal", ophalen bij de gemeentewerf.
Asbest of chemisch afval op straat: niet aanraken, storingsdienst bellen.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["zwerfafval", "dumping", "afval", "handhaving"],
        "review_in_days": 225,
        "related": ["grofvuil-ophalen", "melding-openbare-ruimte", "ongedierte"],
    },
    {
        "id": "overlast-melden",
        "title": "Ik heb last van geluid of overlast in mijn buurt. Wat kan ik doen?",
        "alternative_questions": [
            "Geluidsoverlast buren",
            "Overlast jongeren melden",
            "Burenruzie",
            "Overlast horeca 's nachts",
            "De hond van de buren blaft de hele dag",
        ],
        "short_answer": (
            "Praat eerst met de veroorzaker. Lukt dat niet? Dan helpt Buurtbemiddeling gratis. "
            "Overlast van horeca of bedrijven meldt u bij de gemeente. "
            "Bij direct gevaar belt u 112."
        ),
        "body": """\
Overlast is vervelend. Wat u kunt doen, hangt af van het soort overlast.

## Overlast van buren

Praat eerst rustig met uw buren. Vaak weten ze niet dat u last heeft, bijvoorbeeld van een
hond die blaft of muziek die hard staat. Lukt dat niet? Dan kan Buurtbemiddeling helpen. Twee vrijwilligers praten met u en uw
buren. Dat is gratis.

Huurt u? Meld de overlast dan ook bij uw verhuurder.

## Overlast van horeca, bedrijven of evenementen

Meld het bij de gemeente, online of via 14 0123. Een handhaver kan gaan kijken.
's Avonds en in het weekend kunt u de politie bellen.

## Overlast van jongeren of op straat

Bel de politie op 0900 8844. Meld het ook bij ons. Zo krijgen wij een goed beeld.

## Direct gevaar

Bel 112.

[antwoord: zorgen-over-iemand]

[contact]
""",
        "internal_notes": """\
Overlast door horeca of bedrijven: zaaktype "Melding overlast" met vinkje "Handhaving".
Burenoverlast: aanmelding Buurtbemiddeling via het formulier of zaaktype "Aanmelding
buurtbemiddeling". Geen oordeel geven over wie gelijk heeft.

Zorgwekkende situatie achter de voordeur: zie zorgen-over-iemand.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["overlast", "geluid", "buren", "buurtbemiddeling"],
        "review_in_days": 280,
        "related": ["zorgen-over-iemand", "bouwplannen-buren"],
    },
    {
        "id": "ongedierte",
        "title": "Ik heb ratten of muizen in of rond mijn huis. Wat kan ik doen?",
        "alternative_questions": [
            "Ratten bestrijden gemeente",
            "Ongedierte melden",
            "Muizen in huis",
            "Wespennest verwijderen",
        ],
        "short_answer": (
            "Ratten in huis, in de tuin of op straat bestrijden wij gratis. "
            "Meld het online of bel 14 0123. Voor muizen, wespen en andere dieren belt u "
            "zelf een bestrijdingsbedrijf."
        ),
        "body": """\
Ratten kunnen ziektes overbrengen. Daarom bestrijdt de gemeente ratten gratis.

## Ratten

- in huis, in de tuin of op straat
- meld het online of bel 14 0123
- een bestrijder komt binnen 5 werkdagen

Huurt u? Meld het ook bij uw verhuurder. Misschien zit er een gat in het riool of de
muur.

## Muizen, wespen en andere dieren

Deze bestrijden wij niet. Neem contact op met een bestrijdingsbedrijf.
Heeft u een wespennest op een openbare plek, zoals een speeltuin? Meld het dan wel.

## Zo voorkomt u ongedierte

- Gooi geen brood of eten op straat of in de tuin.
- Voer vogels met een voedersilo, niet op de grond.
- Zet afval alleen in een dichte container.
- Dicht gaten in muren en rond leidingen.
""",
        "internal_notes": """\
Rattenbestrijding wordt uitgevoerd door een externe bestrijder. Zaaktype "Melding
ongedierte", categorie Ratten. Andere dieren: verwijs naar een bestrijdingsbedrijf,
noem geen bedrijfsnamen.

Veel ratten door voeren van vogels of vervuiling: vinkje "Handhaving" zetten.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["ratten", "ongedierte", "muizen", "bestrijding"],
        "review_in_days": 235,
        "related": ["zwerfafval-dumping", "melding-openbare-ruimte"],
        "upl": (UPL + "ongediertebestrijding", "Ongediertebestrijding"),
    },
    {
        "id": "gladheid-strooien",
        "title": "Welke wegen strooit de gemeente als het glad is?",
        "alternative_questions": [
            "Strooien bij sneeuw",
            "Gladheidsbestrijding",
            "Mijn straat wordt niet gestrooid",
            "Strooizout halen",
        ],
        "short_answer": (
            "Wij strooien eerst de hoofdwegen, busroutes en belangrijke fietspaden. "
            "Woonstraten strooien wij meestal niet. "
            "Bij de gemeentewerf haalt u gratis een emmer strooizout."
        ),
        "body": """\
Bij gladheid strooien wij zout op de belangrijkste wegen. Zo blijft de stad zo veilig
mogelijk bereikbaar.

## Wat strooien wij?

- hoofdwegen en busroutes
- belangrijke fietspaden, zoals routes naar scholen
- wegen bij ziekenhuizen, brandweer en zorgcentra
- bruggen en hellingen

Woonstraten en stoepen strooien wij meestal niet. Dan zijn er te weinig strooiwagens.

## Wanneer?

Als het glad wordt of glad dreigt te worden. Vaak 's nachts of vroeg in de ochtend.
Op de strooikaart ziet u welke routes wij strooien.

## Zelf strooien

Maak de stoep voor uw huis sneeuwvrij. Help ook buren die dat zelf niet kunnen.
Haal gratis een emmer strooizout bij de gemeentewerf, Industrieweg 10.

Ziet u een gevaarlijke plek? Meld het ons.

[knop: Bekijk de strooikaart | https://www.voorbeeldstad.example/strooikaart]
""",
        "internal_notes": """\
Strooiroutes staan op de strooikaart (intranet en website). Verzoeken om een woonstraat
toe te voegen: zaaktype "Verzoek gladheidsbestrijding", wordt na de winter beoordeeld.

Acuut gevaarlijke plek (ijzel op een helling bij een school): bel de coördinator
gladheid, telefoonnummer op intranet.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["gladheid", "strooien", "sneeuw", "winter"],
        "review_in_days": 1,
        "related": ["melding-openbare-ruimte"],
        "upl": (UPL + "gladheidbestrijding", "Gladheidbestrijding"),
    },
    {
        "id": "boom-melden",
        "title": "Een boom van de gemeente moet gesnoeid worden of is gevaarlijk. Wat nu?",
        "alternative_questions": [
            "Boom snoeien gemeente",
            "Boom geeft overlast",
            "Tak gevallen na storm",
            "Boom te dicht bij mijn huis",
        ],
        "short_answer": (
            "Meld het online of in de app Voorbeeldstad Meldt. Is de boom gevaarlijk, "
            "bijvoorbeeld na een storm? Bel dan 14 0123. "
            "Wij snoeien bomen alleen als het nodig is voor veiligheid of gezondheid."
        ),
        "body": """\
De gemeente zorgt voor de bomen op straat en in parken. Wij controleren ze regelmatig.

## Gevaarlijke boom

Is er een tak afgebroken? Hangt een boom scheef? Of ligt er een boom op de weg?
Bel dan direct 14 0123. Buiten kantoortijden belt u de storingsdienst via hetzelfde
nummer.

## Snoeien

Wij snoeien een boom als:

- takken in de weg hangen voor verkeer of voetgangers
- takken tegen een huis of gevel komen
- de boom ziek is

Wij snoeien niet voor meer licht, uitzicht of minder blad.

## Blad, vruchten en luizen

Bomen verliezen blad, vruchten en soms plakkerige druppels. Dat is natuurlijk.
Hiervoor snoeien of kappen wij niet. In de herfst zetten wij bladkorven neer.

[antwoord: kapvergunning]
""",
        "internal_notes": """\
Zaaktype "Melding openbare ruimte", categorie Groen. Acuut gevaar: storingsdienst bellen,
niet alleen een zaak aanmaken.

Wortels die een rioolaansluiting of tuin beschadigen: zaak laten beoordelen door de
boomspecialist. Geen toezeggingen over schadevergoeding.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["boom", "snoeien", "groen", "storm"],
        "review_in_days": 345,
        "related": ["kapvergunning", "melding-openbare-ruimte"],
        "upl": (
            UPL + "melding_openbare_ruimte_(groenvoorziening)",
            "Melding openbare ruimte (groenvoorziening)",
        ),
    },
    {
        "id": "schade-door-weg",
        "title": "Ik heb schade door een gat in de weg. Kan ik de gemeente aansprakelijk stellen?",
        "alternative_questions": [
            "Schadeclaim gemeente",
            "Band kapot door gat in de weg",
            "Gevallen door losse stoeptegel",
            "Aansprakelijkstelling",
        ],
        "short_answer": (
            "Ja, dat kan met het formulier aansprakelijkstelling. Stuur foto's, de plek en de "
            "kosten mee. Wij beslissen binnen 8 weken. "
            "U krijgt alleen een vergoeding als de gemeente iets fout deed."
        ),
        "body": """\
Heeft u schade door iets op straat? Bijvoorbeeld een kapotte band door een gat in de
weg? Of bent u gevallen over een losse stoeptegel? Dan kunt u de gemeente aansprakelijk
stellen.

## Wat heeft u nodig?

- foto's van de plek en van de schade
- de datum, de tijd en de plek
- een rekening of offerte voor de reparatie
- namen van getuigen, als die er zijn

## Zo gaat het

1. Vul het formulier aansprakelijkstelling in.
2. Wij sturen het door naar onze verzekeraar.
3. Die onderzoekt of de gemeente iets fout deed.
4. U krijgt binnen 8 weken een besluit.

Let op: de gemeente is niet altijd aansprakelijk. Bijvoorbeeld als wij het gat nog niet
konden weten.

Meld het gat of de tegel ook apart. Dan voorkomen wij nieuwe ongelukken.

[antwoord: melding-openbare-ruimte]
""",
        "internal_notes": """\
Zaaktype "Aansprakelijkstelling". Juridische Zaken stuurt door naar de verzekeraar. Doe
geen uitspraken over de kans op vergoeding.

Letselschade: klant adviseren om ook zijn eigen rechtsbijstandverzekering in te schakelen.
Vraag altijd of de plek nog gevaarlijk is. Zo ja: maak ook een melding openbare ruimte aan.
""",
        "department": "openbare-ruimte",
        "audience": "inwoners",
        "keywords": ["schade", "aansprakelijkheid", "weg", "claim"],
        "review_in_days": 360,
        "related": ["melding-openbare-ruimte", "klacht-indienen"],
        "upl": (UPL + "aansprStOverh", "Aansprakelijkstelling overheid"),
    },
]
