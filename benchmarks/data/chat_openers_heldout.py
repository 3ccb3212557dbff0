"""Held-out conversation openers for the chat quality benchmark.

These openers were written independently of the tuned set in ``chat_openers.py``,
without looking at it, from a reading of the demo answers only. They are meant as
first messages a citizen could type to the municipality's chatbot: plain Dutch (B1
or lower), sometimes with typos or a greeting, sometimes short and sometimes long
with context, and often describing a situation rather than naming the product.

``expected`` lists the external ids of the demo answers that genuinely answer the
opener, best first. An empty list means the demo content does not answer the
question, so the chatbot should not present any answer as the solution.
"""

OPENERS = [
    {
        "message": "wat kost n id kaart voor me dochter van 12 jaar",
        "expected": ["paspoort-id-kaart-kosten"],
    },
    {
        "message": (
            "Goedemiddag, we vliegen overmorgen naar Spanje en ik zie nu pas dat mijn "
            "ID-kaart verlopen is!! Kan ik nog snel een nieuwe krijgen?"
        ),
        "expected": ["paspoort-spoed"],
    },
    {
        "message": (
            "Mijn tas is gisteren gestolen in de trein en mijn paspoort zat erin. Moet ik "
            "eerst aangifte doen bij de politie of kan ik meteen bij jullie terecht?"
        ),
        "expected": ["paspoort-kwijt-gestolen"],
    },
    {
        "message": (
            "Ik word in november 75 en mijn rijbewijs loopt volgend jaar af. "
            "moet ik eerst naar een dokter of zo?"
        ),
        "expected": ["rijbewijs-verlengen"],
    },
    {
        "message": (
            "we gaan volgende maand naar een andere straat in voorbeeldstad, "
            "moet ik dat ergens doorgeven?"
        ),
        "expected": ["verhuizing-doorgeven"],
    },
    {
        "message": (
            "Hallo, sinds we hier wonen krijg ik steeds brieven van incassobureaus voor een "
            "man die hier vroeger woonde. Ik denk dat hij nog steeds op ons adres ingeschreven "
            "staat. Dat wil ik niet, ik ben bang dat wij daar last van krijgen. Wat kan ik doen?"
        ),
        "expected": ["adresonderzoek"],
    },
    {
        "message": (
            "ik ben mijn huis uit gezet en slaap nu steeds bij vrienden op de bank. "
            "hoe krijg ik nog mijn post?"
        ),
        "expected": ["briefadres"],
    },
    {
        "message": "Mijn nieuwe werkgever vraagt om een vog. Hoe kom ik daar aan?",
        "expected": ["vog-aanvragen"],
    },
    {
        "message": (
            "Hoi! Onze dochter is gisteren geboren in het ziekenhuis hier in de stad. We zijn "
            "niet getrouwd, maar mijn vriend heeft haar tijdens de zwangerschap al erkend. "
            "Kunnen we de aangifte gewoon online doen?"
        ),
        "expected": ["geboorte-aangeven"],
    },
    {"message": "kun je ook gratis trouwen in het stadhuis", "expected": ["trouwen-kosten"]},
    {
        "message": (
            "Mijn vader is vannacht overleden in het verpleeghuis. "
            "Wat moet ik allemaal bij de gemeente regelen?"
        ),
        "expected": ["overlijden-aangeven"],
    },
    {
        "message": "ik heb per ongeluk mijn stempas weggegooid en de verkiezingen zijn volgende week woensdag",
        "expected": ["stempas-kwijt"],
    },
    {
        "message": "Mijn moeder ligt op de dag van de verkiezingen in het ziekenhuis. Mag ik voor haar stemmen?",
        "expected": ["volmacht-stemmen"],
    },
    {
        "message": "welke dag komt de vuilnisauto langs bij ons in de lindelaan",
        "expected": ["afvalkalender"],
    },
    {
        "message": "We hebben een nieuwe bank gekocht. Hoe kom ik van de oude af?",
        "expected": ["grofvuil-ophalen", "milieustraat"],
    },
    {"message": "onze kliko is gejat wat moet ik doen", "expected": ["container-kapot-kwijt"]},
    {"message": "mag kattenbak korrels in de groene bak?", "expected": ["gft-afval"]},
    {
        "message": "wat kost een parkeervergunnig voor mijn straat",
        "expected": ["parkeervergunning-bewoners"],
    },
    {
        "message": "Ik heb een parkeerbon gekregen maar ik had wel betaald via de app!! Hoe kan ik dat aanvechten",
        "expected": ["parkeerboete-bezwaar"],
    },
    {
        "message": (
            "Mijn man kan sinds zijn heupoperatie niet meer ver lopen. Kan hij een kaart "
            "krijgen zodat we dichter bij de winkels mogen parkeren?"
        ),
        "expected": ["gehandicaptenparkeerkaart"],
    },
    {
        "message": (
            "Hoi, ik vind de WOZ-waarde van ons huis echt veel te hoog. Er zit nog een keuken "
            "uit 1985 in, het dak lekt en de buren hebben hun huis pas voor veel minder "
            "verkocht. Wat kan ik hiertegen doen?"
        ),
        "expected": ["woz-bezwaar"],
    },
    {
        "message": "Ik ben net gescheiden en woon nu alleen. Betaal ik dan ook minder voor het afval?",
        "expected": ["afvalstoffenheffing"],
    },
    {
        "message": (
            "Goedemorgen. Ik ben 78 en heb alleen AOW. Nu kreeg ik de brief met de "
            "gemeentebelasting en dat bedrag kan ik echt niet betalen. Wat moet ik doen?"
        ),
        "expected": ["kwijtschelding", "betalingsregeling"],
    },
    {
        "message": "we hebben een puppy gekregen moet die aangemeld worden bij de gemeente?",
        "expected": ["hond-aanmelden"],
    },
    {
        "message": "waarom moet ik als huurder rioolheffing betalen? de verhuurder is toch de eigenaar",
        "expected": ["rioolheffing"],
    },
    {
        "message": (
            "Ik ben mijn baan kwijt en mijn WW stopt volgende maand. Ik heb bijna geen "
            "spaargeld meer en de huur moet ook betaald worden. Waar kan ik terecht?"
        ),
        "expected": ["bijstand-aanvragen"],
    },
    {
        "message": "ik heb veel schulden en vandaag stond er een deurwaarder aan de deur. wie kan mij helpen",
        "expected": ["schuldhulp"],
    },
    {
        "message": "Mijn wasmachine is kapot en ik leef van een uitkering. Ik kan echt geen nieuwe kopen.",
        "expected": ["bijzondere-bijstand", "individuele-inkomenstoeslag"],
    },
    {
        "message": (
            "Goedemiddag, ik heb net een verblijfsvergunning gekregen en DUO schrijft dat ik "
            "moet inburgeren. Wie betaalt mijn lessen?"
        ),
        "expected": ["inburgering"],
    },
    {
        "message": (
            "Goedemorgen, mijn opa van 88 woont nog alleen maar hij krijgt zijn huis niet meer "
            "schoon. Hij heeft slechte knieen en mijn moeder werkt fulltime dus die kan ook niet "
            "elke week. Kan hij iemand krijgen die komt poetsen via de gemeente?"
        ),
        "expected": ["huishoudelijke-hulp", "wmo-aanvragen"],
    },
    {
        "message": (
            "Mijn moeder heeft een beroerte gehad en kan de trap niet meer op. Haar slaapkamer "
            "is boven. Betalen jullie een traplift?"
        ),
        "expected": ["woningaanpassing"],
    },
    {
        "message": (
            "mijn man heeft dementie en ik kan hem niet meer de hele dag alleen laten. "
            "kan hij overdag ergens heen?"
        ),
        "expected": ["dagbesteding"],
    },
    {
        "message": "Onze zoon van 14 spijbelt en is thuis heel agressief. We weten niet meer wat we moeten doen.",
        "expected": ["jeugdhulp"],
    },
    {
        "message": (
            "De oude meneer naast ons doet zijn gordijnen al dagen niet meer open en zijn post "
            "stapelt zich op. Hij heeft geen familie. Ik maak me zorgen, wat kan ik doen?"
        ),
        "expected": ["zorgen-over-iemand"],
    },
    {
        "message": "schuurtje in de achtertuin zetten, vergunning nodig?",
        "expected": ["vergunningvrij-bouwen"],
    },
    {
        "message": "We willen met de hele straat een barbecue houden in juni. Moet dat ergens gemeld worden?",
        "expected": ["evenementenvergunning"],
    },
    {
        "message": "mag ik de grote boom in me achtertuin omzagen hij is heel dik",
        "expected": ["kapvergunning"],
    },
    {
        "message": (
            "De buren gaan een dakkapel bouwen en dan hebben wij 's middags geen zon meer in "
            "de tuin. Kan ik daar iets tegen doen?"
        ),
        "expected": ["bouwplannen-buren"],
    },
    {
        "message": "Er ligt een stoeptegel los vlak bij de school, er gaat nog iemand over vallen",
        "expected": ["melding-openbare-ruimte"],
    },
    {
        "message": "De bovenburen maken elke nacht herrie tot 3 uur. Ik heb al een keer aangebeld maar het helpt niet.",
        "expected": ["overlast-melden"],
    },
    {
        "message": "Mijn fietsband is kapot gegaan door een gat in het fietspad. Betaalt de gemeente de reparatie?",
        "expected": ["schade-door-weg"],
    },
    {
        "message": "Ik ben 22 en woon nog bij mijn ouders. Hoe kom ik aan een eigen huurhuis?",
        "expected": ["woning-zoeken"],
    },
    {
        "message": "Ik wil mijn appartement via Airbnb verhuren als wij op vakantie zijn, mag dat?",
        "expected": ["vakantieverhuur"],
    },
    {
        "message": (
            "Onze zoon gaat na de zomer naar een school voor speciaal onderwijs in een andere "
            "stad. Wij hebben geen auto. Is er vervoer voor hem?"
        ),
        "expected": ["leerlingenvervoer"],
    },
    {
        "message": (
            "Mag ik mijn kinderen een week eerder uit school halen voor de meivakantie? "
            "De vliegtickets zijn dan veel goedkoper."
        ),
        "expected": ["verlof-school"],
    },
    {
        "message": "ik wil voor mezelf beginnen met een schoonmaakbedrijf, waar moet ik beginnen",
        "expected": ["bedrijf-starten"],
    },
    {
        "message": (
            "We openen in het voorjaar een restaurant en willen ook wijn en bier schenken. "
            "Welke vergunningen hebben we nodig?"
        ),
        "expected": ["horecavergunning"],
    },
    {
        "message": "Ik wil een nagelsalon aan huis beginnen. Mag dat zomaar?",
        "expected": ["bedrijf-aan-huis"],
    },
    {
        "message": "tot hoe laat is het gemeentehuis open op donderdag",
        "expected": ["openingstijden"],
    },
    {
        "message": "ik ben mn digid wachtwoord vergeten en kan niet inlogen",
        "expected": ["digid-problemen"],
    },
    {
        "message": "Ik ben heel onbeleefd behandeld aan de balie en daar wil ik een klacht over indienen",
        "expected": ["klacht-indienen"],
    },
    {
        "message": "Mijn aanvraag voor bijzondere bijstand is afgewezen. Ik ben het daar niet mee eens.",
        "expected": ["bezwaar-maken"],
    },
    {
        "message": "Ik woon al 7 jaar in Nederland en wil graag de Nederlandse nationaliteit. Hoe gaat dat?",
        "expected": [],
    },
    {"message": "hoi, hoe laat gaat het zwembad open in de zomervakantie?", "expected": []},
    {
        "message": "Ik wil inspreken bij de gemeenteraad over de nieuwe flat die in onze wijk komt. Hoe doe ik dat?",
        "expected": [],
    },
    {"message": "waar mag mijn hond loslopen zonder riem?", "expected": []},
    {
        "message": "Krijg ik subsidie van de gemeente als ik mijn huis isoleer of zonnepanelen neem?",
        "expected": [],
    },
    {"message": "wat kost een afschrift van mijn geboorteakte", "expected": []},
    {
        "message": "Ik wil mijn voornaam laten veranderen. Kan ik dat bij de gemeente regelen?",
        "expected": [],
    },
    {
        "message": (
            "Mijn oma is overleden en wilde begraven worden. Wat kost een graf op de "
            "begraafplaats van de gemeente?"
        ),
        "expected": [],
    },
    {
        "message": "Wij rijden elektrisch. Hoe komt er een laadpaal bij ons in de straat?",
        "expected": [],
    },
    {
        "message": "Mijn zoontje wordt in maart 4. Hoe meld ik hem aan voor de basisschool?",
        "expected": [],
    },
    {
        "message": "waar staat de dichtsbijzijnde glasbak, heb een doos vol lege flessen",
        "expected": [],
    },
    {
        "message": (
            "Goedemiddag, ik woon op een woonboot en zoek een nieuwe ligplaats in de haven. "
            "Bij wie moet ik zijn?"
        ),
        "expected": [],
    },
    {
        "message": "Mijn geboortedatum staat verkeerd in de BRP. Hoe laat ik dat verbeteren?",
        "expected": [],
    },
    {
        "message": "Onze voetbalclub wil geld voor nieuwe doelen en ballen. Kunnen we dat bij jullie krijgen?",
        "expected": [],
    },
    {
        "message": "Ik wil een lintje aanvragen voor mijn buurvrouw. Ze doet al 40 jaar vrijwilligerswerk.",
        "expected": [],
    },
    {
        "message": (
            "Wanneer wordt onze straat eindelijk opnieuw bestraat? Er wordt al een jaar gezegd "
            "dat het riool vervangen wordt."
        ),
        "expected": [],
    },
    {
        "message": "Ik snap mijn aanslag van het waterschap niet. Waarom moet ik zuiveringsheffing betalen?",
        "expected": [],
    },
    {"message": "ben net verhuisd, in welk stembureau moet ik nu stemmen?", "expected": []},
]
