"""Citizen opening questions for the national Q&A benchmark corpus (answers.jsonl).
Each entry is the first message of a new conversation.
"expected" lists every answer id that genuinely answers the question (best first);
an empty list means the subject is not covered by the corpus.
"""

OPENERS = [
    # --- toeslagen ---
    {
        "message": "hoi, ik ben net 18 geworden en moet nu zelf mijn zorgverzekering betalen. dat is best veel. krijg ik daar geld voor van de overheid?",
        "expected": ["zorgtoeslag-voorwaarden", "zorgtoeslag-aanvragen", "zorgverzekering-18-jaar"],
    },
    {
        "message": "Ik heb een brief gekregen dat ik 1400 euro huurtoeslag moet terugbetalen. Dat geld heb ik helemaal niet, wat nu??",
        "expected": ["toeslag-betalingsregeling", "toeslag-terugbetalen"],
    },
    {
        "message": "mijn loon gaat vanaf juni omhoog want ik ga meer uren werken, moet ik dat ergens doorgeven ivm mijn toeslagen",
        "expected": ["toeslag-inkomen-wijzigen"],
    },
    {
        "message": "Goedemiddag, mijn dochter gaat vanaf september 3 dagen naar de creche in plaats van 2. Moet ik dat ergens melden?",
        "expected": ["kinderopvangtoeslag-wijzigingen"],
    },
    {
        "message": "de opvang van mijn zoontje is in maart begonnen maar ik ben vergeten toeslag aan te vragen. kan dat nog?",
        "expected": ["kinderopvangtoeslag-aanvragen"],
    },
    {
        "message": "ik woon samen met mijn vriend maar we zijn niet getrouwd en hebben geen kinderen. telt zijn salaris mee voor mijn zorgtoeslag?",
        "expected": ["toeslagpartner"],
    },
    {
        "message": "net verhuisd naar een huurhuis, hoe krijg ik een bijdrage in de huur?",
        "expected": ["huurtoeslag-aanvragen", "huurtoeslag-voorwaarden"],
    },
    {
        "message": "krijg ik naast de kinderbijslag nog iets extra als alleenstaande moeder?",
        "expected": ["kindgebonden-budget"],
    },
    # --- AOW ---
    {
        "message": "wanneer mag ik met pensioen, ik ben geboren in 1960",
        "expected": ["aow-leeftijd"],
    },
    {
        "message": "Wij willen na ons pensioen naar Spanje verhuizen. Houden we dan onze AOW?",
        "expected": ["aow-buitenland-wonen"],
    },
    {
        "message": "ik heb 8 jaar in australie gewoond en gewerkt. krijg ik daardoor straks minder aow??",
        "expected": ["aow-opbouw-buitenland"],
    },
    {
        "message": "Ik ga volgend jaar met AOW maar mijn vrouw is 5 jaar jonger en heeft geen inkomen. Krijgen we dan nog genoeg om van te leven? Vroeger was er toch een toeslag?",
        "expected": ["aow-partner-jonger", "aow-bedrag-samenwonen"],
    },
    {
        "message": "mijn moeder (72) komt bij ons inwonen omdat ze niet meer alleen kan. wordt haar aow dan lager omdat ze niet meer alleen woont?",
        "expected": ["aow-bedrag-samenwonen"],
    },
    # --- kinderbijslag ---
    {
        "message": "mijn zoon is 16 en wil stoppen met school om te gaan werken bij een garage. krijg ik dan nog kinderbijslag?",
        "expected": ["kinderbijslag-16-17-jaar"],
    },
    {"message": "kinderbijslag tot welke leeftijd", "expected": ["kinderbijslag-leeftijd"]},
    {
        "message": "mijn dochter (15) gaat een jaar naar een high school in amerika. stopt dan het kindergeld?",
        "expected": ["kinderbijslag-kind-buitenland"],
    },
    {
        "message": "we zijn gescheiden en de kinderen wonen om de week bij ons allebei. wie van ons krijgt het kindergeld",
        "expected": ["kinderbijslag-scheiding"],
    },
    # --- rijbewijs ---
    {"message": "rijbewijs kwijt in spanje", "expected": ["rijbewijs-kwijt-buitenland"]},
    {
        "message": "mijn portemonee is gestolen met mijn rijbewijs erin. moet ik eerst naar de politie voor een nieuwe?",
        "expected": ["rijbewijs-kwijt-gestolen"],
    },
    {
        "message": "ik heb een marokkaans rijbewijs en woon sinds kort in nederland, mag ik daar hier mee rijden?",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
    },
    {
        "message": "heb ik een internationaal rijbewijs nodig als ik in amerika een auto huur",
        "expected": ["rijbewijs-rijden-buitenland"],
    },
    {
        "message": "Mijn zoon van 17 wil autorijden. Mag ik naast hem zitten als begeleider? Ik ben 45 en heb al 25 jaar mijn rijbewijs.",
        "expected": ["rijbewijs-17-begeleid-rijden"],
    },
    {
        "message": "mijn opa wordt 75 en moet gekeurd worden voor zijn rijbewijs, hoe werkt dat precies",
        "expected": ["rijbewijs-75-gezondheidsverklaring", "rijbewijs-verlengen"],
    },
    # --- paspoort / id ---
    {
        "message": "ik ga met mijn 2 kinderen naar turkije zonder mijn man, wat moet ik meenemen voor de douane?",
        "expected": ["kind-reizen-met-een-ouder"],
    },
    {
        "message": "paspoort gestolen op vakantie in thailand en onze vlucht is over 3 dagen!! hoe kom ik thuis",
        "expected": ["paspoort-kwijt-buitenland", "noodpaspoort"],
    },
    {
        "message": "Mijn oma is overleden in Turkije en ik moet morgen vliegen maar mijn paspoort is verlopen. Wat kan ik doen?",
        "expected": ["noodpaspoort"],
    },
    {"message": "id kaart kwijt", "expected": ["paspoort-id-kwijt-nederland"]},
    {
        "message": "kan ik met mijn id kaart naar noorwegen of heb ik een paspoort nodig",
        "expected": ["identiteitskaart-reizen-geldigheid"],
    },
    {
        "message": "moet mijn ex toestemming geven als ik een paspoort voor onze dochter van 7 wil aanvragen?",
        "expected": ["paspoort-id-aanvragen"],
    },
    # --- belasting ---
    {
        "message": "ik kom er niet uit met de belastingaangifte en mis nog papieren van de bank, kan het ook later?",
        "expected": ["belastingaangifte-uitstel"],
    },
    {
        "message": "Mijn vader is in februari overleden. Moet ik nog belastingaangifte voor hem doen en hoe dan?",
        "expected": ["belastingaangifte-overledene"],
    },
    {"message": "hoeveel belasting betaal ik over mijn spaargeld", "expected": ["box-3-vermogen"]},
    {
        "message": "blauwe brief gekregen maar mijn hypotheekrente is niet afgetrokken. hoe kan ik dat laten aanpassen",
        "expected": ["belastingaanslag-bezwaar"],
    },
    {
        "message": "ik moet dit jaar 3000 euro bijbetalen aan de belastingdienst, kan dat in termijnen?",
        "expected": ["belasting-betalingsregeling"],
    },
    # --- studie ---
    {
        "message": "Hallo, mijn zoon gaat in september naar de universiteit. Wanneer moet hij stufi aanvragen?",
        "expected": ["studiefinanciering-aanvragen"],
    },
    {
        "message": "ik verdien maar weinig en kan mijn duo schuld echt niet betalen elke maand",
        "expected": ["studieschuld-draagkracht", "studieschuld-terugbetalen"],
    },
    {
        "message": "krijg ik meer studiefinanciering als ik op kamers ga?",
        "expected": ["basisbeurs-aanvullende-beurs"],
    },
    {
        "message": "kan ik met stufi in belgie gaan studeren, hele bachelor daar",
        "expected": ["studiefinanciering-buitenland"],
    },
    {
        "message": "ik ben juf op een basisschool en wil een master doen. kan ik daar ergens geld voor krijgen?",
        "expected": ["leraar-opleiding-tegemoetkoming"],
    },
    # --- huur ---
    {
        "message": "brief gekregen van de woningcorporatie dat de huur 8% omhoog gaat per juli. dat is toch veel te veel? wat kan ik doen",
        "expected": ["huurverhoging-bezwaar", "huurverhoging-maximum"],
    },
    {
        "message": "we hebben al maanden schimmel in de badkamer en de woningbouw doet niks. ik ben het zat",
        "expected": ["huur-gebreken-verhuurder", "huurcommissie"],
    },
    {
        "message": "wie moet de lekkende kraan betalen, ik of de huisbaas",
        "expected": ["huur-kleine-herstellingen"],
    },
    {
        "message": "Ik ben 2 maanden geleden verhuisd en heb mijn borg nog steeds niet terug van de verhuurder. Mag dat zomaar?",
        "expected": ["huurborg-terugkrijgen"],
    },
    # --- WW ---
    {
        "message": "mijn contract wordt niet verlengd, hoe vraag ik een uitkering aan?",
        "expected": ["ww-aanvragen", "ww-voorwaarden"],
    },
    {
        "message": "Ik word per 1 maart ontslagen na 12 jaar bij dezelfde baas. Hoe lang krijg ik dan WW en hoeveel?",
        "expected": ["ww-duur-hoogte"],
    },
    {"message": "als ik zelf opzeg krijg ik dan ww", "expected": ["ww-zelf-ontslag"]},
    {
        "message": "mag ik met mijn ww uitkering een paar maanden in duitsland gaan solliciteren?",
        "expected": ["ww-werk-zoeken-buitenland"],
    },
    # --- ziekte / arbeidsongeschiktheid ---
    {
        "message": "ik ben al 3 weken ziek thuis, hoe lang moet mijn baas me eigenlijk doorbetalen?",
        "expected": ["ziek-in-loondienst"],
    },
    {
        "message": "mijn tijdelijke contract loopt volgende maand af maar ik ben nog steeds ziek (burn-out). waar krijg ik dan geld van?",
        "expected": ["ziektewet-uitkering", "ziek-in-loondienst"],
    },
    {
        "message": "ik ben nu bijna 2 jaar ziek, wat gebeurt er hierna met mijn inkomen",
        "expected": ["wia-uitkering", "ziek-in-loondienst"],
    },
    {
        "message": "ben zzp'er, wat als ik langdurig ziek word? krijg ik dan iets van uwv?",
        "expected": ["zelfstandige-arbeidsongeschiktheid"],
    },
    # --- verlof ---
    {
        "message": "wanneer gaat mijn zwangerschapsverlof in? ben uitgerekend op 3 oktober",
        "expected": ["zwangerschapsverlof"],
    },
    {
        "message": "hoeveel dagen vrij krijgt de vader na de bevalling?",
        "expected": ["geboorteverlof-partner", "aanvullend-geboorteverlof"],
    },
    {
        "message": "is ouderschapsverlof betaald",
        "expected": ["betaald-ouderschapsverlof", "ouderschapsverlof"],
    },
    {
        "message": "ik ben freelance fotograaf en zwanger, krijg ik ook een soort verlofgeld?",
        "expected": ["zwangerschapsuitkering-zelfstandige"],
    },
    # --- erfenis / testament ---
    {
        "message": "Mijn vriend is plotseling overleden. We woonden 11 jaar samen maar waren niet getrouwd en er is geen testament. Krijg ik iets van de erfenis?",
        "expected": ["erfenis-zonder-testament"],
    },
    {
        "message": "mijn vader is overleden en had volgens mij alleen maar schulden. moet ik die nu betalen??",
        "expected": ["erfenis-verwerpen"],
    },
    {
        "message": "hoeveel belasting betaal je als je erft van je ouders",
        "expected": ["erfbelasting"],
    },
    {
        "message": "hoe weet ik of mijn overleden tante een testament had",
        "expected": ["testament-opvragen"],
    },
    # --- trouwen / partnerschap / scheiden ---
    {
        "message": "we willen in juni trouwen, hoe ver van tevoren moeten we dat bij de gemeente regelen?",
        "expected": ["trouwen-melding"],
    },
    {
        "message": "wij zijn in las vegas getrouwd, telt dat ook in nederland?",
        "expected": ["huwelijk-buitenland-erkenning"],
    },
    {
        "message": "we zijn geregistreerd partners zonder kinderen en willen uit elkaar. moet dat via de rechter?",
        "expected": ["partnerschap-beeindigen", "huwelijk-of-partnerschap"],
    },
    # --- nationaliteit / inburgering ---
    {
        "message": "ik woon nu 6 jaar in nederland met verblijfsvergunning. hoe kan ik een nederlands paspoort krijgen?",
        "expected": ["naturalisatie"],
    },
    {
        "message": "Ik ben in Rotterdam geboren en woon hier mijn hele leven, maar ik heb alleen de Turkse nationaliteit. Kan ik makkelijk Nederlander worden?",
        "expected": ["optieprocedure", "naturalisatie"],
    },
    {
        "message": "moet ik mijn marokkaanse paspoort inleveren als ik nederlander word",
        "expected": ["dubbele-nationaliteit", "naturalisatie"],
    },
    {
        "message": "ik heb van geboorte de nederlandse en canadese nationaliteit en woon al 9 jaar in toronto. kan ik mijn nederlandse nationaliteit kwijtraken?",
        "expected": ["nederlanderschap-verlies-buitenland"],
    },
    {
        "message": "mijn man komt uit syrie en heeft net zijn verblijfsvergunning. moet hij verplicht naar taalles?",
        "expected": ["inburgeringsplicht"],
    },
    # --- vuurwerk ---
    {
        "message": "vanaf hoe laat mag je vuurwerk afsteken met oud en nieuw",
        "expected": ["vuurwerk-afsteken"],
    },
    {"message": "mag mijn zoon van 14 zelf vuurwerk kopen?", "expected": ["vuurwerk-kopen"]},
    {"message": "cobra's uit belgie halen mag dat", "expected": ["vuurwerk-buitenland"]},
    # --- energie ---
    {"message": "subsidie spouwmuurisolatie", "expected": ["isolatie-subsidie"]},
    {
        "message": "ik wil mijn huis isoleren maar heb geen spaargeld. zijn er goedkope leningen voor?",
        "expected": ["energielening-warmtefonds"],
    },
    # --- verkeersboetes ---
    {"message": "flitsboete betalen", "expected": ["verkeersboete-betalen"]},
    {
        "message": "ik ben het niet eens met een snelheidsboete, er stond daar een bord van 80 niet 50. hoe maak ik bezwaar",
        "expected": ["verkeersboete-beroep"],
    },
    {
        "message": "boete uit italie gekregen voor rijden in zo'n ztl zone, moet ik dat echt betalen?",
        "expected": ["verkeersboete-buitenland"],
    },
    {
        "message": "mijn zoon reed met mijn auto door rood en ik krijg de boete. kan ik die op zijn naam laten zetten?",
        "expected": ["verkeersboete-kentekenhouder"],
    },
    # --- zorgverzekering ---
    {"message": "kan ik het eigen risico per maand betalen", "expected": ["eigen-risico-gespreid"]},
    {
        "message": "we verhuizen in augustus naar portugal, moeten we onze zorgverzekering hier opzeggen?",
        "expected": ["zorgverzekering-wonen-buitenland", "emigreren-regelen"],
    },
    # --- leerplicht / school ---
    {
        "message": "mijn zoon is 17 en wil stoppen met school en fulltime werken, mag dat gewoon?",
        "expected": ["leerplicht-leeftijd", "kinderbijslag-16-17-jaar"],
    },
    {
        "message": "mogen we een week eerder op meivakantie? de vliegtickets zijn dan veel goedkoper",
        "expected": ["vakantieverlof-school", "verlof-gewichtige-omstandigheden"],
    },
    {
        "message": "Mijn broer trouwt op een vrijdag. Kan mijn dochter (groep 6) die dag vrij krijgen van school?",
        "expected": ["verlof-gewichtige-omstandigheden"],
    },
    # --- ondernemen ---
    {
        "message": "hoe start ik als zzp'er? moet ik me ergens aanmelden",
        "expected": ["kvk-inschrijven"],
    },
    {
        "message": "ik verkoop zelfgemaakte sieraden als bedrijfje en verdien maar zo'n 5000 euro per jaar. moet ik btw rekenen?",
        "expected": ["kleineondernemersregeling"],
    },
    # --- vrijwilligers / VOG ---
    {
        "message": "de voetbalclub wil dat ik een vog aanvraag omdat ik trainer word van de f-jes. hoe kom ik daaraan en moet ik die zelf betalen?",
        "expected": ["vog-aanvragen", "vog-gratis-vrijwilligers"],
    },
    {
        "message": "hoeveel mag ik krijgen voor vrijwilligerswerk naast mijn ww uitkering",
        "expected": ["vrijwilligersvergoeding"],
    },
    # --- emigreren / remigratie ---
    {
        "message": "We gaan volgend jaar emigreren naar Canada met het hele gezin. Wat moeten we allemaal regelen hier in Nederland?",
        "expected": ["emigreren-regelen"],
    },
    {
        "message": "mijn vader (58, wao uitkering) wil terug naar marokko om daar te gaan wonen. kan hij daar hulp bij krijgen?",
        "expected": ["remigratie"],
    },
    {
        "message": "na 5 jaar dubai kom ik terug naar nl, wat moet ik allemaal regelen",
        "expected": ["terugkeer-nederland"],
    },
    # --- not covered by the corpus ---
    {"message": "hoe kom ik aan een gehandicaptenparkeerkaart voor mijn moeder", "expected": []},
    {"message": "wanneer is de kerstvakantie dit jaar in regio zuid?", "expected": []},
    {
        "message": "mijn ww is bijna op en ik heb nog geen werk. hoe vraag ik bijstand aan bij de gemeente?",
        "expected": [],
    },
    {
        "message": "ik heb een tweedehands auto gekocht, hoe zet ik het kenteken op mijn naam?",
        "expected": [],
    },
    {
        "message": "heb ik recht op verlof van mijn werk om voor mijn zieke moeder te zorgen?",
        "expected": [],
    },
    {"message": "hoeveel wegenbelasting betaal ik voor een elektrische auto", "expected": []},
    {
        "message": "mijn vriendin woont in marokko, hoe kan ze hier bij mij in nederland komen wonen?",
        "expected": [],
    },
    {"message": "hoe regel ik dat ik orgaandonor word", "expected": []},
    {"message": "hoe lang is de wachtlijst voor een sociale huurwoning?", "expected": []},
    {
        "message": "krijg ik dit jaar weer de energietoeslag van de gemeente? ik heb een laag inkomen",
        "expected": [],
    },
    {
        "message": "kan ik de achternaam van mijn kind laten veranderen na de scheiding",
        "expected": [],
    },
    {"message": "mag ik met rijbewijs b een aanhanger van 1500 kilo trekken?", "expected": []},
]
