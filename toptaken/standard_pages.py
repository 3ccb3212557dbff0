"""The standard information pages every municipality's site has: the privacy statement and the
accessibility statement, about what this software does. Where a resident is told how to reach
the municipality ({privacy_contact}, {contact}), `information_pages()` names the ways it was
given: a phone number, an e-mail address, or both. Only when it was given neither does a
"[vul in: …]" show, so that staff see what is missing; a page that told residents to mail
"[vul in: e-mailadres]" because only a phone number was given helped nobody.

The privacy statement must say exactly what the site keeps and for how long; update it
whenever logging changes (the search analytics, the chatbot). Its promises are checked where
they can be: no cookies and no requests to other websites (tests/browser/test_requests.py),
no search words in the application's logs (tests/toptaken/test_privacy.py), searches stored
only scrubbed and without an identifier (tests/search/test_analytics_recording.py), raw events
deleted after ANALYTICS_RETENTION_DAYS (prune_analytics). The server log and
its 14 days are the hosting's part: the proxy must log the page address without the query
string.
"""

from django.utils.html import format_html

# Where no phone number nor e-mail address was given.
PLACEHOLDER = "[vul in: telefoonnummer of e-mailadres]"

STATEMENTS = [
    {
        "slug": "privacyverklaring",
        "title": "Privacyverklaring",
        "body": """
<p>Op deze website zoekt u antwoorden op uw vragen aan de gemeente. Hier leest u precies wat
wij bewaren als u de website gebruikt, en hoe lang.</p>
<h2>Geen cookies en geen volgers</h2>
<p>Deze website zet geen cookies als u vragen leest of zoekt. Wij gebruiken geen advertenties
en geen statistieken van andere bedrijven. Lettertypen, plaatjes en scripts komen allemaal van
onze eigen server. Andere bedrijven zien dus niet dat u deze website bezoekt.</p>
<h2>Wat wij bewaren, en hoe lang</h2>
<ul>
<li><b>Het logboek van de server.</b> Daarin staat welke pagina is bekeken, wanneer, en vanaf
welk IP-adres. Wat u in het zoekvak typt, staat er niet in. Wij hebben het logboek nodig om
storingen en misbruik te vinden. Na 14 dagen wissen wij het.</li>
<li><b>Foutmeldingen.</b> Gaat er iets mis op de website? Dan bewaren wij het adres van de
pagina en wat er misging. Uw IP-adres en wat u zocht, staan er niet in. Na 14 dagen wissen wij
de meldingen.</li>
<li><b>Een telling tegen misbruik.</b> Als u in het zoekvak typt, telt de website hoeveel
verzoeken er in een minuut van uw IP-adres komen. Die telling staat alleen in het geheugen van
de server en is na 70 seconden weg.</li>
<li><b>Chatgesprekken.</b> Gebruikt u de chat? Dan onthoudt de server 30 minuten een
willekeurig gespreksnummer en het onderwerp van het laatste antwoord, zodat u kunt doorvragen.
Na 30 minuten is het gespreksnummer weg. Ook uw browser onthoudt het gesprek, zodat het er nog
is als u een antwoord opent. Dat staat alleen op uw eigen apparaat en gaat nergens heen. Sluit u
het tabblad? Dan is het gesprek weg. Na 30 minuten stilte ook.</li>
<li><b>Zoekvragen, zonder persoonsgegevens.</b> Wat u in het zoekvak of in de chat vraagt,
bewaren wij om te zien welke vragen nog geen goed antwoord hebben. Voordat wij een vraag
opslaan, halen wij er eerst persoonsgegevens uit. Een BSN, e-mailadres, telefoonnummer, postcode
met huisnummer, adres, IBAN, geboortedatum of kenteken wordt vervangen door een woord als
[BSN]. Wij slaan de vraag op zonder uw IP-adres, zonder cookie en zonder gespreksnummer. Wij
weten dus niet wie de vraag stelde. Wij bewaren ook welk antwoord u opende en of u het antwoord
nuttig vond. Na 90 dagen wissen wij de losse vragen. Daarna houden wij alleen tellingen per
dag, zoals "op 3 mei zochten 40 mensen naar paspoort".</li>
<li><b>Contact met een medewerker.</b> Belt, mailt of chat u met ons, of komt u aan de balie?
Dan noteert de medewerker waar uw vraag over ging en hoe het is afgelopen. Uw naam, BSN,
telefoonnummer en adres noteren wij daarbij niet. Zo zien wij welke vragen vaak terugkomen.</li>
</ul>
<h2>Wat wij niet bewaren</h2>
<p>Wij bewaren niet wie u bent en niet vanaf welk apparaat u zoekt. Wat u typt, geven wij niet
door aan andere bedrijven of websites. Ook niet als u op een link naar een andere website
klikt. Zet toch liever geen persoonsgegevens in het zoekvak of de chat: dat is nooit nodig om
een antwoord te vinden.</p>
<p>Willen wij meer bewaren? Dan passen wij eerst deze verklaring aan.</p>
<h2>Meer weten?</h2>
<p>Heeft u een vraag over privacy? Of wilt u weten welke gegevens wij van u hebben?
{privacy_contact}</p>
""",
    },
    {
        "slug": "toegankelijkheidsverklaring",
        "title": "Toegankelijkheidsverklaring",
        "body": """
<p>Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet, een schermlezer gebruikt
of alleen een toetsenbord. Daarom bouwen wij de website volgens de eisen van WCAG 2.1 op niveau
AA.</p>
<h2>Wat wij doen</h2>
<ul>
<li>Wij schrijven in eenvoudige taal, op taalniveau B1.</li>
<li>U kunt alles met het toetsenbord bedienen. U ziet altijd waar u bent.</li>
<li>De website werkt ook zonder JavaScript, en op een telefoon met een klein scherm.</li>
<li>U kunt de tekst tot 2 keer zo groot maken. Dan hoeft u niet opzij te scrollen.</li>
</ul>
<h2>Hoe wij dat controleren</h2>
<p>Bij elke nieuwe versie testen wij automatisch elk soort pagina in een echte browser: op een
groot scherm en op een telefoon. Wij testen met axe, een bekend programma dat de eisen van WCAG
controleert. En wij testen of u met het toetsenbord overal komt. Een nieuwe versie komt pas op
de website als alle tests goed gaan.</p>
<p>Een onafhankelijk bureau heeft de website nog niet onderzocht.</p>
<h2>Wat nog niet goed is</h2>
<p>Sommige links gaan naar websites van andere organisaties, bijvoorbeeld om een afspraak te
maken. Die websites vallen niet onder deze verklaring.</p>
<h2>Werkt iets niet?</h2>
<p>Kunt u iets niet lezen of gebruiken? Laat het ons weten. {contact} Wij antwoorden
binnen 5 werkdagen. Bent u niet tevreden over ons antwoord? Dan kunt u een klacht indienen bij
de Nationale ombudsman.</p>
""",
    },
]


