"""Antwoorden over bijstand, schulden, minimaregelingen en werk."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "bijstand-aanvragen",
        "title": "Hoe vraag ik een bijstandsuitkering aan?",
        "alternative_questions": [
            "Bijstand aanvragen",
            "Uitkering aanvragen gemeente",
            "Ik heb geen inkomen meer",
            "Participatiewet uitkering",
        ],
        "short_answer": (
            "U vraagt bijstand online aan met DigiD. Wij nodigen u daarna uit voor een gesprek. "
            "U krijgt binnen 8 weken een besluit. "
            "Heeft u nu geen geld? Vraag dan om een voorschot."
        ),
        "body": """\
Heeft u geen werk en te weinig geld om van te leven? Dan kunt u misschien bijstand
krijgen. Bijstand is een uitkering van de gemeente.

## Voorwaarden

- U woont in Voorbeeldstad.
- U bent 18 jaar of ouder en nog niet met pensioen.
- Uw inkomen en spaargeld zijn te laag.
- U kunt geen andere uitkering krijgen, zoals WW van het UWV.

Bent u jonger dan 27 jaar? Dan zoekt u eerst 4 weken zelf naar werk of een opleiding.

## Zo gaat het

1. Vraag de bijstand online aan met DigiD.
2. Stuur de gevraagde papieren mee, zoals bankafschriften.
3. Wij nodigen u uit voor een gesprek.
4. U krijgt binnen 8 weken een besluit.

## Hoeveel?

Dat hangt af van uw situatie. Een alleenstaande krijgt ongeveer € 1.400 per maand.
Getrouwden of samenwoners krijgen samen ongeveer € 2.000.

Heeft u nu helemaal geen geld? Vraag dan om een voorschot.

