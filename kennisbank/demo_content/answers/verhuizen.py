"""Antwoorden over verhuizen, inschrijving en adres."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "verhuizing-doorgeven",
        "title": "Hoe geef ik mijn verhuizing door?",
        "alternative_questions": [
            "Adreswijziging doorgeven",
            "Verhuizen binnen Voorbeeldstad",
            "Ik kom in Voorbeeldstad wonen",
            "Inschrijven op nieuw adres",
        ],
        "short_answer": (
            "Geef uw verhuizing online door met DigiD. Dat kan vanaf 4 weken voor de verhuisdatum "
            "tot 5 dagen erna. Het is gratis. "
            "Komt u uit een andere gemeente? Dan geeft u het ook bij ons door."
        ),
        "body": """\
Gaat u verhuizen binnen Nederland? Geef uw nieuwe adres dan door aan de gemeente waar u gaat
wonen. Woont u straks in Voorbeeldstad? Dan geeft u het aan ons door.
Wij geven uw adres door aan andere overheden, zoals de Belastingdienst.

## Wanneer?

Vanaf 4 weken voor de verhuizing. Uiterlijk 5 dagen na de verhuizing.

## Zo gaat het

1. Log in met DigiD op onze website.
2. Vul uw nieuwe adres en de datum in.
3. Verhuist uw gezin mee? Zet hen er ook bij.
4. Woont er al iemand op het adres? Die persoon geeft online toestemming.

U krijgt binnen 5 werkdagen een bevestiging.

## Geen DigiD?

Vul dan het papieren formulier in. Stuur een kopie van uw ID-bewijs mee.
U kunt ook een afspraak maken.

Geeft u uw verhuizing niet of te laat door? Dan kunt u een boete krijgen van maximaal
€ 325.

