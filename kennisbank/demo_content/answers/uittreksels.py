"""Antwoorden over uittreksels, VOG en persoonsgegevens in de BRP."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "brp-uittreksel",
        "title": "Hoe vraag ik een uittreksel uit de BRP aan?",
        "alternative_questions": [
            "Uittreksel GBA",
            "Bewijs van inschrijving",
            "Uittreksel bevolkingsregister",
            "Uittreksel voor werkgever of huurwoning",
        ],
        "short_answer": (
            "Vraag het uittreksel online aan met DigiD. Het kost € 15,10. "
            "U krijgt het binnen 3 werkdagen per post. "
            "Aan de balie krijgt u het meteen mee."
        ),
        "body": """\
In een uittreksel uit de Basisregistratie Personen (BRP) staan uw gegevens.
Bijvoorbeeld uw naam, geboortedatum en adres.
U heeft het soms nodig voor werk, een huurwoning of een visum.

## Online aanvragen

1. Log in met DigiD.
2. Kies welk uittreksel u nodig heeft.
3. Betaal met iDEAL.

U krijgt het uittreksel binnen 3 werkdagen per post.

## Aan de balie

Maak een afspraak. Neem uw ID-bewijs mee. U krijgt het uittreksel meteen.

## Kosten

Een uittreksel kost € 15,10. Een meertalig uittreksel voor het buitenland kost ook
€ 15,10.

Heeft u een uittreksel met oude adressen nodig?

[antwoord: brp-historische-gegevens]
""",
        "internal_notes": """\
Oude naam GBA-uittreksel, klanten gebruiken die naam nog vaak. Een uittreksel voor een
ander aanvragen kan alleen met een schriftelijke machtiging en kopie ID van die persoon.

