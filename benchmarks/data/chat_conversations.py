"""Two- and three-turn chat conversations, written against the demo content.

Evaluation data for follow-ups (issue #20): a citizen asks something, then goes on in the
way people do ("en wat kost dat?", "en voor mijn dochter?"), switches to another subject, or
asks something the municipality has no answer to. Each turn lists the answer id(s) that
answer it in this conversation, best first; an empty list means the content has no answer
and the bot should hand over, without suggestions from the previous subject.

Written apart from the follow-up rules in search/chat/dialogue.py: the messages are how
people type them, not tuned to the rules.
"""

CONVERSATIONS = [
    # A follow-up about another aspect of the same subject.
    [
        ("Ik ben mijn paspoort kwijt", ["paspoort-kwijt-gestolen"]),
        ("en wat kost dat?", ["paspoort-id-kaart-kosten"]),
    ],
    [
        ("Hoe vraag ik een paspoort aan?", ["paspoort-aanvragen"]),
        ("wat kost dat", ["paspoort-id-kaart-kosten"]),
        ("kan het ook met spoed?", ["paspoort-spoed"]),
    ],
    [
        ("paspoort aanvragen", ["paspoort-aanvragen", "paspoort-kind-aanvragen"]),
        ("en hoe lang duurt het?", ["paspoort-aanvragen", "paspoort-spoed"]),
    ],
    [
        ("Hoe vraag ik een paspoort aan?", ["paspoort-aanvragen"]),
        ("en voor mijn kind?", ["paspoort-kind-aanvragen"]),
    ],
    [
        ("Hoe vraag ik een paspoort aan?", ["paspoort-aanvragen"]),
        ("en waar haal ik het op?", ["reisdocument-ophalen"]),
    ],
    [
        ("hoe regel ik mijn huwelijk", ["trouwen"]),
        ("en wat kost dat?", ["trouwen-kosten"]),
    ],
    [
        ("Hoe regel ik mijn huwelijk in Voorbeeldstad?", ["trouwen"]),
        ("wat is het verschil met een geregistreerd partnerschap?", ["geregistreerd-partnerschap"]),
    ],
    [
        (
            "Ik wil een omgevingsvergunning aanvragen voor een aanbouw",
            ["omgevingsvergunning-bouwen"],
        ),
        ("en wat kost die vergunning?", ["omgevingsvergunning-kosten"]),
    ],
    [
        ("Hoe vraag ik hulp aan via de Wmo?", ["wmo-aanvragen"]),
        ("moet ik daar iets voor betalen?", ["eigen-bijdrage-wmo"]),
    ],
    [
        ("Wat is de WOZ-waarde van mijn huis?", ["woz-waarde"]),
        ("kan ik daar bezwaar tegen maken?", ["woz-bezwaar"]),
    ],
    [
        ("hoeveel hondenbelasting betaal ik", ["hondenbelasting"]),
        ("en hoe meld ik de hond aan?", ["hond-aanmelden"]),
    ],
    [
        ("Hoe verleng ik mijn rijbewijs?", ["rijbewijs-verlengen"]),
        ("en als ik het kwijt ben?", ["rijbewijs-kwijt"]),
    ],
    [
        ("parkeervergunning aanvragen voor mijn straat", ["parkeervergunning-bewoners"]),
        ("en voor mijn bezoek?", ["bezoekersparkeren"]),
    ],
    [
        ("ik moet een uittreksel uit de brp hebben", ["brp-uittreksel"]),
        ("kan ik daar ook mijn oude adressen op zien?", ["brp-historische-gegevens"]),
    ],
    [
        ("Hoe vraag ik een bijstandsuitkering aan?", ["bijstand-aanvragen"]),
        ("en als ik zzp'er ben?", ["bijstand-zelfstandigen"]),
    ],
    [
        ("Mijn container is kapot", ["container-kapot-kwijt"]),
        ("en hij is ook niet geleegd", ["container-niet-geleegd"]),
    ],
    [
        ("hoe geef ik mijn verhuizing door", ["verhuizing-doorgeven"]),
        ("en als ik naar het buitenland ga?", ["verhuizen-naar-buitenland"]),
    ],
    [
        ("Kan ik kwijtschelding krijgen voor de gemeentelijke belastingen?", ["kwijtschelding"]),
        ("kan ik het ook in termijnen betalen?", ["betalingsregeling"]),
    ],
    # The same answer is what the follow-up asks about.
    [
        ("Wat kost een paspoort?", ["paspoort-id-kaart-kosten"]),
        ("en een ID-kaart?", ["paspoort-id-kaart-kosten", "id-kaart-aanvragen"]),
    ],
    [
        ("Wat kan ik naar de milieustraat brengen?", ["milieustraat"]),
        ("en wat kost dat?", ["milieustraat"]),
    ],
    # A new subject after the first answer: the context is reset.
    [
        ("Hoe vraag ik een paspoort aan?", ["paspoort-aanvragen"]),
        ("wanneer wordt het grofvuil opgehaald", ["grofvuil-ophalen", "afvalkalender"]),
    ],
    [
        ("Hoeveel hondenbelasting betaal ik?", ["hondenbelasting"]),
        ("en hoe vraag ik een parkeervergunning aan?", ["parkeervergunning-bewoners"]),
    ],
    [
        ("Ik ben mijn paspoort kwijt", ["paspoort-kwijt-gestolen"]),
        ("Mijn auto is weggesleept, waar kan ik hem ophalen?", ["auto-weggesleept"]),
    ],
    [
        ("hoe regel ik mijn huwelijk", ["trouwen"]),
        ("wat mag er in de groene container", ["gft-afval"]),
    ],
    [
        ("Hoe vraag ik huurtoeslag aan?", ["huurtoeslag"]),
        ("en kinderopvangtoeslag?", ["kinderopvangtoeslag"]),
    ],
    [
        ("Wat zijn de openingstijden van het Stadhuis?", ["openingstijden"]),
        ("en hoe maak ik een afspraak?", ["afspraak-maken"]),
    ],
    [
        ("Ik heb een parkeerboete gekregen", ["parkeerboete-bezwaar"]),
        ("hoe dien ik een klacht in over de gemeente?", ["klacht-indienen"]),
    ],
    [
        ("ik wil een bedrijf starten", ["bedrijf-starten"]),
        ("welke vergunningen heb ik nodig voor een café?", ["horecavergunning"]),
    ],
    [
        ("Hoe meld ik een losliggende stoeptegel?", ["melding-openbare-ruimte"]),
        ("de lantaarnpaal in mijn straat doet het ook niet", ["straatverlichting-kapot"]),
    ],
    [
        ("Hoe doe ik aangifte van de geboorte van mijn kind?", ["geboorte-aangeven"]),
        ("welke achternaam krijgt het?", ["naamskeuze"]),
    ],
    # Off-topic or unanswerable after an answer: hand over, no suggestions from the old subject.
    [
        ("hoeveel hondenbelasting betaal ik", ["hondenbelasting"]),
        ("hoe laat is het in China?", []),
    ],
    [
        ("Hoe vraag ik een paspoort aan?", ["paspoort-aanvragen"]),
        ("en kan ik daar ook een visum voor Amerika krijgen?", []),
    ],
    [
        ("Wanneer wordt mijn afval opgehaald?", ["afvalkalender"]),
        ("krijg ik subsidie voor zonnepanelen?", []),
    ],
    [
        ("Hoe regel ik mijn huwelijk in Voorbeeldstad?", ["trouwen"]),
        ("en wie wint het WK voetbal?", []),
    ],
    [
        ("wat kost parkeren in het centrum", ["parkeertarieven"]),
        ("waar kan ik asbest melden?", []),
    ],
    [
        ("Hoe geef ik mijn verhuizing door?", ["verhuizing-doorgeven"]),
        ("kan de gemeente mijn verhuisdozen brengen?", []),
    ],
    # Three turns: on, on again, then somewhere else.
    [
        ("Ik ben mijn paspoort kwijt", ["paspoort-kwijt-gestolen"]),
        ("en wat kost een nieuwe?", ["paspoort-id-kaart-kosten"]),
        ("hoe laat ik grofvuil ophalen", ["grofvuil-ophalen"]),
    ],
    [
        (
            "Hoe vraag ik een parkeervergunning aan voor mijn straat?",
            ["parkeervergunning-bewoners"],
        ),
        ("en voor mijn bedrijf?", ["parkeervergunning-bedrijven"]),
        ("bedankt, en wat kost parkeren in het centrum?", ["parkeertarieven"]),
    ],
    [
        ("Hoe vraag ik een ID-kaart aan?", ["id-kaart-aanvragen"]),
        ("wat kost dat?", ["paspoort-id-kaart-kosten"]),
        ("en kan het met spoed?", ["paspoort-spoed"]),
    ],
    [
        ("Ik heb schulden, waar kan ik hulp krijgen?", ["schuldhulp"]),
        ("is er ook hulp bij hoge energiekosten?", ["energiefonds"]),
        ("en hoe vraag ik bijstand aan?", ["bijstand-aanvragen"]),
    ],
    [
        ("Mag ik een boom in mijn tuin kappen?", ["kapvergunning"]),
        ("en een dakkapel bouwen zonder vergunning?", ["vergunningvrij-bouwen"]),
        ("wat kost een omgevingsvergunning?", ["omgevingsvergunning-kosten"]),
    ],
    [
        ("Hoe erken ik mijn kind?", ["kind-erkennen"]),
        ("welke achternaam krijgt mijn kind dan?", ["naamskeuze"]),
        ("en hoe vraag ik een paspoort aan voor mijn kind?", ["paspoort-kind-aanvragen"]),
    ],
]