[knop: Vraag bijstand aan | https://www.voorbeeldstad.example/bijstand]

[contact]
""",
        "internal_notes": """\
Aanvragen komen binnen als zaaktype "Aanvraag Participatiewet". Geen toezeggingen doen over
recht op bijstand. Acute nood (geen geld voor eten, dakloos): zet prioriteit hoog en
verbind door met de dienstdoende consulent, toestel 2401.

Voedselbank: verwijzing via het Sociaal Wijkteam. Bedragen zijn afgerond; exacte normen
staan op intranet en veranderen op 1 januari en 1 juli.
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["bijstand", "uitkering", "participatiewet", "inkomen"],
        "review_in_days": 25,
        "related": ["bijzondere-bijstand", "schuldhulp", "re-integratie"],
        "upl": (UPL + "bijstand", "Bijstand"),
    },
    {
        "id": "schuldhulp",
        "title": "Ik heb schulden. Waar kan ik hulp krijgen?",
        "alternative_questions": [
            "Schuldhulpverlening",
            "Hulp bij geldzaken",
            "Ik kan mijn rekeningen niet betalen",
            "Ik kan de huur niet betalen",
            "Deurwaarder aan de deur",
        ],
        "short_answer": (
            "De gemeente helpt u gratis bij schulden. Bel 14 0123 of vul het formulier in. "
            "Binnen 3 werkdagen heeft u een gesprek als het dringend is. "
            "Anders binnen 2 weken."
        ),
        "body": """\
Veel mensen hebben weleens geldzorgen. Wacht niet te lang met hulp vragen.
Hoe eerder u hulp vraagt, hoe makkelijker het is om het op te lossen.

## Wat kunnen wij doen?

- samen uw inkomsten en uitgaven op een rij zetten
- afspraken maken met de mensen aan wie u geld schuldig bent
- helpen bij een schuldregeling
- u doorverwijzen naar budgetcoaching of een bewindvoerder

De hulp is gratis.

## Hoe snel?

- Is het dringend? Dan heeft u binnen 3 werkdagen een gesprek.
- Is het niet dringend? Dan heeft u binnen 2 weken een gesprek.

Dringend is het bijvoorbeeld als u uit huis moet. Of als uw energie wordt afgesloten.

## Zelf aan de slag

Bij de Geldwinkel in de bibliotheek helpen vrijwilligers u met uw administratie.
Elke dinsdag en donderdag van 10.00 tot 12.00 uur. U heeft geen afspraak nodig.

[knop: Vraag hulp bij schulden | https://www.voorbeeldstad.example/schuldhulp]

[contact]
""",
        "internal_notes": """\
Aanmelding via zaaktype "Schuldhulpverlening". Vraag altijd of er sprake is van een
dreigende huisuitzetting, afsluiting van energie of water, of opzegging van de
zorgverzekering. Zo ja: prioriteit "spoed" en doorverbinden met toestel 2450.

De Geldwinkel is een vrijwilligersorganisatie, geen onderdeel van de gemeente.
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["schulden", "schuldhulp", "geldzorgen", "budget"],
        "review_in_days": 135,
        "related": ["betalingsregeling", "kwijtschelding", "bijzondere-bijstand"],
        "upl": (UPL + "schuldhulpverlening", "Schuldhulpverlening"),
    },
    {
        "id": "individuele-inkomenstoeslag",
        "title": "Wat is de individuele inkomenstoeslag en kan ik die krijgen?",
        "alternative_questions": [
            "Inkomenstoeslag aanvragen",
            "Langdurigheidstoeslag",
            "Extra geld bij lang laag inkomen",
        ],
        "short_answer": (
            "Heeft u al 3 jaar of langer een laag inkomen? Dan kunt u een individuele "
            "inkomenstoeslag krijgen. Een alleenstaande krijgt in 2026 € 460. "
            "U vraagt het één keer per jaar aan."
        ),
        "body": """\
De individuele inkomenstoeslag is een bedrag voor mensen die al lang weinig geld hebben.
U mag het geld zelf besteden. Bijvoorbeeld aan een nieuwe wasmachine of kleding.

## Voorwaarden

- U bent 21 jaar of ouder en nog niet met pensioen.
- U heeft 3 jaar of langer een inkomen rond de bijstandsnorm.
- U heeft weinig spaargeld.
- U heeft geen uitzicht op een hoger inkomen.

## Bedragen 2026

- alleenstaande: € 460
- alleenstaande ouder: € 590
- getrouwd of samenwonend: € 660

## Aanvragen

Vraag de toeslag online aan met DigiD. U kunt het één keer per jaar aanvragen.
U krijgt binnen 8 weken een besluit.

Vroeger heette deze regeling langdurigheidstoeslag.

[contact]
""",
        "internal_notes": """\
Zaaktype "Individuele inkomenstoeslag". Toets referteperiode: 36 maanden. Klanten in de
bijstand krijgen een brief als zij in aanmerking komen.

Studenten en mensen met een eigen bedrijf: meestal geen recht. Bij twijfel
terugbelverzoek voor Team Werk en Inkomen.
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["inkomenstoeslag", "laag inkomen", "minima", "toeslag"],
        "review_in_days": 155,
        "related": ["bijzondere-bijstand", "energiefonds"],
        "upl": (UPL + "indInkToesl", "Individuele inkomenstoeslag"),
    },
    {
        "id": "bijzondere-bijstand",
        "title": "Kan ik geld krijgen voor onverwachte kosten die ik niet kan betalen?",
        "alternative_questions": [
            "Bijzondere bijstand aanvragen",
            "Vergoeding kosten laag inkomen",
            "Wasmachine kapot geen geld",
            "Bewindvoering vergoeding",
        ],
        "short_answer": (
            "Misschien kunt u bijzondere bijstand krijgen. Dat is geld voor noodzakelijke kosten "
            "die u niet zelf kunt betalen. Vraag het aan voordat u iets koopt."
        ),
        "body": """\
Soms heeft u kosten die u niet kunt betalen. Bijvoorbeeld voor een bewindvoerder,
een paspoort of een bril. Dan kunt u bijzondere bijstand aanvragen.

## Voorwaarden

- De kosten zijn echt nodig.
- U heeft de kosten door bijzondere omstandigheden.
- U heeft een laag inkomen en weinig spaargeld.
- Een andere regeling of uw verzekering betaalt het niet.

## Voorbeelden

- kosten van beschermingsbewind
- reiskosten voor ziekenhuisbezoek
- inrichting na een scheiding of na de opvang
- kosten van een paspoort of ID-kaart

## Aanvragen

Vraag het aan voordat u iets koopt. Stuur een offerte mee.
U krijgt binnen 8 weken een besluit.

Soms krijgt u het geld als lening. Dat staat dan in het besluit.

[knop: Vraag bijzondere bijstand aan | https://www.voorbeeldstad.example/bijzondere-bijstand]
""",
        "internal_notes": """\
Zaaktype "Bijzondere bijstand". Inkomensgrens: 120% van de bijstandsnorm. Zorgkosten
eerst via de collectieve zorgverzekering van de gemeente; verwijs daarnaar.

Kosten achteraf aanvragen kan alleen als de klant een goede reden heeft. Geef geen
toezegging; de consulent beslist.
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["bijzondere bijstand", "kosten", "laag inkomen", "minima"],
        "review_in_days": 180,
        "related": ["bijstand-aanvragen", "individuele-inkomenstoeslag", "schuldhulp"],
        "upl": (UPL + "bijzBijstUitk", "Bijzonderebijstandsuitkering"),
    },
    {
        "id": "energiefonds",
        "title": "Is er hulp bij hoge energiekosten?",
        "alternative_questions": [
            "Energietoeslag 2027",
            "Energierekening te hoog",
            "Energiefonds Voorbeeldstad",
            "Gratis energiecoach",
        ],
        "short_answer": (
            "Heeft u een laag inkomen? Dan krijgt u misschien eenmalig € 300 uit het Energiefonds "
            "Voorbeeldstad. Aanvragen kan tot 30 juni 2027. "
            "Iedereen kan gratis een energiecoach vragen."
        ),
        "body": """\
Een hoge energierekening is voor veel mensen een probleem. De gemeente helpt op
2 manieren.

## Energiefonds Voorbeeldstad

- U krijgt eenmalig € 300.
- Uw inkomen is niet hoger dan 130% van de bijstandsnorm.
- Een alleenstaande mag ongeveer € 1.820 netto per maand verdienen.
- Aanvragen kan tot en met 30 juni 2027.

Heeft u bijstand of individuele inkomenstoeslag? Dan krijgt u het bedrag vanzelf.

## Gratis energiecoach

Een energiecoach komt bij u thuis. Hij geeft tips om energie te besparen.
Hij kan ook gratis tochtstrips en ledlampen aanbrengen. Dit is voor iedereen.

## Kunt u uw rekening niet betalen?

Neem dan snel contact op met uw energieleverancier. Zij mogen u niet zomaar afsluiten.
U kunt ook hulp krijgen bij schulden.

[antwoord: schuldhulp]
""",
        "internal_notes": """\
Let op: het Energiefonds is een tijdelijke regeling. De gemeenteraad besluit elk jaar of
het doorgaat. Controleer voor 2027 of dit antwoord nog klopt.

Zaaktype "Energiefonds". Energiecoach aanvragen: via het formulier of maak zaak aan voor
Stichting Energiek Voorbeeldstad (externe partner).
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["energie", "energietoeslag", "energiefonds", "laag inkomen"],
        "review_in_days": -200,
        "related": ["individuele-inkomenstoeslag", "schuldhulp"],
    },
    {
        "id": "inburgering",
        "title": "Ik moet inburgeren. Hoe helpt de gemeente mij?",
        "alternative_questions": [
            "Inburgeringsplicht",
            "Inburgeringscursus",
            "Nederlands leren",
            "Persoonlijk plan inburgering",
        ],
        "short_answer": (
            "Na uw komst naar Voorbeeldstad krijgt u een uitnodiging voor een gesprek. "
            "Samen maken we een persoonlijk plan. Daarin staat hoe u Nederlands leert en "
            "meedoet. U heeft 3 jaar de tijd."
        ),
        "body": """\
Komt u uit een land buiten de Europese Unie en gaat u in Nederland wonen?
Dan moet u meestal inburgeren. U leert dan de taal en hoe Nederland werkt.

## Wat doet de gemeente?

1. DUO stuurt u een brief dat u moet inburgeren.
2. De gemeente nodigt u uit voor een gesprek. Dit heet de brede intake.
3. Samen maken we uw Persoonlijk Plan Inburgering en Participatie (PIP).
4. U volgt lessen en gaat aan het werk of naar school.

## Hoe lang?

U heeft 3 jaar de tijd om het niveau te halen dat in uw plan staat.
Meestal is dat taalniveau B1.

## Kosten

Heeft u een verblijfsvergunning asiel? Dan betaalt de gemeente uw lessen.
Bent u gezinsmigrant? Dan betaalt u het zelf. U kunt geld lenen bij DUO.

[contact]
""",
        "internal_notes": """\
Inburgeringsplichtigen staan in de applicatie Inburgering (koppeling met DUO). Vragen over
examens, boetes of leningen: verwijs naar DUO.

Klant spreekt weinig Nederlands: bied de tolkentelefoon aan, zie intranet voor de
werkwijze. Doorverbinden met regisseur inburgering, toestel 2420.
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["inburgering", "nederlands leren", "duo", "pip"],
        "review_in_days": 240,
        "related": ["re-integratie", "verhuizen-vanuit-buitenland"],
        "upl": (UPL + "persPlanInburgEnPart", "Persoonlijk plan inburgering en participatie"),
    },
    {
        "id": "re-integratie",
        "title": "Kan de gemeente mij helpen bij het vinden van werk?",
        "alternative_questions": [
            "Hulp bij werk zoeken",
            "Werkcoach gemeente",
            "Re-integratie",
            "Werkfit worden",
        ],
        "short_answer": (
            "Ja. Een werkcoach helpt u bij het zoeken naar werk, een opleiding of "
            "vrijwilligerswerk. Dit kan ook als u geen uitkering van de gemeente heeft. "
            "Meld u aan via het Werkplein."
        ),
        "body": """\
Wilt u aan het werk, maar lukt dat niet alleen? Het Werkplein Voorbeeldstad helpt u.
Het Werkplein is een samenwerking van de gemeente en het UWV.

## Wat kan het Werkplein doen?

- samen met u kijken wat u kunt en wilt
- u helpen met een cv en sollicitaties
- een opleiding of training voor u zoeken
- u in contact brengen met werkgevers
- u begeleiden als u net aan het werk bent

## Voor wie?

- mensen met een bijstandsuitkering
- mensen zonder uitkering die werk zoeken
- jongeren zonder diploma
- mensen met een beperking die extra hulp nodig hebben

Heeft u een WW-uitkering? Dan helpt het UWV u.

## Aanmelden

Vul het formulier online in. Een werkcoach belt u binnen 2 weken.

[knop: Meld u aan bij het Werkplein | https://www.voorbeeldstad.example/werkplein]
""",
        "internal_notes": """\
Werkplein zit op de 2e verdieping van het Stadhuis. Aanmelding via zaaktype
"Aanmelding Werkplein". Klanten met WW: doorverwijzen naar het UWV (werk.nl).

Beschut werk en banenafspraak: de werkcoach beoordeelt dit, niet het KCC.
""",
        "department": "werk-en-inkomen",
        "audience": "inwoners",
        "keywords": ["werk", "re-integratie", "werkcoach", "werkplein"],
        "review_in_days": 290,
        "related": ["bijstand-aanvragen", "inburgering"],
        "upl": (UPL + "re-integratie", "Re-integratie"),
    },
    {
        "id": "bijstand-zelfstandigen",
        "title": "Ik ben ondernemer en heb te weinig inkomen. Wat kan de gemeente doen?",
        "alternative_questions": [
            "Bbz aanvragen",
            "Bijstand voor zzp'ers",
            "Bedrijf loopt slecht, geen inkomen",
            "Lening voor ondernemer",
        ],
        "short_answer": (
            "Via het Besluit bijstandverlening zelfstandigen (Bbz) kunt u tijdelijk een aanvulling "
            "op uw inkomen krijgen. Soms krijgt u ook een lening voor uw bedrijf. "
            "Eerst kijkt een adviseur of uw bedrijf levensvatbaar is."
        ),
        "body": """\
Bent u zelfstandig ondernemer en verdient u te weinig om van te leven?
Dan kunt u misschien hulp krijgen via het Bbz.

## Wat is mogelijk?

- een aanvulling op uw inkomen, voor maximaal 12 maanden
- een lening voor bedrijfskapitaal, bijvoorbeeld voor een bus of machine
- advies en coaching over uw bedrijf
- hulp als u wilt stoppen met uw bedrijf

## Voorwaarden

- U woont in Voorbeeldstad.
- Uw bedrijf staat in het Handelsregister van de KvK.
- U werkt minimaal 1.225 uur per jaar in uw bedrijf.
- Uw bedrijf kan weer genoeg opleveren.

## Zo gaat het

1. Meld u aan via het formulier.
2. Een adviseur van het Ondernemersloket praat met u.
3. Een bedrijfsadviseur onderzoekt uw bedrijf.
4. U krijgt binnen 13 weken een besluit.

[contact]
""",
        "internal_notes": """\
Bbz wordt uitgevoerd door het regionale Bbz-team (Team Werk en Inkomen, specialisten
zelfstandigen). Zaaktype "Aanvraag Bbz". Startende ondernemers vanuit de bijstand: ook Bbz,
via hun consulent.

Voorschot levensonderhoud is mogelijk. Geen toezeggingen doen.
""",
        "department": "werk-en-inkomen",
        "audience": "ondernemers",
        "keywords": ["bbz", "zelfstandige", "zzp", "ondernemer", "bijstand"],
        "review_in_days": 200,
        "related": ["bedrijf-starten", "schuldhulp"],
        "upl": (UPL + "bijstandZst", "Bijstand zelfstandigen"),
    },
]
