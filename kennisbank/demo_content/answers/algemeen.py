"""Algemene antwoorden: contact, afspraken, DigiD, klachten, bezwaar en Woo."""

UPL = "http://standaarden.overheid.nl/owms/terms/"

ANSWERS = [
    {
        "id": "contact-opnemen",
        "title": "Hoe kan ik contact opnemen met de gemeente?",
        "alternative_questions": [
            "Telefoonnummer gemeente Voorbeeldstad",
            "E-mailadres gemeente",
            "Gemeente bellen",
            "Postadres gemeente",
        ],
        "short_answer": (
            "Bel 14 0123 op werkdagen van 8.30 tot 17.00 uur. Op donderdag kan het tot 20.00 uur. "
            "U kunt ook WhatsAppen of mailen naar info@voorbeeldstad.example. "
            "Voor de balie maakt u eerst een afspraak."
        ),
        "body": """\
U kunt op verschillende manieren contact met ons opnemen. Kies wat u het makkelijkst
vindt.

## Bellen

Bel 14 0123. U hoeft geen netnummer te draaien.
Wij zijn bereikbaar op werkdagen van 8.30 tot 17.00 uur. Op donderdag tot 20.00 uur.

## WhatsApp

Stuur een bericht naar 06 1234 0123. Op werkdagen antwoorden wij meestal binnen een uur.
Stuur geen foto van uw paspoort of ID-kaart.

## E-mail

Mail naar info@voorbeeldstad.example. U krijgt binnen 2 werkdagen antwoord.

## Post

Gemeente Voorbeeldstad, Postbus 100, 1230 AA Voorbeeldstad.

## Langskomen

Het Stadhuis staat aan het Marktplein 1. Voor de balie maakt u eerst een afspraak.

[contact]
""",
        "internal_notes": """\
Dit is het algemene contactantwoord. Op WhatsApp geen persoonsgegevens uitvragen behalve
naam en postcode. Voor zaken met BSN: klant laten bellen of online laten inloggen.

Doof of slechthorend: klant kan bellen via de teletolk of chatten via WhatsApp. Storing
telefooncentrale: melden bij de teamleider KCC.
""",
        "department": "klantcontactcentrum",
        "audience": "beide",
        "keywords": ["contact", "telefoon", "e-mail", "whatsapp"],
        "review_in_days": 120,
        "related": ["openingstijden", "afspraak-maken"],
    },
    {
        "id": "openingstijden",
        "title": "Wat zijn de openingstijden van het Stadhuis?",
        "alternative_questions": [
            "Openingstijden gemeente",
            "Is het stadhuis open op zaterdag?",
            "Koopavond stadhuis",
            "Gemeente open op feestdagen",
        ],
        "short_answer": (
            "Het Stadhuis is open op werkdagen van 9.00 tot 16.30 uur. "
            "Op donderdag ook van 17.30 tot 20.00 uur. Op zaterdag van 9.00 tot 12.00 uur, "
            "alleen voor paspoort, ID-kaart en rijbewijs. Voor de meeste zaken maakt u een "
            "afspraak. Een paspoort, ID-kaart of rijbewijs ophalen kan zonder afspraak."
        ),
        "body": """\
Het Stadhuis staat aan het Marktplein 1 in Voorbeeldstad.
Voor de meeste zaken heeft u een afspraak nodig.

## Balie

- maandag tot en met vrijdag: 9.00 tot 16.30 uur
- donderdagavond: 17.30 tot 20.00 uur
- zaterdag: 9.00 tot 12.00 uur, alleen voor paspoort, ID-kaart en rijbewijs

## Afhaalbalie

Een paspoort, ID-kaart of rijbewijs ophalen kan zonder afspraak. De afhaalbalie is open
tijdens de openingstijden van de balie.

## Telefoon

Op werkdagen van 8.30 tot 17.00 uur. Op donderdag tot 20.00 uur.

## Feestdagen

Op officiële feestdagen is het Stadhuis dicht. Ook op de vrijdag na Hemelvaartsdag.
Op 24 en 31 december sluiten wij om 15.00 uur.

[knop: Maak een afspraak | https://www.voorbeeldstad.example/afspraak]
""",
        "internal_notes": """\
Afwijkende openingstijden (storing, verbouwing, verkiezingen) staan in de mededelingen op
intranet en op de homepage. Controleer die eerst.

Klant staat voor een dichte deur met een afspraak: excuses aanbieden, teamleider
Burgerzaken bellen (toestel 2101).
""",
        "department": "klantcontactcentrum",
        "audience": "beide",
        "keywords": ["openingstijden", "stadhuis", "balie", "feestdagen"],
        "review_in_days": 28,
        "related": ["afspraak-maken", "contact-opnemen"],
    },
    {
        "id": "afspraak-maken",
        "title": "Hoe maak ik een afspraak bij de gemeente?",
        "alternative_questions": [
            "Afspraak maken stadhuis",
            "Afspraak verzetten of afzeggen",
            "Online afspraak gemeente",
        ],
        "short_answer": (
            "Maak online een afspraak via onze website. Kies het onderwerp, de dag en de tijd. "
            "U krijgt een bevestiging per e-mail. Lukt online niet? Bel dan 14 0123."
        ),
        "body": """\
Voor de balie in het Stadhuis heeft u een afspraak nodig. Zo hoeft u niet te wachten.

## Zo maakt u een afspraak

1. Ga naar de afsprakenpagina op onze website.
2. Kies waarvoor u komt. Bijvoorbeeld paspoort of rijbewijs.
3. Kies een dag en tijd.
4. Vul uw naam, e-mailadres en telefoonnummer in.

U krijgt een bevestiging per e-mail. Daarin staat ook wat u moet meenemen.
De dag voor de afspraak krijgt u een herinnering per sms.

## Afzeggen of verzetten

Gebruik de link in de bevestiging. Doe dit op tijd. Dan kan iemand anders uw plek
krijgen.

## Met meerdere personen

Komt u met uw gezin? Maak dan een afspraak per persoon. Kies aansluitende tijden.

Bent u meer dan 10 minuten te laat? Dan kunnen wij u soms niet meer helpen.

[knop: Maak een afspraak | https://www.voorbeeldstad.example/afspraak]
""",
        "internal_notes": """\
Afspraken via de afsprakenmodule. Telefonisch een afspraak maken voor klanten die het
online niet lukt mag altijd. Bevestigingsmail niet ontvangen: controleer e-mailadres en
verstuur opnieuw.

Klant met een beperking die extra tijd nodig heeft: dubbel tijdslot boeken.
""",
        "department": "klantcontactcentrum",
        "audience": "beide",
        "keywords": ["afspraak", "balie", "stadhuis", "afzeggen"],
        "review_in_days": 110,
        "related": ["openingstijden", "paspoort-aanvragen"],
        "upl": (UPL + "bezafspr", "Bezoekafspraak"),
    },
    {
        "id": "digid-problemen",
        "title": "Ik kan niet inloggen met DigiD. Wat kan ik doen?",
        "alternative_questions": [
            "DigiD aanvragen",
            "DigiD wachtwoord vergeten",
            "DigiD activeringscode niet ontvangen",
            "DigiD app werkt niet",
        ],
        "short_answer": (
            "DigiD is van de Rijksoverheid, niet van de gemeente. "
            "Wachtwoord vergeten of code kwijt? Ga naar digid.nl. "
            "Hulp nodig? Het Informatiepunt Digitale Overheid in de bibliotheek helpt u gratis."
        ),
        "body": """\
Met DigiD logt u in bij de overheid. Bijvoorbeeld bij de gemeente, de Belastingdienst en
uw zorgverzekeraar. DigiD wordt beheerd door de Rijksoverheid. De gemeente kan uw DigiD
niet herstellen.

## Veel voorkomende problemen

- Wachtwoord vergeten: vraag een nieuw wachtwoord aan op digid.nl.
- Geen activeringscode gekregen: de brief komt binnen 5 werkdagen op uw adres.
- Nieuwe telefoon: activeer de DigiD app opnieuw.
- Verhuisd: uw DigiD blijft werken. U krijgt post op het nieuwe adres.

## Hulp nodig?

Het Informatiepunt Digitale Overheid in de Centrale Bibliotheek helpt u gratis.
Ook met het aanvragen van DigiD. U kunt er terecht op maandag, woensdag en vrijdag
van 10.00 tot 13.00 uur.

## Iemand anders laten inloggen?

Geef nooit uw DigiD aan een ander. U kunt wel iemand machtigen via DigiD Machtigen.

[contact]
""",
        "internal_notes": """\
Wij hebben geen toegang tot DigiD-accounts. Verwijs voor technische vragen naar de DigiD
helpdesk (nummer op digid.nl). Geen DigiD en toch een product nodig: vaak kan het ook
met een formulier of aan de balie.

Klant woont in het buitenland: DigiD via een balie in het buitenland of met een
identiteitsbewijs in de app; verwijs naar digid.nl.
""",
        "department": "klantcontactcentrum",
        "audience": "inwoners",
        "keywords": ["digid", "inloggen", "wachtwoord", "activeringscode"],
        "review_in_days": 200,
        "related": ["huurtoeslag", "contact-opnemen"],
        "upl": (UPL + "digid", "DigiD"),
    },
    {
        "id": "klacht-indienen",
        "title": "Hoe dien ik een klacht in over de gemeente?",
        "alternative_questions": [
            "Klacht over medewerker gemeente",
            "Ontevreden over de gemeente",
            "Klachtenformulier",
            "Nationale ombudsman",
        ],
        "short_answer": (
            "Vul het klachtenformulier online in of bel 14 0123. "
            "Wij nemen binnen 5 werkdagen contact met u op. "
            "U krijgt binnen 6 weken een reactie."
        ),
        "body": """\
Bent u niet tevreden over hoe de gemeente u heeft behandeld? Bijvoorbeeld over een
medewerker, een late reactie of een fout? Dan kunt u een klacht indienen.

## Zo doet u een klacht

- online via het klachtenformulier
- telefonisch via 14 0123
- per brief naar Postbus 100, 1230 AA Voorbeeldstad

Vertel wat er is gebeurd, wanneer en met wie.

## Wat gebeurt er daarna?

1. Een klachtbehandelaar neemt binnen 5 werkdagen contact met u op.
2. Vaak lossen wij het samen in een gesprek op.
3. U krijgt binnen 6 weken een reactie.

## Niet tevreden over de afhandeling?

Dan kunt u naar de Nationale ombudsman. Die bekijkt uw klacht opnieuw.

## Last van uw buren?

Heeft u last van uw buren of van overlast in uw buurt? Dat is geen klacht over de gemeente.
Lees wat u dan kunt doen.

[antwoord: overlast-melden]

## Klacht of bezwaar?

Bent u het niet eens met een besluit? Bijvoorbeeld een afwijzing of een aanslag?
Dan maakt u bezwaar. Dat is iets anders dan een klacht.

[antwoord: bezwaar-maken]

[knop: Dien een klacht in | https://www.voorbeeldstad.example/klacht]
""",
        "internal_notes": """\
Klachten via zaaktype "Klacht". Klachtencoördinator zit bij Juridische Zaken, toestel 2950.
Probeer eerst of het direct op te lossen is (bijvoorbeeld terugbelverzoek niet
uitgevoerd). Registreer ook dan een klacht, met status "direct opgelost".

Klachten over zorgaanbieders of de Regiotaxi: eerst bij de aanbieder zelf.
""",
        "department": "juridische-zaken",
        "audience": "beide",
        "keywords": ["klacht", "ontevreden", "ombudsman"],
        "review_in_days": 185,
        "related": ["bezwaar-maken", "contact-opnemen"],
        "upl": (UPL + "klacht", "Klacht"),
    },
    {
        "id": "bezwaar-maken",
        "title": "Hoe maak ik bezwaar tegen een besluit van de gemeente?",
        "alternative_questions": [
            "Bezwaarschrift indienen",
            "Niet eens met besluit gemeente",
            "Bezwaar termijn",
            "Hoorzitting bezwaarcommissie",
        ],
        "short_answer": (
            "Maak binnen 6 weken na de datum van het besluit bezwaar. "
            "Dat kan online met DigiD of eHerkenning, of per brief. Bezwaar maken is gratis. "
            "U krijgt meestal binnen 12 weken een beslissing."
        ),
        "body": """\
Bent u het niet eens met een besluit van de gemeente? Bijvoorbeeld over een vergunning,
een uitkering of een boete? Dan kunt u bezwaar maken.

## Binnen 6 weken

U heeft 6 weken de tijd. U rekent vanaf de dag na de datum van het besluit.
Bent u te laat? Dan behandelen wij uw bezwaar meestal niet.

## Wat zet u in uw bezwaar?

- uw naam, adres en handtekening
- de datum
- welk besluit het is, stuur een kopie mee
- waarom u het er niet mee eens bent

Heeft u meer tijd nodig voor uw uitleg? Stuur dan eerst een kort bezwaar. Vul het later
aan.

## Wat gebeurt er daarna?

Soms bellen wij u om het samen op te lossen. Anders nodigen wij u uit voor een
hoorzitting. U krijgt meestal binnen 12 weken een beslissing.

Bent u het niet eens met de beslissing? Dan kunt u in beroep gaan bij de rechtbank.

[knop: Maak bezwaar | https://www.voorbeeldstad.example/bezwaar]
""",
        "internal_notes": """\
Bezwaren via zaaktype "Bezwaarschrift", behandeling door Juridische Zaken. Bezwaar tegen
belastingaanslagen en WOZ loopt via Belastingen, niet via Juridische Zaken.

Spoed (bijvoorbeeld een evenement dat morgen is): wijs op een voorlopige voorziening bij
de rechtbank. Geen inhoudelijk advies over de kans van slagen.
""",
        "department": "juridische-zaken",
        "audience": "beide",
        "keywords": ["bezwaar", "besluit", "bezwaarschrift", "beroep"],
        "review_in_days": 330,
        "related": ["klacht-indienen", "woz-bezwaar", "parkeerboete-bezwaar"],
        "upl": (UPL + "bezwaar", "Bezwaar"),
    },
    {
        "id": "woo-verzoek",
        "title": "Hoe vraag ik documenten op bij de gemeente met een Woo-verzoek?",
        "alternative_questions": [
            "Woo-verzoek indienen",
            "Wob-verzoek",
            "Openbaarheid van bestuur",
            "Informatie opvragen bij gemeente",
        ],
        "short_answer": (
            "Stuur een Woo-verzoek via het online formulier of per brief. "
            "Beschrijf zo precies mogelijk welke informatie u zoekt. "
            "Het is gratis. U krijgt binnen 4 weken een besluit."
        ),
        "body": """\
Iedereen mag informatie van de gemeente opvragen. Dat staat in de Wet open overheid (Woo).
Vroeger heette dat de Wob.

## Kijk eerst online

Veel informatie is al openbaar. Bijvoorbeeld raadsstukken, besluiten en contracten.
Zoek eerst op onze website of in het Woo-register.

## Zo doet u een Woo-verzoek

1. Vul het online formulier in, of stuur een brief of e-mail.
2. Beschrijf welke informatie u zoekt en over welke periode.
3. U krijgt een ontvangstbevestiging.

U hoeft niet te zeggen waarom u de informatie wilt.

## Hoe lang duurt het?

Binnen 4 weken krijgt u een besluit. Soms duurt het 2 weken langer.
Bijvoorbeeld als het om veel documenten gaat.

Sommige informatie maken wij niet openbaar. Bijvoorbeeld persoonsgegevens.
Die maken wij onleesbaar.

Wilt u uw eigen gegevens inzien? Dat is geen Woo-verzoek. Doe dan een inzageverzoek
via ons privacyformulier.

[contact]
""",
        "internal_notes": """\
Woo-verzoeken via zaaktype "Woo-verzoek", behandeling door Juridische Zaken
(woo@voorbeeldstad.example). Ook verzoeken via WhatsApp of telefoon zijn geldig: leg het
verzoek letterlijk vast in de zaak.

Inzage eigen gegevens valt onder de AVG, zaaktype "AVG-verzoek", behandeling door de
privacy officer.
""",
        "department": "juridische-zaken",
        "audience": "beide",
        "keywords": ["woo", "wob", "openbaarheid", "documenten"],
        "review_in_days": 240,
        "related": ["klacht-indienen", "bezwaar-maken"],
        "upl": (UPL + "verzoek_overheidsinformatie", "Verzoek overheidsinformatie"),
    },
    {
        "id": "gevonden-voorwerpen",
        "title": "Ik heb iets verloren of gevonden. Wat moet ik doen?",
        "alternative_questions": [
            "Gevonden voorwerpen",
            "Fiets kwijt",
            "Portemonnee gevonden",
            "Verloren voorwerp melden",
        ],
        "short_answer": (
            "Zoek of meld verloren en gevonden spullen online op onze website. "
            "Gevonden spullen brengt u naar de balie in het Stadhuis. "
            "Fietsen staan in het fietsdepot aan de Havenweg 30."
        ),
        "body": """\
## Iets verloren?

1. Zoek eerst online in het register met gevonden voorwerpen.
2. Staat het er niet tussen? Doe dan een melding van verlies.
3. Wordt uw voorwerp later gevonden? Dan krijgt u bericht.

Bent u uw paspoort, ID-kaart of rijbewijs kwijt? Meld het dan ook als vermissing.

## Iets gevonden?

- Meld het online.
- Breng het naar de balie in het Stadhuis. Dit kan zonder afspraak.
- Gevonden dieren meldt u bij de dierenambulance.

Wij bewaren voorwerpen 3 maanden. Komt de eigenaar niet? Dan mag de vinder het vaak
houden. Geef bij het inleveren aan of u dat wilt.

## Fiets kwijt?

Fietsen die wij weghalen, staan in het fietsdepot aan de Havenweg 30. U haalt uw fiets
op voor € 25. Neem uw sleutel mee.

[antwoord: paspoort-kwijt-gestolen]
""",
        "internal_notes": """\
Register gevonden voorwerpen in de applicatie Gevonden Voorwerpen. Identiteitsbewijzen,
bankpassen en kentekenbewijzen nooit teruggeven aan de vinder; die gaan naar
Burgerzaken of de bank.

Gevonden in bus of trein: verwijs naar de vervoerder. Fietsdepot is open op woensdag en
zaterdag van 10.00 tot 16.00 uur.
""",
        "department": "klantcontactcentrum",
        "audience": "inwoners",
        "keywords": ["gevonden voorwerpen", "verloren", "fiets", "fietsdepot"],
        "review_in_days": 270,
        "related": ["paspoort-kwijt-gestolen", "rijbewijs-kwijt"],
        "upl": (UPL + "gevVerlVoorwerp", "Gevonden of verloren voorwerp"),
    },
]
