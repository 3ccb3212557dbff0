"""Paraphrases: citizen questions that avoid the key words of the answer they need.

Written blind for issue #15, from the list of answer ids and questions only, before any
ranking (lexical or semantic) was looked at, and never used to choose weights or thresholds.
Each question describes the need in other words than the answer's question uses ("ik ben
mijn reisdocument ergens laten liggen" for "paspoort kwijt"). Every question has an answer
in the demo content; ``expected`` lists the external ids that answer it, best first.
"""

QUERIES = [
    {
        "query": "ik heb mijn reisdocument in de trein laten liggen",
        "expected": ["paspoort-kwijt-gestolen"],
    },
    {
        "query": "iemand heeft mijn tas gepikt met mijn identiteitsbewijs erin",
        "expected": ["paspoort-kwijt-gestolen"],
    },
    {
        "query": "mijn reisdocument is verlopen, hoe kom ik aan een nieuw",
        "expected": ["paspoort-aanvragen"],
    },
    {
        "query": "ik moet over drie dagen vliegen en heb geen geldig document",
        "expected": ["paspoort-spoed"],
    },
    {
        "query": "hoeveel moet ik betalen voor een nieuw identiteitsbewijs",
        "expected": ["paspoort-id-kaart-kosten"],
    },
    {
        "query": "mijn baby heeft een eigen reisdocument nodig voor de vakantie",
        "expected": ["paspoort-kind-aanvragen"],
    },
    {
        "query": "ik woon in Spanje en wil een nieuw Nederlands reisdocument",
        "expected": ["reisdocument-buitenland"],
    },
    {
        "query": "wanneer kan ik mijn nieuwe reisdocument komen halen",
        "expected": ["reisdocument-ophalen"],
    },
    {"query": "mijn autopapieren verlopen binnenkort", "expected": ["rijbewijs-verlengen"]},
    {
        "query": "ik heb een Pools autorijbewijs, mag ik dat ruilen",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
    },
    {"query": "mijn roze pasje om te mogen autorijden is weg", "expected": ["rijbewijs-kwijt"]},
    {
        "query": "ik heb een bewijs nodig dat ik geen strafblad heb voor mijn nieuwe baan",
        "expected": ["vog-aanvragen"],
    },
    {"query": "papier waarop staat waar ik woon voor de notaris", "expected": ["brp-uittreksel"]},
    {
        "query": "overzicht van alle plekken waar ik vroeger gewoond heb",
        "expected": ["brp-historische-gegevens"],
    },
    {"query": "ik heb geen vaste woonplek maar wil wel post ontvangen", "expected": ["briefadres"]},
    {
        "query": "er krijgt steeds post van een onbekende op mijn huisnummer, die persoon woont hier niet",
        "expected": ["adresonderzoek"],
    },
    {
        "query": "ik wil niet dat anderen mijn adres kunnen opvragen",
        "expected": ["geheimhouding-gegevens"],
    },
    {
        "query": "we gaan naar een ander huis in dezelfde stad, wat moet ik melden",
        "expected": ["verhuizing-doorgeven"],
    },
    {
        "query": "ik emigreer naar Australië, moet ik me ergens afmelden",
        "expected": ["verhuizen-naar-buitenland"],
    },
    {
        "query": "ik ben net uit Duitsland hierheen gekomen en wil me registreren",
        "expected": ["verhuizen-vanuit-buitenland"],
    },
    {
        "query": "onze dochter is gisteren ter wereld gekomen, wat moeten we regelen",
        "expected": ["geboorte-aangeven"],
    },
    {
        "query": "mijn vader is gestorven, wat moet ik bij de gemeente doen",
        "expected": ["overlijden-aangeven"],
    },
    {
        "query": "we zijn niet getrouwd, hoe word ik officieel de vader",
        "expected": ["kind-erkennen"],
    },
    {
        "query": "krijgt ons kindje de familienaam van de vader of de moeder",
        "expected": ["naamskeuze"],
    },
    {"query": "wij willen elkaar het ja-woord geven", "expected": ["trouwen"]},
    {
        "query": "wat is het prijskaartje van een bruiloft op het stadhuis",
        "expected": ["trouwen-kosten"],
    },
    {
        "query": "samenwonen vastleggen zonder huwelijk, wat is het verschil",
        "expected": ["geregistreerd-partnerschap"],
    },
    {
        "query": "ik kan zelf niet naar het stembureau, kan mijn buurvrouw dat doen",
        "expected": ["volmacht-stemmen"],
    },
    {
        "query": "ik heb geen oproepkaart voor de verkiezingen ontvangen",
        "expected": ["stempas-kwijt"],
    },
    {"query": "op welke dag komt de vuilniswagen in mijn straat", "expected": ["afvalkalender"]},
    {"query": "mijn kliko is vandaag overgeslagen", "expected": ["container-niet-geleegd"]},
    {
        "query": "de wielen zijn van mijn vuilnisbak af gebroken",
        "expected": ["container-kapot-kwijt"],
    },
    {
        "query": "hoe raak ik een oude bank en een kapotte kast kwijt",
        "expected": ["grofvuil-ophalen"],
    },
    {"query": "mogen schillen en etensresten in de groene bak", "expected": ["gft-afval"]},
    {"query": "waar laat ik oude dozen en kranten", "expected": ["oud-papier"]},
    {"query": "ik wil verfresten en puin wegbrengen, waar kan dat", "expected": ["milieustraat"]},
    {
        "query": "de dennenboom na de feestdagen, waar laat ik die",
        "expected": ["kerstboom-inleveren"],
    },
    {"query": "pasje om de ondergrondse vuilcontainer open te maken", "expected": ["afvalpas"]},
    {
        "query": "iemand heeft een stapel vuilniszakken in het park gegooid",
        "expected": ["zwerfafval-dumping"],
    },
    {
        "query": "mijn winkel heeft veel karton en restafval, wie haalt dat op",
        "expected": ["bedrijfsafval"],
    },
    {
        "query": "hoeveel kost het ophalen van huisvuil per jaar",
        "expected": ["afvalstoffenheffing"],
    },
    {
        "query": "ik kan de rekening van de gemeentelijke heffingen niet in een keer betalen",
        "expected": ["betalingsregeling"],
    },
    {
        "query": "ik heb een laag inkomen en kan de gemeentelijke aanslag niet betalen, hoeft dat dan niet",
        "expected": ["kwijtschelding"],
    },
    {
        "query": "ik wil dat het bedrag elke maand automatisch van mijn rekening gaat",
        "expected": ["automatische-incasso"],
    },
    {"query": "ik snap de brief met bedragen van de gemeente niet", "expected": ["aanslag-uitleg"]},
    {"query": "de gemeente schat mijn huis veel te duur", "expected": ["woz-bezwaar"]},
    {"query": "hoe bepaalt de gemeente wat mijn huis waard is", "expected": ["woz-waarde"]},
    {"query": "belasting die ik betaal omdat ik een huis bezit", "expected": ["ozb"]},
    {
        "query": "waarom betaal ik voor de afvoer van regenwater en afvalwater",
        "expected": ["rioolheffing"],
    },
    {
        "query": "ik heb net een puppy, moet ik daar belasting voor betalen",
        "expected": ["hondenbelasting"],
    },
    {
        "query": "ik heb een bed and breakfast, wat moet ik per overnachting afdragen",
        "expected": ["toeristenbelasting"],
    },
    {
        "query": "ik kan niet meer werken en heb geen geld om van te leven",
        "expected": ["bijstand-aanvragen"],
    },
    {
        "query": "als zzp'er verdien ik te weinig om rond te komen",
        "expected": ["bijstand-zelfstandigen"],
    },
    {
        "query": "mijn wasmachine is kapot en ik heb geen geld voor een nieuwe",
        "expected": ["bijzondere-bijstand"],
    },
    {
        "query": "ik leef al jaren van een laag inkomen, is er een extraatje",
        "expected": ["individuele-inkomenstoeslag"],
    },
    {"query": "mijn gasrekening is veel te hoog geworden", "expected": ["energiefonds"]},
    {"query": "ik zit diep in de rode cijfers en kom er niet meer uit", "expected": ["schuldhulp"]},
    {"query": "ik zoek al lang een baan, kan iemand me begeleiden", "expected": ["re-integratie"]},
    {
        "query": "ik kan mijn huis niet meer zelf poetsen door mijn ziekte",
        "expected": ["huishoudelijke-hulp"],
    },
    {
        "query": "ik heb een elektrisch karretje nodig om boodschappen te doen",
        "expected": ["hulpmiddelen-rolstoel"],
    },
    {
        "query": "ik kom de trap niet meer op, kan ik een stoel op een rail krijgen",
        "expected": ["woningaanpassing"],
    },
    {
        "query": "ik ben oud en slecht ter been, welke ondersteuning is er voor thuis",
        "expected": ["wmo-aanvragen"],
    },
    {
        "query": "moet ik zelf meebetalen aan de ondersteuning thuis",
        "expected": ["eigen-bijdrage-wmo"],
    },
    {
        "query": "ik zorg elke dag voor mijn zieke moeder en ben uitgeput",
        "expected": ["mantelzorg"],
    },
    {
        "query": "een zinvolle plek overdag voor mijn vader met dementie",
        "expected": ["dagbesteding"],
    },
    {"query": "vervoer op maat voor mensen die slecht lopen", "expected": ["regiotaxi"]},
    {
        "query": "ons kind heeft gedragsproblemen en wij weten het niet meer",
        "expected": ["jeugdhulp"],
    },
    {
        "query": "mijn zoon zit in een rolstoel, hoe komt hij op school",
        "expected": ["leerlingenvervoer"],
    },
    {
        "query": "mag ik mijn zoon een week eerder uit de klas halen voor een reis",
        "expected": ["verlof-school"],
    },
    {
        "query": "een plek om te spelen en leren voor mijn kind van twee jaar",
        "expected": ["peuteropvang"],
    },
    {"query": "vergoeding voor de crèche terwijl ik werk", "expected": ["kinderopvangtoeslag"]},
    {"query": "bijdrage van de overheid in mijn kale huur", "expected": ["huurtoeslag"]},
    {"query": "hoe kom ik aan een sociale huurflat", "expected": ["woning-zoeken"]},
    {
        "query": "ik moet dringend weg uit mijn huis door een noodsituatie, kan ik eerder een huis krijgen",
        "expected": ["urgentie"],
    },
    {
        "query": "ik ben nieuwkomer en moet de taal en de samenleving leren kennen",
        "expected": ["inburgering"],
    },
    {
        "query": "mijn oude buurman komt al dagen zijn huis niet meer uit",
        "expected": ["zorgen-over-iemand"],
    },
    {"query": "de buren draaien elke nacht harde muziek", "expected": ["overlast-melden"]},
    {"query": "er lopen knaagdieren door mijn keuken", "expected": ["ongedierte"]},
    {
        "query": "het is donker in mijn straat omdat de lamp aan de paal uit is",
        "expected": ["straatverlichting-kapot"],
    },
    {
        "query": "de stoep ligt scheef en iemand is gestruikeld",
        "expected": ["melding-openbare-ruimte"],
    },
    {"query": "mijn velg is kapot door een kuil, wie betaalt dat", "expected": ["schade-door-weg"]},
    {
        "query": "er hangt een dikke tak over het fietspad die eraf dreigt te vallen",
        "expected": ["boom-melden"],
    },
    {"query": "ik wil de grote eik achter mijn huis weghalen", "expected": ["kapvergunning"]},
    {
        "query": "worden de fietspaden bij vorst met zout bestrooid",
        "expected": ["gladheid-strooien"],
    },
    {
        "query": "mijn wagen stond er opeens niet meer, afgevoerd door de gemeente",
        "expected": ["auto-weggesleept"],
    },
    {"query": "ik vind de bon voor fout parkeren onterecht", "expected": ["parkeerboete-bezwaar"]},
    {
        "query": "wat betaal ik per uur als ik mijn auto in de binnenstad neerzet",
        "expected": ["parkeertarieven"],
    },
    {
        "query": "mijn schoonmoeder komt logeren, waar kan zij haar auto kwijt",
        "expected": ["bezoekersparkeren"],
    },
    {
        "query": "ik woon in het centrum en wil mijn eigen auto bij huis kunnen zetten",
        "expected": ["parkeervergunning-bewoners"],
    },
    {
        "query": "ik loop slecht en wil dichtbij de winkel mijn auto mogen neerzetten",
        "expected": ["gehandicaptenparkeerkaart"],
    },
    {
        "query": "een eigen plek voor mijn invalidenauto voor de deur",
        "expected": ["gehandicaptenparkeerplaats"],
    },
    {
        "query": "ik wil de stoeprand laten verlagen zodat ik mijn tuin in kan rijden",
        "expected": ["uitrit-aanleggen"],
    },
    {
        "query": "ik wil een serre aan mijn huis zetten, mag dat zomaar",
        "expected": ["omgevingsvergunning-bouwen"],
    },
    {
        "query": "hoeveel kost de toestemming voor een verbouwing en hoe lang moet ik wachten",
        "expected": ["omgevingsvergunning-kosten"],
    },
    {
        "query": "een tuinhuisje plaatsen zonder toestemming te vragen",
        "expected": ["vergunningvrij-bouwen"],
    },
    {
        "query": "de buurman zet een enorme uitbouw neer waardoor ik geen zon meer heb",
        "expected": ["bouwplannen-buren"],
    },
    {
        "query": "ik ga mijn badkamer slopen en wil een puinbak voor de deur",
        "expected": ["container-op-straat"],
    },
    {
        "query": "we willen met de straat een barbecue houden op de weg",
        "expected": ["evenementenvergunning"],
    },
    {"query": "ik wil een eetcafé openen", "expected": ["horecavergunning"]},
    {
        "query": "tafels en stoelen buiten zetten bij mijn lunchroom",
        "expected": ["terrasvergunning"],
    },
    {"query": "mag ik een bord met mijn logo aan de gevel hangen", "expected": ["reclamebord"]},
    {
        "query": "ik wil op zaterdag kaas verkopen vanuit een kraam",
        "expected": ["standplaats-markt"],
    },
    {"query": "ik wil vanuit mijn woonkamer een kapsalon runnen", "expected": ["bedrijf-aan-huis"]},
    {"query": "ik wil voor mezelf beginnen in deze stad", "expected": ["bedrijf-starten"]},
    {
        "query": "mijn zaak wil meedoen aan aanbestedingen van de gemeente",
        "expected": ["opdrachten-gemeente"],
    },
    {
        "query": "waar dien ik mijn rekening in voor geleverd werk aan de gemeente",
        "expected": ["factuur-sturen"],
    },
    {"query": "ik verhuur mijn appartement aan vakantiegangers", "expected": ["vakantieverhuur"]},
    {
        "query": "ik woon in een caravan en zoek een vaste plek",
        "expected": ["woonwagen-standplaats"],
    },
    {
        "query": "ik ben het niet eens met een beslissing van de gemeente over mijn aanvraag",
        "expected": ["bezwaar-maken"],
    },
    {"query": "ik ben onbeschoft behandeld aan de balie", "expected": ["klacht-indienen"]},
    {
        "query": "ik wil alle stukken over het nieuwe plein inzien die de gemeente heeft",
        "expected": ["woo-verzoek"],
    },
    {"query": "ik kom niet in mijn account voor overheidszaken", "expected": ["digid-problemen"]},
    {"query": "tot hoe laat is het gemeentehuis vandaag open", "expected": ["openingstijden"]},
    {
        "query": "hoe spreek ik een tijd af om langs te komen aan de balie",
        "expected": ["afspraak-maken"],
    },
    {"query": "welk telefoonnummer kan ik bellen met vragen", "expected": ["contact-opnemen"]},
    {"query": "ik heb in de bus een portemonnee gevonden", "expected": ["gevonden-voorwerpen"]},
]
