"""Antwoorden over paspoort, ID-kaart en rijbewijs."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "paspoort-aanvragen",
        "title": "Hoe vraag ik een paspoort aan?",
        "alternative_questions": [
            "Nieuw paspoort aanvragen",
            "Mijn paspoort is verlopen, wat nu?",
            "Paspoort verlengen",
            "Afspraak maken voor paspoort",
        ],
        "short_answer": (
            "U vraagt een paspoort aan in het Stadhuis. Maak eerst online een afspraak. "
            "Neem een goede pasfoto en uw oude paspoort of ID-kaart mee. "
            "Na 5 werkdagen kunt u het paspoort ophalen."
        ),
        "body": """\
U vraagt uw paspoort zelf aan. Dat doet u aan de balie in het Stadhuis.
U kunt dit niet online doen. Wij nemen ook uw vingerafdrukken af.

## Wat neemt u mee?

- uw oude paspoort of ID-kaart, ook als die verlopen is
- een pasfoto van de laatste 6 maanden
- uw betaalpas

## Zo gaat het

1. Maak online een afspraak.
2. Kom op tijd naar het Stadhuis, Marktplein 1.
3. De medewerker controleert uw foto en gegevens.
4. U zet een handtekening en geeft uw vingerafdrukken.
5. U betaalt met uw pinpas.

## Hoe lang duurt het?

Na 5 werkdagen is uw paspoort klaar. U krijgt dan een sms of e-mail.
Gaat u binnen een week op reis? Vraag dan een spoedaanvraag aan.

[antwoord: paspoort-id-kaart-kosten]