[knop: Verhuizing doorgeven | https://www.voorbeeldstad.example/verhuizen]
""",
        "internal_notes": """\
Online meldingen komen binnen in het zaaksysteem, zaaktype "Verhuizing binnen Nederland".
Controleer bij vragen in de BRP-applicatie of de melding al verwerkt is.

Meer dan 4 personen op één adres, of een bedrijfspand? Dan volgt soms een adrescontrole.
Dat is normaal. Klant mag gewoon verhuizen. Vragen hierover: toestel 2100.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["verhuizen", "adreswijziging", "brp", "inschrijven"],
        "review_in_days": 180,
        "related": ["verhuizen-naar-buitenland", "verhuizen-vanuit-buitenland", "afvalpas"],
        "upl": (UPL + "verhuismelding", "Verhuismelding"),
    },
    {
        "id": "verhuizen-naar-buitenland",
        "title": "Ik ga in het buitenland wonen. Wat moet ik doorgeven?",
        "alternative_questions": [
            "Emigreren uitschrijven gemeente",
            "Vertrek naar buitenland melden",
            "Uitschrijven BRP",
        ],
        "short_answer": (
            "Gaat u langer dan 8 maanden in het buitenland wonen? "
            "Geef dan uw vertrek door, uiterlijk 5 dagen voordat u gaat. "
            "Dat kan online met DigiD of aan de balie."
        ),
        "body": """\
Gaat u binnen een jaar meer dan 8 maanden in het buitenland wonen?
Dan moet u uw vertrek doorgeven aan de gemeente.

## Zo geeft u het door

- online met DigiD, of
- aan de balie in het Stadhuis, op afspraak

Doe dit uiterlijk 5 dagen voor vertrek. Het mag ook eerder.
U krijgt een bewijs van uw uitschrijving.

## Wat gebeurt er daarna?

- Wij geven uw vertrek door aan andere overheden.
- Uw DigiD blijft geldig.
- Uw zorgverzekering en uitkeringen kunnen stoppen. Regel dit zelf op tijd.

Vraag een nieuw paspoort aan voordat u gaat, als het bijna verloopt.

[antwoord: reisdocument-buitenland]
""",
        "internal_notes": """\
Zaaktype "Emigratie" in het zaaksysteem. Klant vertrekt binnen 5 dagen en heeft nog geen
melding gedaan? Dan kan hij online melden, dat wordt dezelfde dag verwerkt.

Vragen over AOW, zorgverzekering of belasting bij emigratie: verwijs naar SVB, de
zorgverzekeraar en de Belastingdienst. Wij geven hier geen advies over.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["emigratie", "buitenland", "verhuizen", "uitschrijven"],
        "review_in_days": 260,
        "related": ["verhuizing-doorgeven", "reisdocument-buitenland"],
        "upl": (UPL + "AangifteVertrekBuitenland", "Aangifte vertrek buitenland"),
    },
    {
        "id": "verhuizen-vanuit-buitenland",
        "title": "Ik kom uit het buitenland in Voorbeeldstad wonen. Hoe schrijf ik me in?",
        "alternative_questions": [
            "Eerste inschrijving gemeente",
            "Inschrijven na verblijf in buitenland",
            "BSN aanvragen",
            "Terugkeer naar Nederland inschrijven",
        ],
        "short_answer": (
            "Maak binnen 5 dagen na aankomst een afspraak in het Stadhuis. "
            "Neem uw paspoort, huurcontract en geboorteakte mee. "
            "U krijgt dan een burgerservicenummer (BSN), als u dat nog niet heeft."
        ),
        "body": """\
Komt u in Voorbeeldstad wonen en woonde u eerst in het buitenland?
Dan schrijft u zich in bij de gemeente. Dit doet u zelf aan de balie.
Iedereen van 16 jaar en ouder komt zelf mee.

## Wat neemt u mee?

- een geldig paspoort of ID-kaart
- uw huurcontract of koopakte
- toestemming van de hoofdbewoner, als u bij iemand inwoont
- uw geboorteakte, als u die nog niet bij ons heeft ingeleverd
- uw huwelijksakte, als u getrouwd bent

Buitenlandse aktes moeten soms gelegaliseerd en vertaald zijn.
Vraag dit na voordat u komt.

## Wanneer?

Binnen 5 dagen na aankomst. U moet van plan zijn om minimaal 4 maanden te blijven.

[knop: Maak een afspraak | https://www.voorbeeldstad.example/afspraak]

[contact]
""",
        "internal_notes": """\
Afspraakproduct "Eerste inschrijving" (45 minuten), alleen bij medewerkers met de
BRP-bevoegdheid buitenlandse akten. Vraag de klant vooraf uit welk land de aktes komen.

Kennismigranten via een erkende referent: vaak via het IND-loket, niet via ons.
Niet-EU zonder verblijfsvergunning: wel inschrijven, geen advies over verblijfsrecht.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["inschrijven", "buitenland", "bsn", "immigratie"],
        "review_in_days": 190,
        "related": ["verhuizing-doorgeven", "rijbewijs-buitenlands-omwisselen"],
        "upl": (UPL + "brpInschr", "BRP-inschrijving"),
    },
    {
        "id": "adresonderzoek",
        "title": "Er staat iemand op mijn adres ingeschreven die hier niet woont. Wat kan ik doen?",
        "alternative_questions": [
            "Onbekende persoon ingeschreven op mijn adres",
            "Vorige bewoner niet uitgeschreven",
            "Adresonderzoek aanvragen",
            "Post voor iemand die hier niet woont",
        ],
        "short_answer": (
            "Meld het bij de gemeente via het formulier op onze website. "
            "Wij starten dan een adresonderzoek. "
            "Dat duurt meestal 8 tot 12 weken. Het is gratis."
        ),
        "body": """\
Staat er iemand op uw adres ingeschreven die er niet (meer) woont?
Dat kan problemen geven met post, toeslagen of belastingen. Meld het ons.

## Zo gaat het

1. Vul het formulier "Melding onjuiste inschrijving" in.
2. Wij vragen de persoon om zijn juiste adres door te geven.
3. Lukt dat niet? Dan doen wij onderzoek. Soms komt een medewerker langs.
4. Vinden wij de persoon niet? Dan schrijven wij hem uit.

U krijgt bericht als het onderzoek klaar is. Dit duurt meestal 8 tot 12 weken.

Krijgt u post voor de vorige bewoner? Schrijf dan "Retour afzender, verhuisd" op de envelop.

[knop: Doe een melding | https://www.voorbeeldstad.example/melding-adres]
""",
        "internal_notes": """\
Zaaktype "Adresonderzoek" in het zaaksysteem. De melder krijgt geen gegevens over de
persoon die is ingeschreven. Noem nooit naam of nieuw adres.

Vermoeden van fraude of woonfraude (veel personen, onderhuur)? Zet het vinkje
"Signaal handhaving" in de zaak. Dreiging of onveilige situatie: verwijs naar de politie.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["adresonderzoek", "inschrijving", "brp", "vorige bewoner"],
        "review_in_days": 310,
        "related": ["verhuizing-doorgeven", "briefadres"],
        "upl": (UPL + "adresonderzoek", "Adresonderzoek"),
    },
    {
        "id": "briefadres",
        "title": "Hoe vraag ik een briefadres aan?",
        "alternative_questions": [
            "Geen vast woonadres",
            "Dakloos inschrijven gemeente",
            "Post ontvangen op ander adres",
        ],
        "short_answer": (
            "Heeft u tijdelijk geen woonadres? Dan kunt u een briefadres aanvragen. "
            "Dat is een adres waar uw post naartoe gaat. "
            "De bewoner van dat adres moet toestemming geven."
        ),
        "body": """\
Een briefadres is een adres waar uw post naartoe gaat. U woont er zelf niet.
U kunt een briefadres krijgen als u geen vast woonadres heeft.
Bijvoorbeeld als u in een opvang verblijft of tussen twee woningen zit.

## Wat heeft u nodig?

- uw paspoort of ID-kaart
- toestemming van de hoofdbewoner van het briefadres
- het formulier "Aanvraag briefadres"

De hoofdbewoner tekent het formulier. Hij stuurt een kopie van zijn ID-bewijs mee.

## Geen adres voor uw post?

Heeft u niemand die u een briefadres kan geven? Neem dan contact op met het Sociaal
Wijkteam. Zij kunnen u helpen. Soms kunt u het adres van een opvang gebruiken.

Een briefadres is tijdelijk. Heeft u weer een woning? Geef dan uw verhuizing door.

[contact]
""",
        "internal_notes": """\
Zaaktype "Briefadres" in het zaaksysteem. Briefadres wordt elke 6 maanden gecontroleerd.

Klant dakloos en geen briefadresgever: overdragen aan Sociaal Wijkteam via de
Wmo-registratie, of doorverbinden met toestel 2500. Opvang aan de Stationsweg kan een
briefadres geven. Bij twijfel: Team Burgerzaken, toestel 2100.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["briefadres", "dakloos", "post", "inschrijving"],
        "review_in_days": 160,
        "related": ["verhuizing-doorgeven", "zorgen-over-iemand"],
        "upl": (UPL + "briefadres", "Briefadres"),
    },
]
