"""Information pages of the demo site. The privacy statement must say exactly what the site
logs; update it whenever logging changes."""

INFORMATION_PAGES = [
    {
        "slug": "privacyverklaring",
        "title": "Privacyverklaring",
        "body": """
<p>Op deze website zoekt u antwoorden op uw vragen aan de gemeente. Wij gaan zorgvuldig om met wat u
hier doet. Op deze pagina leest u wat wij wel en niet bewaren.</p>
<h2>Geen cookies en geen volgers</h2>
<p>Deze website zet geen cookies als u vragen leest of zoekt. Wij gebruiken geen
advertenties, geen statistieken van andere bedrijven en geen lettertypen of scripts van andere
websites. Alles komt van onze eigen server.</p>
<h2>Wat wij bewaren</h2>
<ul>
<li>Onze server houdt een logboek bij van bezochte pagina's, met uw IP-adres. Dat is nodig om
storingen en misbruik te vinden. Wij bewaren dit logboek 14 dagen.</li>
<li>Wat u in het zoekvak typt, bewaren wij nu niet.</li>
</ul>
<h2>Meer weten?</h2>
<p>Heeft u een vraag over privacy? Mail dan naar privacy@voorbeeldstad.example. U kunt ook
bellen met 14 0123.</p>
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
<li>De website werkt ook zonder JavaScript en op een kleine telefoon.</li>
<li>Wij testen elke nieuwe versie automatisch op toegankelijkheid.</li>
</ul>
<h2>Werkt iets niet?</h2>
<p>Kunt u iets niet lezen of gebruiken? Laat het ons weten. Bel 14 0123 of mail naar
info@voorbeeldstad.example. Wij antwoorden binnen 5 werkdagen.</p>
""",
    },
]
