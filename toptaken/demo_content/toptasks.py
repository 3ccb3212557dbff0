"""Top tasks (toptaken) and other topics for the home page of Voorbeeldstad.

Every answer id used here exists in ``answers``. Each answer is reachable from a
top task or from one of the other topics.
"""

TOP_TASKS = [
    {
        "slug": "paspoort-en-id-kaart",
        "title": "Paspoort en ID-kaart",
        "intro": (
            "Vraag een paspoort, ID-kaart of rijbewijs aan. Lees wat u meeneemt en wat het kost."
        ),
        "key_answers": [
            "paspoort-aanvragen",
            "id-kaart-aanvragen",
            "paspoort-id-kaart-kosten",
            "reisdocument-ophalen",
        ],
        "sections": [
            {
                "heading": "Snel nodig, kwijt of gestolen",
                "answers": ["paspoort-spoed", "paspoort-kwijt-gestolen"],
            },
            {
                "heading": "Kinderen en buitenland",
                "answers": ["paspoort-kind-aanvragen", "reisdocument-buitenland"],
            },
            {
                "heading": "Rijbewijs",
                "answers": [
                    "rijbewijs-verlengen",
                    "rijbewijs-kwijt",
                    "rijbewijs-buitenlands-omwisselen",
                ],
            },
        ],
        "department": "burgerzaken",
    },
    {
        "slug": "verhuizen",
        "title": "Verhuizen",
        "intro": (
            "Geef uw nieuwe adres op tijd door. Zo krijgt u uw post en blijven uw gegevens kloppen."
        ),
        "key_answers": [
            "verhuizing-doorgeven",
            "verhuizen-naar-buitenland",
            "verhuizen-vanuit-buitenland",
        ],
        "sections": [
            {
                "heading": "Adres en inschrijving",
                "answers": ["adresonderzoek", "briefadres"],
            },
            {
                "heading": "Uittreksels en uw gegevens",
                "answers": [
                    "brp-uittreksel",
                    "brp-historische-gegevens",
                    "vog-aanvragen",
                    "geheimhouding-gegevens",
                ],
            },
        ],
        "department": "burgerzaken",
    },
    {
        "slug": "afval-en-grofvuil",
        "title": "Afval en grofvuil",
        "intro": (
            "Kijk wanneer wij uw afval ophalen. Lees hoe u grofvuil en ander afval kwijt kunt."
        ),
        "key_answers": [
            "afvalkalender",
            "grofvuil-ophalen",
            "milieustraat",
            "container-kapot-kwijt",
        ],
        "sections": [
            {
                "heading": "Afval scheiden",
                "answers": ["gft-afval", "oud-papier", "kerstboom-inleveren"],
            },
            {
                "heading": "Problemen met uw container of pas",
                "answers": ["container-niet-geleegd", "afvalpas"],
            },
        ],
        "department": "afval-en-grondstoffen",
    },
    {
        "slug": "parkeren",
        "title": "Parkeren",
        "intro": "Vergunningen, bezoekersparkeren en tarieven. En wat u doet bij een parkeerboete.",
        "key_answers": [
            "parkeervergunning-bewoners",
            "bezoekersparkeren",
            "parkeertarieven",
        ],
        "sections": [
            {
                "heading": "Boete of weggesleept",
                "answers": ["parkeerboete-bezwaar", "auto-weggesleept"],
            },
            {
                "heading": "Parkeren met een beperking",
                "answers": ["gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"],
            },
        ],
        "department": "parkeren",
    },
    {
        "slug": "belastingen",
        "title": "Belastingen",
        "intro": "Uitleg over uw aanslag en de WOZ-waarde. Lees hoe u betaalt of bezwaar maakt.",
        "key_answers": [
            "aanslag-uitleg",
            "woz-waarde",
            "woz-bezwaar",
            "kwijtschelding",
        ],
        "sections": [
            {
                "heading": "Soorten belasting",
                "answers": ["ozb", "afvalstoffenheffing", "rioolheffing", "hondenbelasting"],
            },
            {
                "heading": "Betalen en uw hond",
                "answers": ["betalingsregeling", "automatische-incasso", "hond-aanmelden"],
            },
        ],
        "department": "belastingen",
    },
    {
        "slug": "melding-openbare-ruimte",
        "title": "Melding openbare ruimte",
        "intro": "Ziet u iets kapot of vies op straat? Of heeft u last van overlast? Meld het ons.",
        "key_answers": [
            "melding-openbare-ruimte",
            "straatverlichting-kapot",
            "zwerfafval-dumping",
            "overlast-melden",
        ],
        "sections": [
            {
                "heading": "Bomen, dieren en winter",
                "answers": ["boom-melden", "ongedierte", "gladheid-strooien"],
            },
            {
                "heading": "Schade en zorgen",
                "answers": ["schade-door-weg", "zorgen-over-iemand"],
            },
        ],
        "department": "openbare-ruimte",
    },
    {
        "slug": "bouwen-en-verbouwen",
        "title": "Bouwen en verbouwen",
        "intro": "Lees of u een vergunning nodig heeft. En wat het kost en hoe lang het duurt.",
        "key_answers": [
            "omgevingsvergunning-bouwen",
            "vergunningvrij-bouwen",
            "omgevingsvergunning-kosten",
        ],
        "sections": [
            {
                "heading": "Tuin, bomen en straat",
                "answers": ["kapvergunning", "uitrit-aanleggen", "container-op-straat"],
            },
            {
                "heading": "Plannen van anderen",
                "answers": ["bouwplannen-buren", "bezwaar-maken"],
            },
        ],
        "department": "vergunningen",
    },
    {
        "slug": "werk-en-inkomen",
        "title": "Werk en inkomen",
        "intro": "Hulp als u weinig geld heeft, schulden heeft of werk zoekt.",
        "key_answers": [
            "bijstand-aanvragen",
            "schuldhulp",
            "bijzondere-bijstand",
            "individuele-inkomenstoeslag",
        ],
        "sections": [
            {
                "heading": "Regelingen bij een laag inkomen",
                "answers": ["energiefonds", "kwijtschelding"],
            },
            {
                "heading": "Werk, inburgering en ondernemers",
                "answers": ["re-integratie", "inburgering", "bijstand-zelfstandigen"],
            },
        ],
        "department": "werk-en-inkomen",
    },
    {
        "slug": "zorg-en-ondersteuning",
        "title": "Zorg en ondersteuning",
        "intro": (
            "Hulp om thuis te blijven wonen en mee te doen. "
            "Voor u, uw kind of iemand voor wie u zorgt."
        ),
        "key_answers": [
            "wmo-aanvragen",
            "huishoudelijke-hulp",
            "hulpmiddelen-rolstoel",
            "eigen-bijdrage-wmo",
        ],
        "sections": [
            {
                "heading": "Thuis wonen en vervoer",
                "answers": ["woningaanpassing", "regiotaxi", "dagbesteding"],
            },
            {
                "heading": "Mantelzorg, jeugd en zorgen",
                "answers": ["mantelzorg", "jeugdhulp", "zorgen-over-iemand"],
            },
        ],
        "department": "zorg-en-welzijn",
    },
    {
        "slug": "geboorte-trouwen-overlijden",
        "title": "Geboorte, trouwen en overlijden",
        "intro": "Geef een geboorte of overlijden door. Of regel uw huwelijk of partnerschap.",
        "key_answers": [
            "geboorte-aangeven",
            "trouwen",
            "overlijden-aangeven",
        ],
        "sections": [
            {
                "heading": "Uw kind",
                "answers": ["kind-erkennen", "naamskeuze"],
            },
            {
                "heading": "Trouwen en partnerschap",
                "answers": ["trouwen-kosten", "geregistreerd-partnerschap"],
            },
        ],
        "department": "burgerzaken",
    },
]

