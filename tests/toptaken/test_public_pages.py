import re

import pytest

from tests.kennisbank.factories import AnswerPageFactory
from tests.toptaken.factories import InformationPageFactory, TopTaskPageFactory
from toptaken.models import TopTaskAnswer

SECRET_NOTE = "WERKINSTRUCTIE-GEHEIM-4711"


@pytest.fixture
def site_pages(home, index, contact_settings):
    answer = AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een paspoort aan?",
        slug="paspoort-aanvragen",
        short_answer="U vraagt een paspoort aan bij de balie in het Stadhuis.",
        internal_notes=f"<p>{SECRET_NOTE}: controleer de BRP-applicatie.</p>",
        body=[
            {"type": "paragraph", "value": "<p>Neem een pasfoto mee.</p>"},
            {"type": "contact", "value": {"intro": ""}},
        ],
    )
    task = TopTaskPageFactory(
        parent=home, title="Paspoort en ID-kaart", slug="paspoort-en-id-kaart"
    )
    TopTaskAnswer.objects.create(page=task, answer=answer)
    home.other_topics = [{"type": "topic", "value": {"heading": "Reizen", "answers": [answer.pk]}}]
    home.save_revision().publish()
    privacy = InformationPageFactory(parent=home)
    return {"home": home, "index": index, "answer": answer, "task": task, "privacy": privacy}


@pytest.mark.django_db
class TestPublicPages:
    @pytest.mark.parametrize("name", ["home", "index", "answer", "task", "privacy"])
    def test_every_page_type_renders_for_anonymous_citizens(self, client, site_pages, name):
        response = client.get(site_pages[name].url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1") == 1
        assert 'href="#inhoud"' in html  # skip link
        assert '<html lang="nl"' in html

    def test_home_shows_search_first_then_top_tasks_and_topics(self, client, site_pages):
        html = client.get("/").content.decode()
        assert (
            html.index('role="search"') < html.index("Paspoort en ID-kaart") < html.index("Reizen")
        )

    def test_the_footer_contacts_can_be_tapped_and_lead_to_all_hours(self, client, site_pages):
        html = client.get("/").content.decode()
        footer = html.split('<footer class="utrecht-page-footer">', 1)[1]
        assert 'href="tel:140123"' in footer
        assert 'href="mailto:info@voorbeeldstad.example"' in footer
        assert 'href="/contact/"' in footer

    def test_the_footer_leads_developers_to_the_open_api(self, client, site_pages):
        footer = client.get("/").content.decode().split('<footer class="utrecht-page-footer">')[1]
        link = re.search(r'<a [^>]*href="(/api/openapi\.json)"[^>]*>([^<]+)</a>', footer)
        assert link.group(2) == "Open data: de API van deze antwoorden"
        assert client.get(link.group(1)).json()["openapi"].startswith("3.")

    def test_top_task_lists_its_key_answers_with_short_answer(self, client, site_pages):
        html = client.get(site_pages["task"].url).content.decode()
        assert "Hoe vraag ik een paspoort aan?" in html
        assert "U vraagt een paspoort aan bij de balie" in html

    def test_answer_page_shows_short_and_full_answer_and_contact(self, client, site_pages):
        html = client.get("/vragen/paspoort-aanvragen/").content.decode()
        assert "U vraagt een paspoort aan bij de balie in het Stadhuis." in html
        assert "Neem een pasfoto mee." in html
        assert "14 0123" in html

    def test_unpublished_answer_is_not_public(self, client, site_pages):
        site_pages["answer"].unpublish()
        assert client.get("/vragen/paspoort-aanvragen/").status_code == 404
        assert (
            "Hoe vraag ik een paspoort aan?"
            not in client.get(site_pages["task"].url).content.decode()
        )

    def test_search_page_renders_with_and_without_query(self, client, site_pages):
        assert client.get("/zoeken/").status_code == 200
        response = client.get("/zoeken/", {"q": "paspoort"})
        assert response.status_code == 200
        assert "Hoe vraag ik een paspoort aan?" in response.content.decode()

    @pytest.mark.parametrize(
        "query",
        [
            "",
            "   ",
            "\x00paspoort",
            "AND OR NOT",
            '"(*:-',
            "x" * 10_000,
            "🙂🙂",
            "'; DROP TABLE x; --",
            "مرحبا",
        ],
    )
    def test_search_page_survives_bad_input(self, client, site_pages, query):
        assert client.get("/zoeken/", {"q": query}).status_code == 200

    def test_unknown_page_gives_the_dutch_404_page(self, client, site_pages):
        response = client.get("/bestaat-niet/")
        assert response.status_code == 404
        assert "Pagina niet gevonden" in response.content.decode()

    def test_page_makes_no_third_party_requests(self, client, site_pages):
        html = client.get(site_pages["answer"].url).content.decode()
        for attribute in ('src="http', "src='http", 'href="//', "@import"):
            assert attribute not in html
        assert all('href="/' in tag or 'href="#' in tag for tag in html.split("<link")[1:])


@pytest.mark.django_db
class TestInternalNotesStayInternal:
    def test_no_public_response_contains_internal_notes(self, client, site_pages):
        urls = [page.url for page in site_pages.values()]
        # The notes contain "BRP-applicatie": searching for it must not reveal the rest of the note.
        urls += ["/zoeken/?q=paspoort", "/zoeken/?q=BRP-applicatie", "/vragen/?voor=inwoners"]
        for url in urls:
            assert SECRET_NOTE not in client.get(url).content.decode(), url

    def test_internal_notes_are_not_searchable_publicly(self, client, site_pages):
        html = client.get("/zoeken/", {"q": SECRET_NOTE}).content.decode()
        assert "Hoe vraag ik een paspoort aan?" not in html
