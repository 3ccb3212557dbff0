"""The workbench pages (search/workbench/views.py): start screen, results, the answer with
everything an agent needs, the print view, and analytics for settled searches only."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone

from search.models import Channel, ClickEvent, SearchEvent
from tests.kennisbank.factories import published_answer
from tests.search.workbench.conftest import NOTE

START = reverse("workbench:start")
LIVE = reverse("workbench:search")


def answer_url(answer):
    return reverse("workbench:answer", args=[answer.pk])


@pytest.mark.django_db
class TestSearching:
    def test_the_start_screen_puts_the_cursor_in_the_search_box(self, logged_in):
        html = logged_in.get(START).content.decode()
        assert 'id="wb-zoekvraag"' in html
        assert "data-wb-search autofocus" in html
        assert "Typ een vraag of een paar woorden" in html

    def test_a_submitted_search_shows_results_and_is_counted_once(self, logged_in, passport):
        response = logged_in.get(START, {"q": "paspoort aanvragen"})
        html = response.content.decode()
        assert passport.title in html
        assert "1 antwoord gevonden" in html
        event = SearchEvent.objects.get()
        assert event.channel == Channel.WORKBENCH
        assert event.result_ids == [passport.pk]
        # The result links carry the search, so coming back to it counts nothing new.
        assert f"zoekactie={event.token.hex}" in html
        logged_in.get(START, {"q": "paspoort aanvragen", "zoekactie": event.token.hex})
        assert SearchEvent.objects.count() == 1

    def test_live_results_while_typing_are_not_counted(self, logged_in, passport, dog_tax):
        for typed in ["pa", "pasp", "paspoort"]:
            data = logged_in.get(LIVE, {"q": typed}).json()
        assert data["count"] == 1
        assert data["status"] == "1 antwoord gevonden"
        assert passport.title in data["html"]
        assert "data-wb-result" in data["html"]
        assert not SearchEvent.objects.exists()

    def test_live_results_bring_their_heading(self, logged_in, passport):
        data = logged_in.get(LIVE, {"q": "rijbewijs verlopen"}).json()
        assert data["heading"] == "Resultaten voor “rijbewijs verlopen”"
        assert logged_in.get(LIVE, {"q": ""}).json()["heading"] == "Antwoord zoeken"

    def test_back_to_live_results_after_opening_one_counts_the_search_once(
        self, logged_in, passport
    ):
        url = reverse("workbench:open", args=[passport.pk])
        logged_in.get(url, {"q": "paspoort", "positie": "1"})
        token = SearchEvent.objects.get().token.hex
        # The address workbench.js wrote for the live results, as Back or a reload shows it.
        html = logged_in.get(START, {"q": "paspoort", "live": "1"}).content.decode()
        assert SearchEvent.objects.count() == 1
        # Its links carry the search, so a second result opened is only a click.
        assert f"zoekactie={token}" in html
        # Live results nobody opened are not settled: not counted either.
        logged_in.get(START, {"q": "hondenbelasting", "live": "1"})
        assert SearchEvent.objects.count() == 1
        # Typed again and submitted, it is a new search.
        logged_in.get(START, {"q": "paspoort"})
        assert SearchEvent.objects.count() == 2

    def test_a_search_without_results_offers_to_register_the_question(self, logged_in, passport):
        html = logged_in.get(START, {"q": "ijsbaan"}).content.decode()
        assert "Geen antwoord gevonden" in html
        assert 'value="ijsbaan"' in html  # the question of the contact form, filled in
        assert SearchEvent.objects.get().outcome == "no_results"

    def test_opening_a_live_result_counts_the_search_and_the_click(self, logged_in, passport):
        url = reverse("workbench:open", args=[passport.pk])
        response = logged_in.get(url, {"q": "paspoort", "positie": "1"})
        event = SearchEvent.objects.get()
        assert event.channel == Channel.WORKBENCH
        click = ClickEvent.objects.get()
        assert (click.search_id, click.page_id, click.rank) == (event.pk, passport.pk, 1)
        assert response.status_code == 302
        assert response.url == f"{answer_url(passport)}?q=paspoort&zoekactie={event.token.hex}"

    def test_opening_a_second_result_of_a_counted_search_counts_only_the_click(
        self, logged_in, passport
    ):
        logged_in.get(START, {"q": "paspoort"})
        token = SearchEvent.objects.get().token.hex
        url = reverse("workbench:open", args=[passport.pk])
        logged_in.get(url, {"q": "paspoort", "positie": "1", "zoekactie": token})
        assert SearchEvent.objects.count() == 1
        assert ClickEvent.objects.get().rank == 1

    def test_the_answer_leads_back_to_the_same_results(self, logged_in, passport):
        html = logged_in.get(answer_url(passport), {"q": "paspoort", "zoekactie": "ab12"}).content
        assert b'href="/werkplek/?q=paspoort&amp;zoekactie=ab12" data-wb-back' in html

    def test_nothing_personal_reaches_the_analytics(self, logged_in, passport):
        logged_in.get(START, {"q": "paspoort kwijt bsn 111222333"})
        assert "111222333" not in SearchEvent.objects.get().query


@pytest.mark.django_db
class TestAnswer:
    def test_everything_an_agent_needs(self, logged_in, passport, dog_tax, contact_settings):
        passport.related_answer_links.create(answer=dog_tax)
        passport.save_revision().publish()
        response = logged_in.get(answer_url(passport))
        html = response.content.decode()
        assert f'<h1 class="wb-heading">{passport.title}</h1>' in html
        assert passport.short_answer in html
        assert "U heeft uw DigiD nodig." in html  # the full answer
        assert 'class="wb-notes"' in html and NOTE in html  # the work instruction, highlighted
        assert "Burgerzaken" in html and "Teamtelefoon Burgerzaken: 1234" in html
        assert "Volgende herziening op" in html
        assert "Let op:" not in html
        assert f'href="{answer_url(dog_tax)}"' in html  # related, opened in the workbench
        assert "14 0123" in html and "info@voorbeeldstad.example" in html  # contact channels
        assert reverse("workbench:print", args=[passport.pk]) in html
        assert "data-wb-copy" in html

    def test_a_clear_warning_when_the_review_date_has_passed(self, logged_in, index, burgerzaken):
        old = published_answer(
            index, burgerzaken, review_date=timezone.localdate() - datetime.timedelta(days=40)
        )
        html = logged_in.get(answer_url(old)).content.decode()
        assert 'class="wb-alert wb-alert--warning"' in html
        assert "Herziening verlopen sinds" in html
        assert "Dit antwoord klopt misschien niet meer" in html

    def test_results_say_which_answers_need_care_and_which_are_recommended(
        self, logged_in, index, burgerzaken, passport
    ):
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        overdue = published_answer(
            index,
            burgerzaken,
            title="Paspoort kwijt of gestolen",
            review_date=timezone.localdate() - datetime.timedelta(days=40),
        )
        SearchPromotion.objects.create(
            query=Query.objects.create(query_string="paspoort"), page=passport, sort_order=0
        )
        html = logged_in.get(LIVE, {"q": "paspoort"}).json()["html"]
        assert html.count("Aanbevolen door de redactie") == 1
        assert html.count("Herziening verlopen sinds") == 1
        type(burgerzaken).objects.filter(pk=burgerzaken.pk).update(is_active=False)
        html = logged_in.get(LIVE, {"q": "paspoort kwijt"}).json()["html"]
        assert "Zonder actieve eigenaar" in html
        assert overdue.title in html

    def test_the_copy_text_is_plain_and_without_internal_notes(self, logged_in, passport):
        text = logged_in.get(answer_url(passport)).context["plain_text"]
        assert text.startswith("Hoe vraag ik een paspoort aan?\n\nU vraagt een paspoort aan")
        assert "<" not in text
        assert NOTE not in text

    def test_the_print_view_is_for_the_citizen(self, logged_in, passport, contact_settings):
        html = logged_in.get(reverse("workbench:print", args=[passport.pk])).content.decode()
        assert passport.title in html and passport.short_answer in html
        assert "14 0123" in html
        assert NOTE not in html
        assert "fotomatrix" not in html

    def test_printed_links_show_their_full_address(self, logged_in, index, burgerzaken):
        answer = published_answer(
            index,
            burgerzaken,
            body=[
                {
                    "type": "paragraph",
                    "value": '<p>Lees ook <a href="/vragen/paspoort-kwijt/">paspoort kwijt</a>.</p>',
                }
            ],
        )
        html = logged_in.get(reverse("workbench:print", args=[answer.pk])).content.decode()
        assert 'href="http://testserver/vragen/paspoort-kwijt/"' in html
        assert 'href="/vragen/' not in html

    def test_links_to_other_answers_stay_in_the_workbench(
        self, logged_in, index, burgerzaken, dog_tax
    ):
        """The agent keeps the other answer's work instruction in view; the public site would
        show it without."""
        link = f'<a linktype="page" id="{dog_tax.pk}">hondenbelasting</a>'
        answer = published_answer(
            index,
            burgerzaken,
            body=[
                {"type": "paragraph", "value": f"<p>Zie {link}.</p>"},
                {"type": "answer_link", "value": {"answer": dog_tax.pk, "label": "Kosten"}},
            ],
            internal_notes=f"<p>Vraag ook naar {link}.</p>",
        )
        html = logged_in.get(answer_url(answer)).content.decode()
        assert html.count(f'href="{answer_url(dog_tax)}"') == 3
        assert f'href="{dog_tax.url}"' not in html
        # The public page itself is still one link away, on purpose.
        assert "Pagina op de website" in html

    def test_unpublished_answers_are_not_shown(self, logged_in, passport):
        passport.unpublish()
        assert logged_in.get(answer_url(passport)).status_code == 404


@pytest.mark.django_db
class TestStartScreen:
    def test_recently_opened_answers_most_recent_first(self, logged_in, passport, dog_tax):
        logged_in.get(answer_url(passport))
        logged_in.get(answer_url(dog_tax))
        recent = logged_in.get(START).context["recent"]
        assert recent == [dog_tax, passport]

    def test_each_agent_has_their_own_recent_answers(self, client, logged_in, passport, kcc):
        from tests.kennisbank.factories import agent

        logged_in.get(answer_url(passport))
        client.logout()
        client.force_login(agent())
        assert client.get(START).context["recent"] == []

    def test_frequently_searched_today_on_every_channel(self, logged_in, passport):
        now = timezone.now()
        for channel, query, count in [
            (Channel.WEBSITE, "paspoort", 2),
            (Channel.CHATBOT, "paspoort", 2),
            (Channel.WEBSITE, "grofvuil", 3),
            (Channel.API, "jan jansen", 1),  # asked once: never shown
        ]:
            for _ in range(count):
                SearchEvent.objects.create(
                    channel=channel, query=query, normalised_query=query, outcome="results"
                )
        SearchEvent.objects.create(
            channel=Channel.WEBSITE,
            query="hondenbelasting",
            normalised_query="hondenbelasting",
            outcome="results",
            occurred_at=now - datetime.timedelta(days=1),
        )
        frequent = logged_in.get(START).context["frequent"]
        assert frequent == [{"query": "paspoort", "count": 4}, {"query": "grofvuil", "count": 3}]
        html = logged_in.get(START).content.decode()
        assert "Vaak gezocht vandaag" in html
        assert 'href="/werkplek/?q=paspoort"' in html
        assert "jan jansen" not in html