# How each statement tells a resident to get in touch, by the ways given: both, only an
# e-mail address ({mail} is its link), only a phone number.
PRIVACY_CONTACT = (
    "Mail dan naar {mail}. U kunt ook bellen met {phone}.",
    "Mail dan naar {mail}.",
    "Bel dan met {phone}.",
)
CONTACT = ("Bel {phone} of mail naar {mail}.", "Mail naar {mail}.", "Bel {phone}.")


def _contact_sentence(sentences: tuple[str, str, str], phone: str, email: str) -> str:
    both, mail_only, phone_only = sentences
    if not (phone or email):
        return f"Neem contact met ons op: {PLACEHOLDER}."
    sentence = both if phone and email else mail_only if email else phone_only
    mail = format_html('<a href="mailto:{}">{}</a>', email, email) if email else ""
    return format_html(sentence, phone=phone, mail=mail)


def information_pages(phone: str = "", email: str = "", privacy_email: str = "") -> list[dict]:
    """The statements with the municipality's ways of contact filled in (module docstring)."""
    values = {
        "privacy_contact": _contact_sentence(PRIVACY_CONTACT, phone, privacy_email or email),
        "contact": _contact_sentence(CONTACT, phone, email),
    }
    return [{**page, "body": page["body"].format(**values)} for page in STATEMENTS]