Instanties (notaris, advocaat) vragen gegevens op via een eigen aanvraag. Verwijs naar
team Burgerzaken, toestel 2100.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["uittreksel", "brp", "gba", "inschrijving"],
        "review_in_days": 95,
        "related": ["brp-historische-gegevens", "vog-aanvragen"],
        "upl": (UPL + "brpUittr", "BRP-uittreksel"),
    },
    {
        "id": "vog-aanvragen",
        "title": "Hoe vraag ik een Verklaring Omtrent het Gedrag (VOG) aan?",
        "alternative_questions": [
            "VOG aanvragen",
            "Verklaring van goed gedrag",
            "VOG voor vrijwilligerswerk",
            "Bewijs van goed gedrag voor nieuwe baan",
        ],
        "short_answer": (
            "Meestal start uw werkgever de aanvraag. U rondt die dan online af bij Justis. "
            "Dat kost € 35,20. Kan dat niet? Vraag de VOG dan aan bij de balie. "
            "Dat kost € 45,90."
        ),
        "body": """\
Een VOG is een verklaring over uw gedrag in het verleden. Werkgevers vragen er vaak om.
Justis beslist of u een VOG krijgt. Dat is een dienst van het Rijk.

## Online aanvragen

Uw werkgever of organisatie start de aanvraag. U krijgt een e-mail met een link.
Log in met DigiD en betaal. Online kost een VOG € 35,20.

## Aanvragen bij de gemeente

Lukt online niet? Neem dan mee naar de balie:

- het formulier van uw werkgever, volledig ingevuld
- uw paspoort of ID-kaart

Aan de balie kost een VOG € 45,90.

## Hoe lang duurt het?

Meestal krijgt u de VOG binnen 1 tot 4 weken thuis.

Voor vrijwilligers is een VOG soms gratis. Vraag dit na bij uw organisatie.
""",
        "internal_notes": """\
Gemeente stuurt de aanvraag alleen door naar Justis; wij beslissen niet. Vragen over de
status of een weigering: verwijs naar Justis.

Balieproduct "VOG aanvragen" (10 minuten). Formulier moet door werkgever én aanvrager
ingevuld zijn, anders kunnen wij niet helpen.
""",
        "department": "burgerzaken",
        "audience": "beide",
        "keywords": ["vog", "verklaring omtrent het gedrag", "justis", "werk"],
        "review_in_days": 18,
        "related": ["brp-uittreksel"],
        "upl": (UPL + "verklaring_omtrent_gedrag_(vog)", "Verklaring omtrent gedrag (VOG)"),
    },
    {
        "id": "brp-historische-gegevens",
        "title": "Hoe krijg ik een overzicht van mijn oude adressen?",
        "alternative_questions": [
            "Historisch uittreksel",
            "Adreshistorie opvragen",
            "Waar woonde ik vroeger?",
        ],
        "short_answer": (
            "Vraag een uittreksel met historische gegevens aan. Daarop staan ook uw vorige "
            "adressen. Dat kan online met DigiD of aan de balie. Het kost € 15,10."
        ),
        "body": """\
Soms moet u laten zien waar u vroeger woonde. Bijvoorbeeld voor een hypotheek,
een woning of een visum. Dan vraagt u een uittreksel met historische gegevens aan.

## Wat staat erop?

- uw naam en geboortedatum
- uw huidige adres
- uw vorige adressen in Nederland, vanaf 1994

Woonde u eerder in Nederland dan 1994? Dan kunnen wij die adressen soms ook vinden.
Dit duurt langer. Wij sturen het dan binnen 2 weken op.

## Aanvragen

- online met DigiD
- aan de balie, op afspraak

Het kost € 15,10.

Wilt u alleen zien welke gegevens van u in de BRP staan? Log dan gratis in op
MijnOverheid.

[knop: Vraag een uittreksel aan | https://www.voorbeeldstad.example/uittreksel]
""",
        "internal_notes": """\
Kies in de BRP-applicatie "Uittreksel met historie". Adressen voor 1994 staan op de
persoonskaart in het archief. Maak een taak in het zaaksysteem voor het archief.

MijnOverheid toont alleen actuele gegevens en geen volledige historie.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["uittreksel", "historie", "adressen", "brp"],
        "review_in_days": 340,
        "related": ["brp-uittreksel"],
    },
    {
        "id": "geheimhouding-gegevens",
        "title": "Kan ik mijn gegevens in de BRP afschermen?",
        "alternative_questions": [
            "Geheimhouding persoonsgegevens",
            "Mag de gemeente mijn adres doorgeven?",
            "Gegevens niet delen met kerk of vereniging",
        ],
        "short_answer": (
            "Ja. U kunt gratis geheimhouding vragen. Dan geven wij uw gegevens niet aan "
            "bijvoorbeeld kerken of goede doelen. Overheden krijgen uw gegevens wel."
        ),
        "body": """\
De gemeente geeft soms gegevens uit de BRP aan andere organisaties.
Bijvoorbeeld aan kerken, pensioenfondsen of goede doelen. Dat mag volgens de wet.

## Wat kunt u doen?

U kunt vragen om geheimhouding. Dan krijgen deze organisaties uw gegevens niet meer.
Dit kost niets. U kunt het online regelen met DigiD.

## Wat kan niet?

Overheden krijgen uw gegevens altijd. Bijvoorbeeld de Belastingdienst, het UWV of de
politie. Dat is nodig voor hun werk.

## Wilt u weten wie uw gegevens kreeg?

Vraag het ons via het contactformulier. U krijgt binnen 4 weken een overzicht.
Dit is gratis.

Heeft u een dreigende situatie? Neem dan contact op met ons. Wij kijken wat mogelijk is.

[contact]
""",
        "internal_notes": """\
Geheimhouding zetten in de BRP-applicatie, veld "Indicatie geheim". Kan ook op verzoek
per brief, dan zaaktype "Geheimhouding BRP" in het zaaksysteem.

Bedreigde personen (huiselijk geweld, stalking): altijd doorverbinden met toestel 2100.
Er zijn extra maatregelen mogelijk. Niets over de klant bevestigen aan derden.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["geheimhouding", "privacy", "brp", "gegevens"],
        "review_in_days": 355,
        "related": ["brp-uittreksel"],
        "upl": (UPL + "brpGehhVzk", "BRP-geheimhoudingsverzoek"),
    },
]