[knop: Maak een afspraak | https://www.voorbeeldstad.example/afspraak]
""",
        "internal_notes": """\
Altijd op afspraak via de afsprakenmodule, product "Reisdocument aanvragen". Reken 15 minuten
per persoon. Controleer in de BRP-applicatie of de klant in Voorbeeldstad staat ingeschreven.
Woont de klant in een andere gemeente? Dan mag hij ook hier aanvragen.

Staat er een signalering in het Register paspoortsignaleringen? Niet met de klant bespreken.
Verbind door met Team Burgerzaken, toestel 2100.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "reisdocument", "reizen", "aanvragen"],
        "review_in_days": 150,
        "related": ["id-kaart-aanvragen", "paspoort-id-kaart-kosten", "reisdocument-ophalen"],
        "upl": (UPL + "paspoort", "Paspoort"),
    },
    {
        "id": "id-kaart-aanvragen",
        "title": "Hoe vraag ik een ID-kaart aan?",
        "alternative_questions": [
            "Identiteitskaart aanvragen",
            "Nieuwe ID-kaart",
            "ID kaart verlopen",
        ],
        "short_answer": (
            "Een ID-kaart vraagt u aan in het Stadhuis. Maak eerst een afspraak. "
            "Neem een pasfoto en uw oude document mee. "
            "Na 5 werkdagen ligt de kaart klaar."
        ),
        "body": """\
Met een ID-kaart laat u zien wie u bent. U kunt er ook mee reizen in de
Europese Unie en in een paar andere landen.

## Wat neemt u mee?

- uw oude ID-kaart of paspoort
- een pasfoto van de laatste 6 maanden
- uw betaalpas

## Zo gaat het

1. Maak online een afspraak.
2. Kom naar het Stadhuis.
3. Wij nemen uw vingerafdrukken af en u zet een handtekening.
4. U betaalt aan de balie.

De ID-kaart is 10 jaar geldig als u 18 jaar of ouder bent.
Voor kinderen is de kaart 5 jaar geldig.

Wilt u buiten Europa reizen? Kijk dan eerst of een ID-kaart genoeg is.
Vaak heeft u een paspoort nodig.

[knop: Maak een afspraak | https://www.voorbeeldstad.example/afspraak]
""",
        "internal_notes": """\
Zelfde proces als paspoort, product "Reisdocument aanvragen" in de afsprakenmodule.
Klant vraagt of de ID-kaart genoeg is voor een bepaald land? Verwijs naar de reisadviezen
van de Rijksoverheid. Geef zelf geen advies per land.

Klanten met een Wlz-indicatie of een ernstige ziekte kunnen thuis een aanvraag doen.
Maak dan een taak in het zaaksysteem voor Team Burgerzaken.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["id-kaart", "identiteitskaart", "reisdocument"],
        "review_in_days": 150,
        "related": ["paspoort-aanvragen", "paspoort-id-kaart-kosten"],
        "upl": (UPL + "identiteitskaart", "Identiteitskaart"),
    },
    {
        "id": "paspoort-id-kaart-kosten",
        "title": "Wat kost een paspoort of ID-kaart?",
        "alternative_questions": [
            "Prijs paspoort 2026",
            "Kosten ID-kaart",
            "Hoeveel moet ik betalen voor een paspoort?",
            "Tarieven reisdocumenten",
        ],
        "short_answer": (
            "Een paspoort kost in 2026 € 86,50 voor volwassenen en € 62,80 voor kinderen. "
            "Een ID-kaart kost € 79,40 voor volwassenen en € 45,20 voor kinderen. "
            "U betaalt bij de aanvraag."
        ),
        "body": """\
De prijs hangt af van uw leeftijd. Het Rijk bepaalt het grootste deel van de prijs.

## Prijzen 2026

- paspoort, 18 jaar en ouder: € 86,50
- paspoort, jonger dan 18 jaar: € 62,80
- ID-kaart, 18 jaar en ouder: € 79,40
- ID-kaart, jonger dan 18 jaar: € 45,20
- extra kosten voor spoed: € 59,00

## Betalen

U betaalt aan de balie als u het document aanvraagt. Dat kan alleen met uw pinpas.
Contant betalen is niet mogelijk.

Heeft u een laag inkomen? Soms kunt u de kosten terugkrijgen via bijzondere bijstand.

[antwoord: bijzondere-bijstand]
""",
        "internal_notes": """\
Tarieven staan in de legesverordening 2026. Let op: de tarieven veranderen elk jaar op
1 januari. Deze tekst moet in december worden bijgewerkt.

Klant wil contant betalen? Dat kan niet. Alleen pin of creditcard.
Klant vindt het te duur en heeft een laag inkomen: verwijs naar bijzondere bijstand.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "id-kaart", "kosten", "tarieven"],
        "review_in_days": -45,
        "related": ["paspoort-aanvragen", "id-kaart-aanvragen", "paspoort-spoed"],
    },
    {
        "id": "paspoort-spoed",
        "title": "Kan ik met spoed een paspoort of ID-kaart krijgen?",
        "alternative_questions": [
            "Spoedaanvraag paspoort",
            "Paspoort snel nodig",
            "Ik vertrek morgen en mijn paspoort is verlopen",
        ],
        "short_answer": (
            "Ja. Vraagt u op een werkdag voor 12.00 uur aan? "
            "Dan haalt u het document de volgende werkdag na 15.00 uur op. "
            "Spoed kost € 59,00 extra."
        ),
        "body": """\
Heeft u snel een paspoort of ID-kaart nodig? Dan kunt u een spoedaanvraag doen.

## Hoe snel?

- Aanvraag op een werkdag voor 12.00 uur: ophalen de volgende werkdag na 15.00 uur.
- Aanvraag op zaterdag: ophalen op dinsdag na 15.00 uur.

## Kosten

U betaalt het gewone tarief plus € 59,00 extra.

## Vertrekt u binnen 24 uur?

Dan kunnen wij u niet helpen. Ga dan naar de Koninklijke Marechaussee op Schiphol of een
andere grote luchthaven. Daar kunt u een nooddocument krijgen.
Dat is alleen geldig voor één reis.

[knop: Maak een spoedafspraak | https://www.voorbeeldstad.example/afspraak]
""",
        "internal_notes": """\
In de afsprakenmodule zijn elke dag 6 spoedplekken vrij tot 12.00 uur. Zijn die vol? Bel
het team (toestel 2100). Zij kijken of er nog ruimte is.

Nooddocument: alleen bij de Marechaussee, niet bij de gemeente. Geen tijden of prijzen van
de Marechaussee noemen, die kunnen veranderen.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "spoed", "nooddocument", "reizen"],
        "review_in_days": 5,
        "related": ["paspoort-aanvragen", "paspoort-id-kaart-kosten"],
    },
    {
        "id": "paspoort-kwijt-gestolen",
        "title": "Mijn paspoort of ID-kaart is kwijt of gestolen. Wat moet ik doen?",
        "alternative_questions": [
            "Paspoort verloren",
            "ID-kaart gestolen",
            "Vermissing paspoort melden",
            "Portemonnee met ID-kaart kwijt",
        ],
        "short_answer": (
            "Meld het zo snel mogelijk bij de gemeente. Dat doet u aan de balie, op afspraak. "
            "Wij maken het document dan ongeldig. "
            "U kunt direct een nieuw document aanvragen."
        ),
        "body": """\
Is uw paspoort of ID-kaart kwijt of gestolen? Meld het dan zo snel mogelijk.
Zo voorkomt u dat iemand anders het gebruikt.

## Zo gaat het

1. Maak een afspraak voor "Vermissing reisdocument".
2. Neem een ander identiteitsbewijs mee, als u dat heeft.
3. Neem een nieuwe pasfoto mee.
4. U vult aan de balie een verklaring in.
5. U vraagt meteen een nieuw document aan.

U hoeft geen aangifte te doen bij de politie. Dat mag wel, bijvoorbeeld voor uw verzekering.

## Kwijt in het buitenland?

Meld het bij de politie daar. Neem daarna contact op met de Nederlandse ambassade of het
consulaat.

Vindt u het oude document later terug? Gebruik het dan niet meer. Het is ongeldig.
Lever het in bij de balie.
""",
        "internal_notes": """\
Vermissing wordt geregistreerd in de BRP-applicatie en gemeld bij het Register
paspoortsignaleringen. Afspraakproduct: "Vermissing reisdocument" (20 minuten).

Let op: is de klant in 5 jaar 2 keer of vaker een document kwijtgeraakt? Dan kan het nieuwe
document korter geldig zijn. Verwijs dan naar Team Burgerzaken, toestel 2100.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "id-kaart", "kwijt", "gestolen", "vermissing"],
        "review_in_days": 210,
        "related": ["paspoort-aanvragen", "id-kaart-aanvragen"],
    },
    {
        "id": "paspoort-kind-aanvragen",
        "title": "Hoe vraag ik een paspoort of ID-kaart aan voor mijn kind?",
        "alternative_questions": [
            "Paspoort baby aanvragen",
            "ID-kaart voor kind",
            "Toestemming andere ouder paspoort",
        ],
        "short_answer": (
            "Uw kind komt zelf mee naar de balie. Beide ouders met gezag moeten toestemming geven. "
            "De andere ouder komt mee of vult een toestemmingsformulier in. "
            "Een paspoort voor een kind kost € 62,80."
        ),
        "body": """\
Ook een baby heeft een eigen paspoort of ID-kaart nodig om te reizen.
Uw kind moet altijd zelf mee naar de balie.

## Toestemming

Is uw kind jonger dan 18 jaar? Dan moeten alle ouders met gezag toestemming geven.
Dat kan op 2 manieren:

- beide ouders komen mee naar de afspraak, of
- de andere ouder vult het toestemmingsformulier in

Neem dan ook een kopie van het ID-bewijs van die ouder mee.
Is er geen toestemming? Dan kunt u naar de rechter gaan.

## Wat neemt u mee?

- het kind zelf
- een pasfoto van het kind
- het oude document van het kind, als dat er is
- het toestemmingsformulier

Kinderen jonger dan 12 jaar geven geen vingerafdrukken.
Het document is 5 jaar geldig.

[knop: Download het toestemmingsformulier | https://www.voorbeeldstad.example/toestemmingsformulier]
""",
        "internal_notes": """\
Gezag controleren in de BRP-applicatie, tabblad Gezag. Staat gezag niet goed in de BRP?
Klant moet een uittreksel uit het gezagsregister van de rechtbank meenemen.
Bij twijfel over toestemming of een lopende scheiding: doorverbinden met toestel 2100.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "kind", "toestemming", "gezag"],
        "review_in_days": 240,
        "related": ["paspoort-aanvragen", "paspoort-id-kaart-kosten"],
    },
    {
        "id": "reisdocument-ophalen",
        "title": "Hoe haal ik mijn paspoort of ID-kaart op?",
        "alternative_questions": [
            "Paspoort ophalen",
            "Is mijn paspoort al klaar?",
            "Iemand anders mijn ID-kaart laten ophalen",
        ],
        "short_answer": (
            "U krijgt een sms of e-mail als uw document klaar is. "
            "Haal het daarna op in het Stadhuis, zonder afspraak, binnen 3 maanden. "
            "Neem uw oude document mee."
        ),
        "body": """\
Uw nieuwe paspoort of ID-kaart is meestal na 5 werkdagen klaar.
Wij sturen u dan een sms of e-mail.

## Ophalen

- U heeft geen afspraak nodig.
- Kom naar de afhaalbalie in het Stadhuis.
- Neem uw oude paspoort of ID-kaart mee. Wij maken het ongeldig.
- Haal het document binnen 3 maanden op. Daarna wordt het vernietigd.

## Iemand anders laten ophalen

Dat kan. Geef dit aan bij de aanvraag. U wijst dan iemand aan.
Die persoon neemt zijn eigen ID-bewijs mee.
Een document voor een kind moet door een ouder met gezag worden opgehaald.

[contact]
""",
        "internal_notes": """\
Status van een aanvraag staat in de BRP-applicatie onder "Reisdocumenten". Afhaalbalie is
open tijdens de gewone openingstijden, ook op donderdagavond.

Na 3 maanden niet opgehaald: document wordt vernietigd, klant moet opnieuw aanvragen en
opnieuw betalen. Geen uitzonderingen zonder overleg met de teamleider.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "id-kaart", "ophalen", "afhaalbalie"],
        "review_in_days": 300,
        "related": ["paspoort-aanvragen", "openingstijden"],
    },
    {
        "id": "reisdocument-buitenland",
        "title": "Ik woon in het buitenland. Waar vraag ik een paspoort aan?",
        "alternative_questions": [
            "Paspoort aanvragen vanuit het buitenland",
            "Nederlands paspoort aanvragen als emigrant",
            "Paspoort aanvragen in Voorbeeldstad terwijl ik in het buitenland woon",
        ],
        "short_answer": (
            "Woont u in het buitenland? Dan vraagt u uw paspoort aan bij de Nederlandse ambassade "
            "of een consulaat. Soms kan het ook in een grensgemeente of op Schiphol. "
            "In Voorbeeldstad kan het niet."
        ),
        "body": """\
Staat u niet meer ingeschreven in Nederland? Dan kunt u in Voorbeeldstad geen paspoort of
ID-kaart aanvragen.

## Waar kan het wel?

- bij de Nederlandse ambassade of het consulaat in uw land
- bij een paar gemeenten aan de grens
- bij de balie op Schiphol

Op de website van de Rijksoverheid leest u welke balies dit doen.
Maak daar altijd eerst een afspraak.

## Gaat u binnenkort verhuizen naar het buitenland?

Vraag dan uw nieuwe paspoort of ID-kaart aan voordat u vertrekt. Dat is vaak makkelijker.

[antwoord: verhuizen-naar-buitenland]
""",
        "internal_notes": """\
Controleer in de BRP-applicatie of de klant nog in Nederland staat ingeschreven. Staat de
klant in de RNI (Registratie Niet-ingezetenen)? Dan kan het hier niet.

Wij zijn geen RNI-loket. Verwijs naar de website van de Rijksoverheid voor de lijst met
balies. Noem geen openingstijden van ambassades.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["paspoort", "buitenland", "ambassade", "emigratie"],
        "review_in_days": 330,
        "related": ["paspoort-aanvragen", "verhuizen-naar-buitenland"],
    },
    {
        "id": "rijbewijs-verlengen",
        "title": "Hoe verleng ik mijn rijbewijs?",
        "alternative_questions": [
            "Rijbewijs verlopen",
            "Nieuw rijbewijs aanvragen",
            "Rijbewijs vernieuwen kosten",
            "Rijbewijs verlengen 75 jaar",
        ],
        "short_answer": (
            "Vaak kunt u uw rijbewijs online aanvragen met DigiD. "
            "Lukt dat niet? Maak dan een afspraak in het Stadhuis. "
            "Een rijbewijs kost € 57,40 en is na 5 werkdagen klaar."
        ),
        "body": """\
Uw rijbewijs is 10 jaar geldig. Vraag op tijd een nieuw rijbewijs aan.
Dat kan al 4 maanden voordat het oude verloopt.

## Online aanvragen

Heeft u de laatste jaren een paspoort, ID-kaart of rijbewijs aangevraagd?
Dan hebben wij vaak al een goede foto van u. U kunt dan online aanvragen met DigiD.
U haalt het rijbewijs daarna op in het Stadhuis.

## Aan de balie

Lukt online niet? Maak dan een afspraak. Neem mee:

- uw oude rijbewijs
- een pasfoto van de laatste 6 maanden
- uw betaalpas

## 75 jaar of ouder?

Dan heeft u eerst een goedkeuring van het CBR nodig. Vul daarvoor de
Gezondheidsverklaring in. Doe dit 5 maanden voordat uw rijbewijs verloopt.

Een rijbewijs kost € 57,40 in 2026.

[knop: Rijbewijs online aanvragen | https://www.voorbeeldstad.example/rijbewijs]
""",
        "internal_notes": """\
Online aanvraag alleen mogelijk als de RDW een bruikbare foto en handtekening heeft. Het
systeem controleert dit zelf. Geeft de klant aan dat online niet lukt: afspraak
"Rijbewijs aanvragen" (10 minuten).

Vragen over medische keuring of CBR-status: verwijs naar het CBR. Wij kunnen de
CBR-status niet inzien.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["rijbewijs", "verlengen", "rdw", "cbr"],
        "review_in_days": 120,
        "related": ["rijbewijs-kwijt", "rijbewijs-buitenlands-omwisselen"],
        "upl": (UPL + "rijbVerlengen", "Rijbewijs verlengen"),
    },
    {
        "id": "rijbewijs-kwijt",
        "title": "Mijn rijbewijs is kwijt of gestolen. Wat nu?",
        "alternative_questions": [
            "Rijbewijs verloren",
            "Vervangend rijbewijs aanvragen",
            "Rijbewijs gestolen melden",
        ],
        "short_answer": (
            "Maak een afspraak in het Stadhuis. Daar meldt u dat het rijbewijs kwijt is. "
            "U vraagt meteen een nieuw rijbewijs aan. Dat kost € 57,40. "
            "Tot u het nieuwe heeft, mag u niet rijden."
        ),
        "body": """\
Is uw rijbewijs kwijt of gestolen? Dan maakt u een afspraak in het Stadhuis.
Wij melden het rijbewijs als vermist bij de RDW.

## Wat neemt u mee?

- uw paspoort of ID-kaart
- een pasfoto van de laatste 6 maanden
- uw betaalpas

## Kosten en tijd

Een nieuw rijbewijs kost € 57,40. Het is na 5 werkdagen klaar.
Voor € 42,00 extra kunt u het de volgende werkdag ophalen.

Zonder rijbewijs mag u niet rijden. Ook niet als u al een nieuw rijbewijs heeft
aangevraagd.

Vindt u het oude rijbewijs terug? Het is dan niet meer geldig. Lever het in bij de balie.
""",
        "internal_notes": """\
Afspraakproduct "Vermissing rijbewijs" (20 minuten). Vermissing wordt direct gemeld bij
de RDW via de RDW-applicatie.

Rijbewijs ingevorderd door de politie? Dat is geen vermissing. Verwijs naar het CBR of het
Openbaar Ministerie. Niet zelf adviseren.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["rijbewijs", "kwijt", "gestolen", "vermissing"],
        "review_in_days": 200,
        "related": ["rijbewijs-verlengen", "paspoort-kwijt-gestolen"],
    },
    {
        "id": "rijbewijs-buitenlands-omwisselen",
        "title": "Kan ik mijn buitenlandse rijbewijs omwisselen voor een Nederlands rijbewijs?",
        "alternative_questions": [
            "Buitenlands rijbewijs omwisselen",
            "Rijbewijs uit ander land geldig in Nederland?",
            "Rijbewijs omruilen",
        ],
        "short_answer": (
            "Dat hangt af van het land waar u het rijbewijs haalde. "
            "U vraagt het aan in het Stadhuis. De RDW beslist. "
            "Dit duurt ongeveer 5 weken en kost € 57,40."
        ),
        "body": """\
Woont u in Voorbeeldstad en heeft u een rijbewijs uit een ander land?
Dan kunt u het soms omwisselen voor een Nederlands rijbewijs.

## Rijbewijs uit de EU of EVA

U mag er in Nederland mee rijden tot de einddatum. Omwisselen mag, maar hoeft niet.

## Rijbewijs uit een ander land

U mag er na uw inschrijving in Nederland 185 dagen mee rijden.
Daarna heeft u een Nederlands rijbewijs nodig. Met sommige landen kunt u omwisselen.
Met andere landen moet u opnieuw examen doen.

## Wat neemt u mee?

- uw buitenlandse rijbewijs
- uw paspoort of verblijfsdocument
- een pasfoto
- een Eigen verklaring van het CBR, als de RDW dat vraagt

U levert uw buitenlandse rijbewijs in. Het duurt ongeveer 5 weken.

[contact]
""",
        "internal_notes": """\
Welke landen omgewisseld kunnen worden bepaalt de RDW. Verwijs voor de landenlijst naar de
website van de RDW. Geef geen eigen oordeel.

Klanten met de 30%-regeling hebben andere regels. Afspraakproduct "Rijbewijs omwisselen"
(30 minuten). Controleer in de BRP-applicatie of de klant is ingeschreven.
""",
        "department": "burgerzaken",
        "audience": "inwoners",
        "keywords": ["rijbewijs", "buitenlands", "omwisselen", "rdw"],
        "review_in_days": 280,
        "related": ["rijbewijs-verlengen", "verhuizen-vanuit-buitenland"],
        "upl": (UPL + "rijbewijs_buitenlands_omwisseling", "Rijbewijs buitenlands omwisseling"),
    },
]