OTHER_TOPICS = [
    {
        "title": "Wonen",
        "answers": [
            "woning-zoeken",
            "urgentie",
            "huurtoeslag",
            "woonwagen-standplaats",
            "vakantieverhuur",
        ],
    },
    {
        "title": "Ondernemen",
        "answers": [
            "bedrijf-starten",
            "bedrijf-aan-huis",
            "horecavergunning",
            "terrasvergunning",
            "evenementenvergunning",
            "standplaats-markt",
            "reclamebord",
            "bedrijfsafval",
            "parkeervergunning-bedrijven",
            "belastingen-bedrijven",
            "toeristenbelasting",
            "factuur-sturen",
            "opdrachten-gemeente",
        ],
    },
    {
        "title": "Onderwijs en jeugd",
        "answers": [
            "leerlingenvervoer",
            "verlof-school",
            "kinderopvangtoeslag",
            "peuteropvang",
        ],
    },
    {
        "title": "Verkiezingen",
        "answers": ["stempas-kwijt", "volmacht-stemmen"],
    },
    {
        "title": "Contact en klachten",
        "answers": [
            "contact-opnemen",
            "openingstijden",
            "afspraak-maken",
            "digid-problemen",
            "gevonden-voorwerpen",
            "klacht-indienen",
            "bezwaar-maken",
            "woo-verzoek",
        ],
    },
]

# The icon on each top task's card (toptaken/icons.py).
ICONS = {
    "paspoort-en-id-kaart": "id-card",
    "verhuizen": "truck",
    "afval-en-grofvuil": "trash-2",
    "parkeren": "car-front",
    "belastingen": "landmark",
    "melding-openbare-ruimte": "triangle-alert",
    "bouwen-en-verbouwen": "hammer",
    "werk-en-inkomen": "briefcase",
    "zorg-en-ondersteuning": "heart-handshake",
    "geboorte-trouwen-overlijden": "baby",
}
