"""Search queries as citizens type them into the search box of the municipal website.

Evaluation data for the search of the demo content (``kennisbank.demo_content``).
Each query lists the answer id(s) that satisfy it in ``expected``, best first.
``kind`` says what makes the query hard:

- keyword: a few short search words
- question: a full question
- colloquial: spoken, informal language
- typo: realistic spelling mistakes
- old_name: outdated or official terms
- compound: compounds, or compounds split into separate words
- synonym: other words than the answer uses

The queries are written as people really type them. They are a test: they are not
tuned to make the search look good.
"""

QUERIES = [
    # keyword
    {"query": "paspoort", "expected": ["paspoort-aanvragen"], "kind": "keyword"},
    {"query": "rijbewijs 75 jaar", "expected": ["rijbewijs-verlengen"], "kind": "keyword"},
    {"query": "uittreksel", "expected": ["brp-uittreksel"], "kind": "keyword"},
    {"query": "vog", "expected": ["vog-aanvragen"], "kind": "keyword"},
    {"query": "milieustraat openingstijden", "expected": ["milieustraat"], "kind": "keyword"},
    {"query": "ozb", "expected": ["ozb"], "kind": "keyword"},
    {"query": "woz bezwaar", "expected": ["woz-bezwaar"], "kind": "keyword"},
    {"query": "bijstand", "expected": ["bijstand-aanvragen"], "kind": "keyword"},
    {"query": "wmo", "expected": ["wmo-aanvragen"], "kind": "keyword"},
    {"query": "mantelzorg", "expected": ["mantelzorg"], "kind": "keyword"},
    {"query": "aangifte geboorte", "expected": ["geboorte-aangeven"], "kind": "keyword"},
    {"query": "dakkapel", "expected": ["vergunningvrij-bouwen"], "kind": "keyword"},
    {"query": "stempas", "expected": ["stempas-kwijt"], "kind": "keyword"},
    {"query": "ratten", "expected": ["ongedierte"], "kind": "keyword"},
    {"query": "strooizout", "expected": ["gladheid-strooien"], "kind": "keyword"},
    {"query": "regiotaxi", "expected": ["regiotaxi"], "kind": "keyword"},
    {"query": "klacht", "expected": ["klacht-indienen"], "kind": "keyword"},
    {"query": "airbnb", "expected": ["vakantieverhuur"], "kind": "keyword"},
    {"query": "energietoeslag", "expected": ["energiefonds"], "kind": "keyword"},
    {"query": "bsn nummer krijgen", "expected": ["verhuizen-vanuit-buitenland"], "kind": "keyword"},
    {"query": "trouwen kosten", "expected": ["trouwen-kosten"], "kind": "keyword"},
    {"query": "terras", "expected": ["terrasvergunning"], "kind": "keyword"},
    # question
    {
        "query": "hoe geef ik mijn nieuwe adres door aan de gemeente",
        "expected": ["verhuizing-doorgeven"],
        "kind": "question",
    },
    {
        "query": "wat kost een nieuwe id kaart",
        "expected": ["paspoort-id-kaart-kosten"],
        "kind": "question",
    },
    {
        "query": "hoe lang duurt het voordat mijn paspoort klaar is",
        "expected": ["paspoort-aanvragen", "reisdocument-ophalen"],
        "kind": "question",
    },
    {
        "query": "wanneer komt de vuilniswagen in mijn straat",
        "expected": ["afvalkalender"],
        "kind": "question",
    },
    {"query": "mogen kattenbakkorrels bij het gft?", "expected": ["gft-afval"], "kind": "question"},
    {
        "query": "hoeveel kost parkeren in de binnenstad",
        "expected": ["parkeertarieven"],
        "kind": "question",
    },
    {
        "query": "wanneer krijg ik de aanslag gemeentelijke belastingen",
        "expected": ["aanslag-uitleg"],
        "kind": "question",
    },
    {
        "query": "kan ik de aanslag per maand betalen",
        "expected": ["betalingsregeling", "automatische-incasso"],
        "kind": "question",
    },
    {
        "query": "hoe lang moet je wachten op een sociale huurwoning",
        "expected": ["woning-zoeken"],
        "kind": "question",
    },
    {"query": "wie betaalt een traplift", "expected": ["woningaanpassing"], "kind": "question"},
    {
        "query": "wat moet ik regelen als mijn moeder overleden is",
        "expected": ["overlijden-aangeven"],
        "kind": "question",
    },
    {
        "query": "moet ik mijn kind erkennen als we niet getrouwd zijn?",
        "expected": ["kind-erkennen"],
        "kind": "question",
    },
    {
        "query": "kan mijn kind de achternaam van de moeder krijgen",
        "expected": ["naamskeuze"],
        "kind": "question",
    },
    {
        "query": "hoe laat ik iemand voor mij stemmen",
        "expected": ["volmacht-stemmen"],
        "kind": "question",
    },
    {
        "query": "heb ik een vergunning nodig voor een schutting",
        "expected": ["vergunningvrij-bouwen"],
        "kind": "question",
    },
    {
        "query": "hoe schrijf ik me in als ik uit het buitenland kom",
        "expected": ["verhuizen-vanuit-buitenland"],
        "kind": "question",
    },
    {
        "query": "hoe lang duurt een omgevingsvergunning?",
        "expected": ["omgevingsvergunning-kosten"],
        "kind": "question",
    },
    {
        "query": "is mijn marokkaans rijbewijs geldig in nederland",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
        "kind": "question",
    },
    {
        "query": "waar vind ik de woz waarde van mijn huis",
        "expected": ["woz-waarde"],
        "kind": "question",
    },
    {
        "query": "moet ik als huurder ozb betalen",
        "expected": ["ozb"],
        "kind": "question",
    },
    {
        "query": "wat mag ik doen met een bedrijf aan huis",
        "expected": ["bedrijf-aan-huis"],
        "kind": "question",
    },
    # colloquial
    {
        "query": "portemonnee gejat met mn id erin",
        "expected": ["paspoort-kwijt-gestolen"],
        "kind": "colloquial",
    },
    {
        "query": "ze hebben mijn bak weer overgeslagen",
        "expected": ["container-niet-geleegd"],
        "kind": "colloquial",
    },
    {
        "query": "buren maken elke nacht herrie",
        "expected": ["overlast-melden"],
        "kind": "colloquial",
    },
    {"query": "rat in de tuin gezien", "expected": ["ongedierte"], "kind": "colloquial"},
    {
        "query": "lantaarn voor de deur is al weken uit",
        "expected": ["straatverlichting-kapot"],
        "kind": "colloquial",
    },
    {
        "query": "tegel ligt los bijna op mn bek gegaan",
        "expected": ["melding-openbare-ruimte"],
        "kind": "colloquial",
    },
    {
        "query": "band lek door gat in de weg wie betaalt dat",
        "expected": ["schade-door-weg"],
        "kind": "colloquial",
    },
    {
        "query": "iemand heeft een bank bij de container gedumpt",
        "expected": ["zwerfafval-dumping"],
        "kind": "colloquial",
    },
    {
        "query": "zit krap bij kas kan rekeningen niet betalen",
        "expected": ["schuldhulp"],
        "kind": "colloquial",
    },
    {
        "query": "koelkast kapot en geen geld voor een nieuwe",
        "expected": ["bijzondere-bijstand"],
        "kind": "colloquial",
    },
    {"query": "auto staat er niet meer", "expected": ["auto-weggesleept"], "kind": "colloquial"},
    {
        "query": "bon gekregen terwijl ik gewoon betaald had",
        "expected": ["parkeerboete-bezwaar"],
        "kind": "colloquial",
    },
    {
        "query": "oma kan niet meer zelf poetsen",
        "expected": ["huishoudelijke-hulp"],
        "kind": "colloquial",
    },
    {
        "query": "buurvrouw loopt verward rond in haar pyjama",
        "expected": ["zorgen-over-iemand"],
        "kind": "colloquial",
    },
    {
        "query": "ex wil niet tekenen voor paspoort van ons kind",
        "expected": ["paspoort-kind-aanvragen"],
        "kind": "colloquial",
    },
    {
        "query": "wil van mn oude kast af",
        "expected": ["grofvuil-ophalen", "milieustraat"],
        "kind": "colloquial",
    },
    {
        "query": "bak weggewaaid na de storm",
        "expected": ["container-kapot-kwijt"],
        "kind": "colloquial",
    },
    {
        "query": "post van vorige bewoner blijft maar komen",
        "expected": ["adresonderzoek"],
        "kind": "colloquial",
    },
    {
        "query": "straat is spiegelglad niemand strooit",
        "expected": ["gladheid-strooien"],
        "kind": "colloquial",
    },
    {
        "query": "buurman bouwt een enorme schuur tegen mijn schutting",
        "expected": ["bouwplannen-buren"],
        "kind": "colloquial",
    },
    {
        "query": "afspraak van morgen gaat niet lukken",
        "expected": ["afspraak-maken"],
        "kind": "colloquial",
    },
    # typo
    {"query": "paspoort aanvrgen", "expected": ["paspoort-aanvragen"], "kind": "typo"},
    {
        "query": "identiteitskaart gestoolen",
        "expected": ["paspoort-kwijt-gestolen"],
        "kind": "typo",
    },
    {"query": "rijbewjis verlengen", "expected": ["rijbewijs-verlengen"], "kind": "typo"},
    {"query": "verhuising doorgeven", "expected": ["verhuizing-doorgeven"], "kind": "typo"},
    {"query": "uitreksel brp", "expected": ["brp-uittreksel"], "kind": "typo"},
    {"query": "grofvuil afpsraak", "expected": ["grofvuil-ophalen"], "kind": "typo"},
    {"query": "milieustraat opningstijden", "expected": ["milieustraat"], "kind": "typo"},
    {"query": "afvalstoffenheffng", "expected": ["afvalstoffenheffing"], "kind": "typo"},
    {"query": "rioolhefing", "expected": ["rioolheffing"], "kind": "typo"},
    {"query": "hondebelasting", "expected": ["hondenbelasting"], "kind": "typo"},
    {"query": "kwijtscheling gemeentebelasting", "expected": ["kwijtschelding"], "kind": "typo"},
    {"query": "bijstandsuitkring aanvragen", "expected": ["bijstand-aanvragen"], "kind": "typo"},
    {"query": "schuldhulpverlenig", "expected": ["schuldhulp"], "kind": "typo"},
    {"query": "huishoudelijke hlup", "expected": ["huishoudelijke-hulp"], "kind": "typo"},
    {"query": "omgevingsvergunnning", "expected": ["omgevingsvergunning-bouwen"], "kind": "typo"},
    {"query": "evenementevergunning", "expected": ["evenementenvergunning"], "kind": "typo"},
    {
        "query": "gehandicaptenparkeekaart",
        "expected": ["gehandicaptenparkeerkaart"],
        "kind": "typo",
    },
    {"query": "lantarenpaal kapot", "expected": ["straatverlichting-kapot"], "kind": "typo"},
    {"query": "kinderopvangtoesslag", "expected": ["kinderopvangtoeslag"], "kind": "typo"},
    {"query": "inburgring", "expected": ["inburgering"], "kind": "typo"},
    {"query": "stempass kwijt", "expected": ["stempas-kwijt"], "kind": "typo"},
    {"query": "parkeerbon bezwaar maaken", "expected": ["parkeerboete-bezwaar"], "kind": "typo"},
    {"query": "mantelzorgwaardeering", "expected": ["mantelzorg"], "kind": "typo"},
    # old_name
    {
        "query": "uittreksel gemeentelijke basisadministratie",
        "expected": ["brp-uittreksel"],
        "kind": "old_name",
    },
    {
        "query": "bewijs inschrijving bevolkingsregister",
        "expected": ["brp-uittreksel"],
        "kind": "old_name",
    },
    {"query": "wob verzoek indienen", "expected": ["woo-verzoek"], "kind": "old_name"},
    {"query": "wet openbaarheid van bestuur", "expected": ["woo-verzoek"], "kind": "old_name"},
    {
        "query": "bouwvergunning aanbouw",
        "expected": ["omgevingsvergunning-bouwen"],
        "kind": "old_name",
    },
    {
        "query": "leges bouwvergunning",
        "expected": ["omgevingsvergunning-kosten"],
        "kind": "old_name",
    },
    {"query": "in ondertrouw gaan", "expected": ["trouwen"], "kind": "old_name"},
    {
        "query": "sofinummer aanvragen",
        "expected": ["verhuizen-vanuit-buitenland"],
        "kind": "old_name",
    },
    {"query": "verklaring goed zedelijk gedrag", "expected": ["vog-aanvragen"], "kind": "old_name"},
    {"query": "onroerendgoedbelasting", "expected": ["ozb"], "kind": "old_name"},
    {"query": "invalidenkaart auto", "expected": ["gehandicaptenparkeerkaart"], "kind": "old_name"},
    {
        "query": "invalidenplek voor de deur",
        "expected": ["gehandicaptenparkeerplaats"],
        "kind": "old_name",
    },
    {"query": "wwb uitkering", "expected": ["bijstand-aanvragen"], "kind": "old_name"},
    {"query": "sociale dienst uitkering", "expected": ["bijstand-aanvragen"], "kind": "old_name"},
    {
        "query": "thuiszorg schoonmaken",
        "expected": ["huishoudelijke-hulp", "wmo-aanvragen"],
        "kind": "old_name",
    },
    {
        "query": "stadsdeelkantoor openingstijden",
        "expected": ["openingstijden"],
        "kind": "old_name",
    },
    {"query": "reinigingsheffing", "expected": ["afvalstoffenheffing"], "kind": "old_name"},
    {"query": "vuilstort openingstijden", "expected": ["milieustraat"], "kind": "old_name"},
    {"query": "huursubsidie aanvragen", "expected": ["huurtoeslag"], "kind": "old_name"},
    {"query": "peuterspeelzaal inschrijven", "expected": ["peuteropvang"], "kind": "old_name"},
    {"query": "oproepingskaart kwijt", "expected": ["stempas-kwijt"], "kind": "old_name"},
    {"query": "schuldsanering gemeente", "expected": ["schuldhulp"], "kind": "old_name"},
    {
        "query": "drank en horecavergunning aanvragen",
        "expected": ["horecavergunning"],
        "kind": "old_name",
    },
    # compound
    {"query": "afval kalender 2026", "expected": ["afvalkalender"], "kind": "compound"},
    {"query": "ophaaldag gft", "expected": ["afvalkalender"], "kind": "compound"},
    {"query": "gemeentebelastingen", "expected": ["aanslag-uitleg"], "kind": "compound"},
    {"query": "grof vuil laten ophalen", "expected": ["grofvuil-ophalen"], "kind": "compound"},
    {"query": "id kaart aanvragen", "expected": ["id-kaart-aanvragen"], "kind": "compound"},
    {"query": "parkeer vergunning", "expected": ["parkeervergunning-bewoners"], "kind": "compound"},
    {"query": "bezoekers parkeren", "expected": ["bezoekersparkeren"], "kind": "compound"},
    {"query": "huwelijksvoltrekking kosten", "expected": ["trouwen-kosten"], "kind": "compound"},
    {"query": "verhuislift vergunning", "expected": ["container-op-straat"], "kind": "compound"},
    {
        "query": "woonwagen standplaats wachtlijst",
        "expected": ["woonwagen-standplaats"],
        "kind": "compound",
    },
    {
        "query": "gehandicapten parkeerplaats",
        "expected": ["gehandicaptenparkeerplaats"],
        "kind": "compound",
    },
    {"query": "kinderopvang toeslag", "expected": ["kinderopvangtoeslag"], "kind": "compound"},
    {"query": "jeugd hulp", "expected": ["jeugdhulp"], "kind": "compound"},
    {"query": "straatlantaarn", "expected": ["straatverlichting-kapot"], "kind": "compound"},
    {
        "query": "rijbewijsomwisseling",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
        "kind": "compound",
    },
    {
        "query": "speeltuintoestel kapot",
        "expected": ["melding-openbare-ruimte"],
        "kind": "compound",
    },
    {"query": "oudpapier", "expected": ["oud-papier"], "kind": "compound"},
    {"query": "afvalbrengpunt", "expected": ["milieustraat"], "kind": "compound"},
    {"query": "woningzoekende inschrijving", "expected": ["woning-zoeken"], "kind": "compound"},
    {"query": "trouwlocatie", "expected": ["trouwen", "trouwen-kosten"], "kind": "compound"},
    {"query": "gevondenvoorwerpen", "expected": ["gevonden-voorwerpen"], "kind": "compound"},
    {"query": "vakantie verhuur", "expected": ["vakantieverhuur"], "kind": "compound"},
    {"query": "uitritvergunning", "expected": ["uitrit-aanleggen"], "kind": "compound"},
    {"query": "burenoverlast", "expected": ["overlast-melden"], "kind": "compound"},
    # synonym
    {"query": "vuilnis ophaaldag", "expected": ["afvalkalender"], "kind": "synonym"},
    {"query": "kliko gestolen", "expected": ["container-kapot-kwijt"], "kind": "synonym"},
    {"query": "uitkering geen werk", "expected": ["bijstand-aanvragen"], "kind": "synonym"},
    {
        "query": "bekeuring parkeren onterecht",
        "expected": ["parkeerboete-bezwaar"],
        "kind": "synonym",
    },
    {"query": "straatlicht uit", "expected": ["straatverlichting-kapot"], "kind": "synonym"},
    {"query": "gemeentehuis open zaterdag", "expected": ["openingstijden"], "kind": "synonym"},
    {"query": "trouwerij regelen", "expected": ["trouwen"], "kind": "synonym"},
    {"query": "muizenplaag", "expected": ["ongedierte"], "kind": "synonym"},
    {"query": "elektrische rolstoel", "expected": ["hulpmiddelen-rolstoel"], "kind": "synonym"},
    {"query": "creche toeslag", "expected": ["kinderopvangtoeslag"], "kind": "synonym"},
    {"query": "eigen zaak beginnen", "expected": ["bedrijf-starten"], "kind": "synonym"},
    {"query": "boom omzagen tuin", "expected": ["kapvergunning"], "kind": "synonym"},
    {"query": "oprit maken stoep", "expected": ["uitrit-aanleggen"], "kind": "synonym"},
    {"query": "tuinhuisje bouwen", "expected": ["vergunningvrij-bouwen"], "kind": "synonym"},
    {"query": "feest op straat", "expected": ["evenementenvergunning"], "kind": "synonym"},
    {"query": "huis huren", "expected": ["woning-zoeken"], "kind": "synonym"},
    {
        "query": "vorige woonadressen opvragen",
        "expected": ["brp-historische-gegevens"],
        "kind": "synonym",
    },
    {
        "query": "adres afschermen privacy",
        "expected": ["geheimhouding-gegevens"],
        "kind": "synonym",
    },
    {"query": "baby inschrijven", "expected": ["geboorte-aangeven"], "kind": "synonym"},
    {"query": "verf weggooien", "expected": ["milieustraat"], "kind": "synonym"},
    {"query": "verhuisdozen weggooien", "expected": ["oud-papier"], "kind": "synonym"},
    {"query": "etensresten welke bak", "expected": ["gft-afval"], "kind": "synonym"},
    {"query": "rekening sturen naar gemeente", "expected": ["factuur-sturen"], "kind": "synonym"},
    {"query": "hulp bij opvoeding", "expected": ["jeugdhulp"], "kind": "synonym"},
    {"query": "taalcursus verplicht", "expected": ["inburgering"], "kind": "synonym"},
    {"query": "kroeg openen vergunning", "expected": ["horecavergunning"], "kind": "synonym"},
    {"query": "taxi voor rolstoel", "expected": ["regiotaxi"], "kind": "synonym"},
]
