"""First messages that citizens type into the chatbot of the municipality.

Evaluation data for the chatbot on the demo content (``kennisbank.demo_content``).
Each opener lists the answer id(s) that can answer it in ``expected``, best first.

- One id: one answer covers the question.
- Several ids: the opener is vague or asks two things, and each of these answers is a
  plausible match.
- No ids: the municipality gets this question, but the demo content does not answer it.
  The chatbot should say so and not stretch an answer that only shares some words.

The openers are written as people really type them: often B1 level or lower, with
spelling mistakes, with or without a greeting.
"""

OPENERS = [
    # Reisdocumenten
    {
        "message": "Hallo, ik ben mijn paspoort verloren op vakantie wat moet ik doen?",
        "expected": ["paspoort-kwijt-gestolen"],
    },
    {
        "message": "Goedemorgen. Mijn paspoort verloopt over 2 maanden. Hoe vraag ik een nieuwe aan?",
        "expected": ["paspoort-aanvragen"],
    },
    {
        "message": "wat kost een id kaart voor mijn dochter van 8",
        "expected": ["paspoort-id-kaart-kosten", "paspoort-kind-aanvragen"],
    },
    {
        "message": "We vliegen vrijdag naar Turkije en ik zie nu pas dat mijn paspoort verlopen is!! help",
        "expected": ["paspoort-spoed"],
    },
    {
        "message": "Ons zoontje is 3 weken oud. Kan hij al een paspoort krijgen en moet zijn vader dan ook mee?",
        "expected": ["paspoort-kind-aanvragen"],
    },
    {
        "message": "ik kreeg een sms dat mijn idkaart klaar is. moet ik een afspraak maken om hem op te halen?",
        "expected": ["reisdocument-ophalen"],
    },
    {
        "message": "Kan mijn man mijn paspoort ophalen? Ik ben ziek.",
        "expected": ["reisdocument-ophalen"],
    },
    {
        "message": "Ik woon in Spanje maar mijn nederlandse paspoort moet vernieuwd worden, kan dat bij jullie?",
        "expected": ["reisdocument-buitenland"],
    },
    {
        "message": "Hoi, mijn rijbewijs verloopt volgende maand. Kan ik dat online regelen?",
        "expected": ["rijbewijs-verlengen"],
    },
    {
        "message": "Ik word in september 75. Wat moet ik doen voor mijn rijbewijs?",
        "expected": ["rijbewijs-verlengen"],
    },
    {
        "message": "Ik denk dat mijn rijbewijs uit mijn jas is gestolen. Mag ik nog wel auto rijden?",
        "expected": ["rijbewijs-kwijt"],
    },
    {
        "message": "Ik heb een pools rijbewijs. Moet ik die omwisselen nu ik hier woon?",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
    },
    # Verhuizen, uittreksels, burgerlijke stand
    {
        "message": "Wij verhuizen 1 juni naar de Lindelaan, wanneer moet ik dat doorgeven?",
        "expected": ["verhuizing-doorgeven"],
    },
    {
        "message": "ik woon nu in rotterdam en ga naar voorbeeldstad verhuizen moet ik me daar uitschrijven?",
        "expected": ["verhuizing-doorgeven"],
    },
    {
        "message": "Ik ga voor mijn werk 2 jaar in Dubai wonen. Moet ik me afmelden bij de gemeente?",
        "expected": ["verhuizen-naar-buitenland"],
    },
    {
        "message": "Hello, I just came from Brazil. Ik heb een BSN nodig voor mijn werk, hoe krijg ik die?",
        "expected": ["verhuizen-vanuit-buitenland"],
    },
    {
        "message": "Er komt steeds post voor een meneer die hier nooit gewoond heeft. Wat kan ik doen?",
        "expected": ["adresonderzoek"],
    },
    {
        "message": "ik heb geen huis meer en slaap bij vrienden op de bank maar ik moet wel ergens post krijgen",
        "expected": ["briefadres"],
    },
    {
        "message": "Mijn nieuwe werkgever vraagt om een uittreksel. Hoe kom ik daaraan?",
        "expected": ["brp-uittreksel"],
    },
    {
        "message": "Ik ga vrijwilliger worden bij de voetbalclub en ze vragen een vog. hoe werkt dat",
        "expected": ["vog-aanvragen"],
    },
    {
        "message": "Voor mijn visum moet ik laten zien waar ik de afgelopen 10 jaar gewoond heb.",
        "expected": ["brp-historische-gegevens"],
    },
    {
        "message": "Ik krijg steeds brieven van goede doelen. Hoe weten die mijn adres? Kan ik dat stoppen?",
        "expected": ["geheimhouding-gegevens"],
    },
    {
        "message": "Onze dochter is gisteren geboren!! Hoe geven we haar aan?",
        "expected": ["geboorte-aangeven"],
    },
    {
        "message": "mijn vriendin is zwanger, we zijn niet getrouwd. moet ik iets regelen zodat ik officieel de vader ben",
        "expected": ["kind-erkennen"],
    },
    {
        "message": "Wij willen volgend jaar juni trouwen. Hoe lang van tevoren moeten we dat melden?",
        "expected": ["trouwen"],
    },
    {
        "message": "Klopt het dat je op maandag gratis kan trouwen?",
        "expected": ["trouwen-kosten"],
    },
    {
        "message": "Wat is beter voor ons, trouwen of een geregistreerd partnerschap?",
        "expected": ["geregistreerd-partnerschap"],
    },
    {
        "message": "Mijn vader is vannacht overleden. Wat moet ik bij de gemeente regelen?",
        "expected": ["overlijden-aangeven"],
    },
    {
        "message": "Kan ons kind allebei onze achternamen krijgen?",
        "expected": ["naamskeuze"],
    },
    # Verkiezingen
    {
        "message": "De verkiezing is volgende week maar ik heb nog geen stempas gehad",
        "expected": ["stempas-kwijt"],
    },
    {
        "message": "Ik lig op de verkiezingsdag in het ziekenhuis, mag mijn dochter dan voor mij stemmen?",
        "expected": ["volmacht-stemmen"],
    },
    # Afval
    {
        "message": "Welke dag wordt het afval bij mij opgehaald? Ik woon op de Beukenlaan 12",
        "expected": ["afvalkalender"],
    },
    {
        "message": "Ik heb een oude bank en een kast die weg moeten. Kunnen jullie die komen halen?",
        "expected": ["grofvuil-ophalen"],
    },
    {
        "message": "hoe laat is de milieustraat open op zaterdag",
        "expected": ["milieustraat"],
    },
    {
        "message": "Ik ga mijn badkamer slopen. Waar kan ik het puin en de oude tegels laten?",
        "expected": ["milieustraat"],
    },
    {
        "message": "De vuilniswagen heeft mijn kliko kapot gemaakt, er is een wiel af",
        "expected": ["container-kapot-kwijt"],
    },
    {
        "message": "mogen kippenbotjes en schillen in de groene bak?",
        "expected": ["gft-afval"],
    },
    {
        "message": "We hebben heel veel verhuisdozen over. Waar kunnen die heen?",
        "expected": ["oud-papier"],
    },
    {
        "message": "Ik ben net verhuisd en heb geen pasje voor de ondergrondse container",
        "expected": ["afvalpas"],
    },
    {
        "message": "Wanneer halen jullie de kerstbomen op?",
        "expected": ["kerstboom-inleveren"],
    },
    {
        "message": "Mijn groene bak is vandaag niet geleegd terwijl hij gewoon om 7 uur buiten stond",
        "expected": ["container-niet-geleegd"],
    },
    {
        "message": "Ik heb een kapsalon. Mag ik mijn afval gewoon bij de container van de straat zetten?",
        "expected": ["bedrijfsafval"],
    },
    # Parkeren
    {
        "message": "Ik heb een auto gekocht en woon in het centrum. Hoe krijg ik een parkeervergunning?",
        "expected": ["parkeervergunning-bewoners"],
    },
    {
        "message": "Mijn moeder komt elke week op bezoek. Waar kan ze parkeren zonder dat het veel kost?",
        "expected": ["bezoekersparkeren"],
    },
    {
        "message": "Mijn man loopt heel slecht sinds zijn beroerte. Kan hij een gehandicaptenkaart voor de auto krijgen?",
        "expected": ["gehandicaptenparkeerkaart"],
    },
    {
        "message": "Ik heb een GPK. Kan ik nu ook een eigen plek voor mijn deur krijgen?",
        "expected": ["gehandicaptenparkeerplaats"],
    },
    {
        "message": "Ik kreeg een naheffing maar de parkeerautomaat was stuk! Wat nu",
        "expected": ["parkeerboete-bezwaar"],
    },
    {
        "message": "Wat kost een dagje parkeren in de stad? Is er ook een P+R?",
        "expected": ["parkeertarieven"],
    },
    {
        "message": "Ik heb een schildersbedrijf in het centrum. Kan ik een parkeervergunning voor mijn bus krijgen?",
        "expected": ["parkeervergunning-bedrijven"],
    },
    {
        "message": "Mijn auto stond gisteravond nog voor de deur en nu is hij weg",
        "expected": ["auto-weggesleept"],
    },
    # Belastingen
    {
        "message": "Ik snap de aanslag van de gemeente niet. Waarom moet ik zoveel betalen?",
        "expected": ["aanslag-uitleg"],
    },
    {
        "message": "Waar kan ik de woz waarde van mijn huis vinden?",
        "expected": ["woz-waarde"],
    },
    {
        "message": "Mijn huis is echt geen 410.000 euro waard, de WOZ klopt niet",
        "expected": ["woz-bezwaar"],
    },
    {
        "message": "Ik huur mijn huis, moet ik dan toch OZB betalen?",
        "expected": ["ozb"],
    },
    {
        "message": "Ik woon alleen. Waarom betaal ik bijna net zoveel voor afval als een gezin?",
        "expected": ["afvalstoffenheffing"],
    },
    {
        "message": "Ik ben huurder, moet ik de rioolheffing betalen of mijn verhuurder?",
        "expected": ["rioolheffing"],
    },
    {
        "message": "ik heb een heel laag inkomen en kan de gemeente belasting niet betalen",
        "expected": ["kwijtschelding", "betalingsregeling"],
    },
    {
        "message": "Ik heb een aanmaning gekregen voor de gemeentebelasting. Kan ik een regeling treffen?",
        "expected": ["betalingsregeling"],
    },
    {
        "message": "Hoe zet ik de automatische incasso voor de gemeente op een ander rekeningnummer?",
        "expected": ["automatische-incasso"],
    },
    {
        "message": "We hebben er een tweede hond bij. Wat kost dat aan hondenbelasting?",
        "expected": ["hondenbelasting", "hond-aanmelden"],
    },
    {
        "message": "Onze hond is helaas overleden. Moet ik nog hondenbelasting betalen?",
        "expected": ["hond-aanmelden"],
    },
    {
        "message": "Ik verhuur 2 kamers als B&B. Hoe doe ik aangifte voor de toeristenbelasting?",
        "expected": ["toeristenbelasting"],
    },
    {
        "message": "Welke belastingen betaal ik aan de gemeente voor mijn winkelpand?",
        "expected": ["belastingen-bedrijven"],
    },
    # Werk en inkomen
    {
        "message": "Ik ben mijn baan kwijt en mijn WW is op. Kan ik bijstand krijgen?",
        "expected": ["bijstand-aanvragen"],
    },
    {
        "message": "Ik heb veel schulden en er komt steeds een deurwaarder. Wie kan mij helpen?",
        "expected": ["schuldhulp"],
    },
    {
        "message": "ik heb al 5 jaar bijstand krijg ik dan ergens extra geld",
        "expected": ["individuele-inkomenstoeslag"],
    },
    {
        "message": "Mijn bril is kapot en ik heb geen geld voor een nieuwe. Betaalt de gemeente dat?",
        "expected": ["bijzondere-bijstand"],
    },
    {
        "message": "De energierekening is veel te hoog. Kan ik hulp krijgen van jullie?",
        "expected": ["energiefonds"],
    },
    {
        "message": "Ik kreeg een brief van DUO dat ik moet inburgeren. Wat moet ik nu doen?",
        "expected": ["inburgering"],
    },
    {
        "message": "Ik zit al 2 jaar thuis en wil weer gaan werken. Kan iemand mij helpen met solliciteren?",
        "expected": ["re-integratie"],
    },
    {
        "message": "Ik ben zzp'er en door mijn ziekte heb ik bijna geen inkomen meer",
        "expected": ["bijstand-zelfstandigen"],
    },
    # Zorg
    {
        "message": "ik heb een hernia en kan niet stofzuigen, kan ik een huishoudelijke hulp krijgen",
        "expected": ["huishoudelijke-hulp"],
    },
    {
        "message": "Mijn scootmobiel is kapot. Wie repareert die?",
        "expected": ["hulpmiddelen-rolstoel"],
    },
    {
        "message": "Ik kan de trap niet meer op. Betaalt de gemeente een traplift?",
        "expected": ["woningaanpassing"],
    },
    {
        "message": "Ik zorg al jaren voor mijn zieke man en ben echt op. Is er hulp voor mij?",
        "expected": ["mantelzorg"],
    },
    {
        "message": "Mijn vader heeft dementie. Is er ergens dagopvang voor hem?",
        "expected": ["dagbesteding"],
    },
    {
        "message": "Onze zoon van 14 is heel agressief thuis. Waar kunnen we hulp vragen?",
        "expected": ["jeugdhulp"],
    },
    {
        "message": "Hoe bestel ik een regiotaxi en wat kost een rit?",
        "expected": ["regiotaxi"],
    },
    {
        "message": "Ik kreeg een rekening van het CAK. Wat is dat?",
        "expected": ["eigen-bijdrage-wmo"],
    },
    {
        "message": "Mijn buurman van 80 doet de deur niet meer open en zijn brievenbus puilt uit",
        "expected": ["zorgen-over-iemand"],
    },
    # Bouwen en vergunningen
    {
        "message": "Wij willen een uitbouw aan de achterkant van ons huis. Moet dat met een vergunning?",
        "expected": ["vergunningvrij-bouwen", "omgevingsvergunning-bouwen"],
    },
    {
        "message": "Hoe lang duurt het voordat ik mijn bouwvergunning krijg en wat kost het?",
        "expected": ["omgevingsvergunning-kosten"],
    },
    {
        "message": "Wij willen met de straat een barbecue op straat houden. Moet dat aangevraagd worden?",
        "expected": ["evenementenvergunning"],
    },
    {
        "message": "Mag ik de grote den in mijn voortuin omzagen?",
        "expected": ["kapvergunning"],
    },
    {
        "message": "Ik wil mijn auto in mijn voortuin zetten. Hoe krijg ik de stoep verlaagd?",
        "expected": ["uitrit-aanleggen"],
    },
    {
        "message": "Ik heb een lunchroom en wil een paar tafeltjes buiten zetten",
        "expected": ["terrasvergunning"],
    },
    {
        "message": "Volgende week komt er een container voor onze verbouwing. Mag die op straat staan?",
        "expected": ["container-op-straat"],
    },
    {
        "message": "De buren willen een verdieping op hun huis zetten. Dan heb ik geen zon meer in mijn tuin!",
        "expected": ["bouwplannen-buren"],
    },
    # Openbare ruimte
    {
        "message": "Er zit een groot gat in het fietspad bij de school",
        "expected": ["melding-openbare-ruimte"],
    },
    {
        "message": "de straatlamp voor mijn huis knippert al een week",
        "expected": ["straatverlichting-kapot"],
    },
    {
        "message": "Iemand heeft een hele berg vuilniszakken in het park gegooid",
        "expected": ["zwerfafval-dumping"],
    },
    {
        "message": "De bovenburen hebben elke nacht feest, ik word er gek van",
        "expected": ["overlast-melden"],
    },
    {
        "message": "Ik zie ratten bij de containers in onze straat",
        "expected": ["ongedierte"],
    },
    {
        "message": "Waarom is mijn straat niet gestrooid? het is spekglad",
        "expected": ["gladheid-strooien"],
    },
    {
        "message": "De boom voor mijn huis hangt over het dak en er vallen steeds takken af",
        "expected": ["boom-melden"],
    },
    {
        "message": "Ik ben gevallen over een losse stoeptegel en mijn telefoon is kapot. Kan ik de schade verhalen?",
        "expected": ["schade-door-weg"],
    },
    # Wonen
    {
        "message": "Ik ben 19 en wil op mezelf. Hoe kom ik aan een huurhuis?",
        "expected": ["woning-zoeken"],
    },
    {
        "message": "Ik ga scheiden en moet met de kinderen het huis uit. Kan ik sneller een woning krijgen?",
        "expected": ["urgentie"],
    },
    {
        "message": "Heb ik recht op huurtoeslag? Ik verdien niet veel",
        "expected": ["huurtoeslag"],
    },
    {
        "message": "Mijn familie woont in woonwagens. Hoe kom ik op de lijst voor een plek?",
        "expected": ["woonwagen-standplaats"],
    },
    {
        "message": "Mag ik mijn appartement op Airbnb zetten als ik zelf op vakantie ben?",
        "expected": ["vakantieverhuur"],
    },
    # Onderwijs en jeugd
    {
        "message": "Mijn dochter gaat naar speciaal onderwijs ver weg. Is er vervoer voor haar?",
        "expected": ["leerlingenvervoer"],
    },
    {
        "message": "Mag ik mijn kinderen een week eerder uit school halen voor de vakantie naar Marokko?",
        "expected": ["verlof-school"],
    },
    {
        "message": "Ons kind gaat naar het kinderdagverblijf. Hoe krijg ik toeslag?",
        "expected": ["kinderopvangtoeslag"],
    },
    {
        "message": "Mijn dochter is net 2 geworden. Kan ze naar de peuterspeelzaal?",
        "expected": ["peuteropvang"],
    },
    # Ondernemen
    {
        "message": "Ik wil voor mezelf beginnen als schilder. Wat moet ik allemaal regelen?",
        "expected": ["bedrijf-starten"],
    },
    {
        "message": "ik wil kaas verkopen op de weekmarkt, hoe krijg ik een kraam",
        "expected": ["standplaats-markt"],
    },
    {
        "message": "Ik neem een café over. Welke vergunningen heb ik nodig?",
        "expected": ["horecavergunning"],
    },
    {
        "message": "Mag ik een bord op de stoep zetten voor mijn winkel?",
        "expected": ["reclamebord"],
    },
    {
        "message": "Mijn factuur aan de gemeente is na 2 maanden nog steeds niet betaald",
        "expected": ["factuur-sturen"],
    },
    {
        "message": "Hoe kan ik als klein aannemersbedrijf werk krijgen van de gemeente?",
        "expected": ["opdrachten-gemeente"],
    },
    {
        "message": "mag ik thuis een nagelstudio beginnen",
        "expected": ["bedrijf-aan-huis"],
    },
    # Algemeen
    {
        "message": "Wat is het telefoonnummer van de gemeente?",
        "expected": ["contact-opnemen"],
    },
    {
        "message": "Is het stadhuis open op de vrijdag na Hemelvaart?",
        "expected": ["openingstijden"],
    },
    {
        "message": "Ik moet mijn afspraak van morgen afzeggen. Hoe doe ik dat?",
        "expected": ["afspraak-maken"],
    },
    {
        "message": "ik ben mijn digid wachtwoord vergeten en kan nergens inloggen",
        "expected": ["digid-problemen"],
    },
    {
        "message": "Ik ben heel onvriendelijk behandeld aan de balie. Waar kan ik een klacht indienen?",
        "expected": ["klacht-indienen"],
    },
    {
        "message": "Mijn aanvraag voor bijzondere bijstand is afgewezen. Ik ben het er niet mee eens.",
        "expected": ["bezwaar-maken"],
    },
    {
        "message": "Ik ben journalist en wil alle mails over het plan voor het nieuwe zwembad opvragen",
        "expected": ["woo-verzoek"],
    },
    {
        "message": "Ik heb een portemonnee gevonden op straat. Waar moet ik die inleveren?",
        "expected": ["gevonden-voorwerpen"],
    },
    {
        "message": "Mijn fiets stond bij het station en is weg. Hebben jullie die misschien weggehaald?",
        "expected": ["gevonden-voorwerpen"],
    },
    # Vaag: meer dan een antwoord past
    {
        "message": "ik wil iets weten over mijn paspoort",
        "expected": ["paspoort-aanvragen", "paspoort-id-kaart-kosten", "reisdocument-ophalen"],
    },
    {
        "message": "Goedemiddag, ik heb een vraag over mijn container",
        "expected": ["container-kapot-kwijt", "container-niet-geleegd", "afvalkalender"],
    },
    {
        "message": "Ik heb een vraag over parkeren bij mij in de straat",
        "expected": ["parkeervergunning-bewoners", "bezoekersparkeren"],
    },
    {
        "message": "hallo ik heb een brief van de gemeente gekregen over belasting",
        "expected": ["aanslag-uitleg", "woz-waarde"],
    },
    {
        "message": "Ik ben mijn pas kwijt",
        "expected": ["paspoort-kwijt-gestolen", "afvalpas", "stempas-kwijt"],
    },
    {
        "message": "Ik heb een vraag over mijn rijbewijs",
        "expected": ["rijbewijs-verlengen", "rijbewijs-kwijt"],
    },
    {
        "message": "We gaan trouwen!! wat moeten we regelen en wat kost het",
        "expected": ["trouwen", "trouwen-kosten"],
    },
    {
        "message": "Ik wil dat er een boom weg gaat",
        "expected": ["kapvergunning", "boom-melden"],
    },
    {
        "message": "ik wil bezwaar maken",
        "expected": ["bezwaar-maken", "woz-bezwaar", "parkeerboete-bezwaar"],
    },
    {
        "message": "Mijn moeder van 84 woont alleen en redt het niet meer. Welke hulp is er?",
        "expected": ["wmo-aanvragen", "huishoudelijke-hulp", "mantelzorg"],
    },
    {
        "message": "We krijgen in maart een baby. Wat moeten we bij de gemeente regelen?",
        "expected": ["geboorte-aangeven", "kind-erkennen", "naamskeuze"],
    },
    {
        "message": "Ik wil iets bouwen in mijn tuin",
        "expected": ["vergunningvrij-bouwen", "omgevingsvergunning-bouwen"],
    },
    {
        "message": "kan ik hulp krijgen met geld",
        "expected": ["schuldhulp", "bijstand-aanvragen", "bijzondere-bijstand"],
    },
    # Geen antwoord in de inhoud
    {
        "message": "Wanneer gaat de ijsbaan op de Grote Markt weer open?",
        "expected": [],
    },
    {
        "message": "Hoi! Kunnen wij als buurt een bankje of een plantenbak adopteren?",
        "expected": [],
    },
    {
        "message": "Ik ga misschien naar Utrecht verhuizen. Weet u hoe hoog de hondenbelasting daar is?",
        "expected": [],
    },
    {
        "message": "Wanneer moet ik dit jaar mijn aangifte inkomstenbelasting doen?",
        "expected": [],
    },
    {
        "message": "Graveert de gemeente ook fietsen? ik wil mijn postcode erin laten zetten tegen diefstal",
        "expected": [],
    },
    {
        "message": "hoe laat gaat de bus van het station naar het ziekenhuis op zondag",
        "expected": [],
    },
    {
        "message": "Is het zwembad in de zomervakantie ook op zondag open?",
        "expected": [],
    },
    {
        "message": "Ik heb een elektrische auto. Kan ik een laadpaal bij mijn huis aanvragen?",
        "expected": [],
    },
    {
        "message": "Krijg ik subsidie van de gemeente als ik mijn huis ga isoleren?",
        "expected": [],
    },
    {
        "message": "Mag ik met oud en nieuw vuurwerk afsteken in mijn straat?",
        "expected": [],
    },
    {
        "message": "Waar mag mijn hond los lopen in de stad?",
        "expected": [],
    },
    {
        "message": "Ik woon al 6 jaar in nederland en wil Nederlander worden. Hoe vraag ik naturalisatie aan?",
        "expected": [],
    },
    {
        "message": "Goedemiddag, ik heb een afschrift van mijn geboorteakte nodig voor de ambassade. Hoe kom ik daaraan?",
        "expected": [],
    },
    {
        "message": "Hebben jullie vacatures? Ik zoek een baan bij de gemeente",
        "expected": [],
    },
    {
        "message": "Hoe kan ik inspreken bij een vergadering van de gemeenteraad?",
        "expected": [],
    },
    {
        "message": "wanneer krijg ik mijn aow ik word volgend jaar 67",
        "expected": [],
    },
    {
        "message": "Kan ik bij de gemeente het kenteken van mijn auto op naam van mijn zoon zetten?",
        "expected": [],
    },
    {
        "message": "Wanneer is de kermis dit jaar?",
        "expected": [],
    },
    {
        "message": "Ik ben nieuw in de stad. Weet u een huisarts die nog nieuwe patienten aanneemt?",
        "expected": [],
    },
    {
        "message": "Hoe meld ik mijn zoon aan voor groep 1 van de basisschool?",
        "expected": [],
    },
    {
        "message": "Waar kan ik oude kleding en schoenen inleveren?",
        "expected": [],
    },
    {
        "message": "In welke bak moeten plastic flesjes en blikjes?",
        "expected": [],
    },
    {
        "message": "waar staat de dichtsbijzijnde glasbak",
        "expected": [],
    },
    {
        "message": "Mijn buurvrouw doet al 40 jaar vrijwilligerswerk. Kan ik een lintje voor haar aanvragen?",
        "expected": [],
    },
    {
        "message": "Mijn ouders zijn in mei 60 jaar getrouwd. Komt de burgemeester dan op bezoek?",
        "expected": [],
    },
    {
        "message": "Welke partijen doen er mee aan de gemeenteraadsverkiezingen?",
        "expected": [],
    },
    {
        "message": "Mijn huisbaas wil de huur met 10 procent verhogen. Mag dat zomaar?",
        "expected": [],
    },
    {
        "message": "Kan ik een ligplaats voor mijn bootje huren in de haven?",
        "expected": [],
    },
    {
        "message": "Mag ik een vuurkorf aansteken in mijn tuin of is dat verboden?",
        "expected": [],
    },
    {
        "message": "Hoeveel kinderbijslag krijg ik voor 2 kinderen?",
        "expected": [],
    },
    {
        "message": "Wanneer is de nieuwe brug bij de Havenweg klaar? Ik moet nu elke dag omrijden",
        "expected": [],
    },
    {
        "message": "Ik ben 30 en wil mijn voornaam veranderen. Kan dat bij de gemeente?",
        "expected": [],
    },
    {
        "message": "heb ik een esta nodig als ik met mijn paspoort naar amerika ga",
        "expected": [],
    },
    {
        "message": "Waar kan ik een afspraak maken voor de griepprik?",
        "expected": [],
    },
    {
        "message": "Wat vindt de gemeente eigenlijk van het nieuwe kabinet?",
        "expected": [],
    },
]
