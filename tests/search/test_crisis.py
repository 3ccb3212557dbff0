"""Someone in danger or crisis gets the national help lines first, on every channel."""

import json

import pytest

from search.crisis import Crisis, crisis_in
from search.models import SearchEvent
from tests.kennisbank.factories import AnswerPageFactory


@pytest.mark.parametrize(
    ("message", "crisis"),
    [
        ("ik wil niet meer leven", Crisis.SUICIDE),
        ("Zelfmoord", Crisis.SUICIDE),
        ("ik wil mezelf iets aandoen", Crisis.SUICIDE),
        ("Mijn leven beëindigen, hoe?", Crisis.SUICIDE),
        ("mijn man slaat mij", Crisis.VIOLENCE),
        ("ik word bedreigd door mijn ex", Crisis.VIOLENCE),
        ("ik maak me zorgen, is dit kindermishandeling?", Crisis.VIOLENCE),
        ("er is brand!", Crisis.EMERGENCY),
        ("ik ruik gas in de keuken", Crisis.GAS),
        ("ik zie het niet meer zitten", Crisis.SUICIDE),
        ("ik wil er een eind aan maken", Crisis.SUICIDE),
        ("einde aan m'n leven", Crisis.SUICIDE),
        ("mijn man heeft mij geslagen", Crisis.VIOLENCE),
        ("ik word thuis mishandeld", Crisis.VIOLENCE),
        ("ons huis staat in de fik", Crisis.EMERGENCY),
        # Anywhere in a chat message, also after 200 letters.
        ("Ik heb al heel lang problemen. " * 8 + "ik wil niet meer leven", Crisis.SUICIDE),
    ],
)
def test_a_crisis_is_recognised(message, crisis):
    assert crisis_in(message) == crisis


@pytest.mark.parametrize(
    "message",
    [
        "brandveiligheid van mijn restaurant",
        "mag ik een brandgang afsluiten",
        "een boom van de gemeente bedreigt ons huis",
        # In the chat a false alarm takes the place of the answer.
        "ik kan niet meer leven van mijn uitkering",
        "ik wil dood hout laten ophalen",
        "na de brand in ons huis, waar kunnen we tijdelijk wonen?",
        "er is brandgevaar in de flat",
        "ik heb een hartaanval gehad, kan ik een gehandicaptenparkeerkaart krijgen?",
        "ik heb een noodgeval: mijn paspoort is verlopen",
        "er wordt ingebroken in onze straat",
        "ik voel me bedreigd door mijn buurman, kan buurtbemiddeling helpen?",
        "onze hond is dood, moet ik nog hondenbelasting betalen",
        "ik heb een gasfles over, waar laat ik die",
        "paspoort aanvragen",
        "",
    ],
)
def test_everyday_questions_are_no_crisis(message):
    assert crisis_in(message) is None


@pytest.fixture
def death_answer(index, contact_settings):
    # Shares a word with "zelfmoord" by meaning: the answer that hurt when it was suggested.
    return AnswerPageFactory(
        parent=index,
        title="Hoe doe ik aangifte van een overlijden?",
        short_answer="De uitvaartondernemer doet meestal de aangifte van overlijden.",
    )


def chat(client, message):
    body = json.dumps({"message": message})
    return client.post("/api/chat/", body, content_type="application/json").json()


@pytest.mark.django_db
class TestChannels:
    def test_the_chat_gives_the_help_lines_first_and_nothing_else(self, client, death_answer):
        data = chat(client, "ik wil niet meer leven, zelfmoord")
        assert data["reply"].startswith("Denkt u aan zelfdoding?")
        assert data["answer"] is None and data["suggestions"] == []
        channels = data["handoff"]["channels"]
        assert [(channel["name"], channel["href"]) for channel in channels[:2]] == [
            ("113 Zelfmoordpreventie", "tel:08000113"),
            ("112", "tel:112"),
        ]
        assert channels[0]["always_available"] is True
        # The municipality's own channels still follow.
        assert "Telefoon" in [channel["name"] for channel in channels]
        # Health data: not kept in the search analytics.
        assert not SearchEvent.objects.exists()

    def test_a_gas_smell_gets_the_gas_emergency_number_before_112(self, client, death_answer):
        data = chat(client, "het ruikt naar gas in de hal")
        assert data["reply"].startswith("Ruikt u gas?")
        assert [channel["href"] for channel in data["handoff"]["channels"][:2]] == [
            "tel:08009009",
            "tel:112",
        ]

    def test_the_chat_page_without_javascript_links_the_help_line(self, client, death_answer):
        html = client.post("/digitale-assistent/", {"message": "mijn man slaat mij"}).content
        html = html.decode()
        assert "Veilig Thuis" in html
        assert 'href="tel:08002000"' in html

    def test_the_search_page_puts_the_help_lines_above_everything(self, client, death_answer):
        response = client.get("/zoeken/", {"q": "zelfmoord"})
        html = response.content.decode()
        # Right under the search box, where the results would start.
        main = html.split('id="zoekvraag"', 1)[1]
        assert main.index("site-help-lines") < main.index("0800-0113") < main.index("</main>")
        assert 'href="tel:08000113"' in html
        assert "Hoe doe ik aangifte van een overlijden?" not in html
        assert "We hebben geen goed antwoord" not in html
        assert not SearchEvent.objects.exists()

    def test_the_search_api_keeps_no_crisis_search_either(self, client, death_answer):
        assert client.get("/api/search/", {"q": "zelfmoord"}).status_code == 200
        assert not SearchEvent.objects.exists()

    def test_an_everyday_search_shows_no_help_lines(self, client, death_answer):
        html = client.get("/zoeken/", {"q": "aangifte overlijden"}).content.decode()
        assert "0800-0113" not in html
        assert SearchEvent.objects.count() == 1
