"""The officialese list kept by the Redactie (kennisbank.models.OfficialesePhrase,
kennisbank/readability_check/officialese.py): a change counts in the next check."""

import subprocess
import sys

import pytest

from django.conf import settings
from django.urls import reverse

from kennisbank.models import OfficialesePhrase
from kennisbank.readability.officialese import shipped_entries
from kennisbank.readability_check.analysis import analyse_answer
from tests.kennisbank.factories import department_member, editor

TEXT = "U ontvangt het schrijven binnen twee weken."
THANS = "Het loket is thans gesloten."


def officialese_in(text):
    """(excerpt, suggestion) of the officialese findings in `text`, checked as an answer."""
    overall = analyse_answer(text, None).overall
    return [(f.excerpt, f.suggestion) for f in overall.findings if f.code == "officialese"]


@pytest.mark.django_db
class TestTheList:
    def test_the_shipped_list_is_the_start(self):
        assert OfficialesePhrase.objects.count() == len(shipped_entries())
        verb = OfficialesePhrase.objects.get(phrase="verstrekken")
        assert verb.plain == "geven" and "verstrekt" in verb.forms
        assert officialese_in(THANS) == [("thans", "nu")]

    def test_an_added_phrase_counts_in_the_next_check(self):
        before = analyse_answer(TEXT, None).overall
        assert officialese_in(TEXT) == []

        OfficialesePhrase.objects.create(phrase="het schrijven", plain="de brief")

        after = analyse_answer(TEXT, None).overall
        assert officialese_in(TEXT) == [("het schrijven", "de brief")]
        assert after.difficulty > before.difficulty

    def test_a_deleted_phrase_is_no_longer_flagged(self):
        assert officialese_in(THANS)
        OfficialesePhrase.objects.get(phrase="thans").delete()
        assert officialese_in(THANS) == []

    def test_an_inactive_phrase_is_not_flagged(self):
        phrase = OfficialesePhrase.objects.get(phrase="thans")
        phrase.active = False
        phrase.save()
        assert officialese_in(THANS) == []

    def test_a_changed_alternative_is_suggested(self):
        phrase = OfficialesePhrase.objects.get(phrase="thans")
        phrase.plain = "op dit moment"
        phrase.save()
        assert officialese_in(THANS) == [("thans", "op dit moment")]

    def test_other_forms_are_flagged_too(self):
        OfficialesePhrase.objects.create(
            phrase="opschorten", plain="uitstellen", other_forms="schort op, opgeschort"
        )
        assert officialese_in("De betaling is opgeschort.") == [("opgeschort", "uitstellen")]


@pytest.mark.django_db
class TestAdmin:
    def add_url(self):
        return reverse("wagtailsnippets_kennisbank_officialesephrase:add")

    def test_the_redactie_adds_a_phrase_and_the_panel_flags_it_at_once(self, client):
        client.force_login(editor())
        data = {
            "phrase": "  Het  Schrijven ",
            "plain": "de brief",
            "other_forms": "",
            "active": "on",
        }
        assert client.post(self.add_url(), data).status_code == 302
        assert OfficialesePhrase.objects.filter(phrase="het schrijven").exists()

        response = client.post(reverse("kennisbank:analyse_readability"), {"short_answer": TEXT})
        assert "het schrijven" in response.json()["html"]

    def test_the_list_is_in_the_knowledge_base_menu_of_the_redactie(self, client):
        client.force_login(editor())
        listing = client.get(
            reverse("wagtailsnippets_kennisbank_officialesephrase:list"), {"q": "teneinde"}
        )
        assert listing.status_code == 200
        assert "teneinde" in listing.content.decode()
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Ambtelijke taal" in menu

    def test_a_phrase_of_other_characters_is_refused_in_dutch(self, client):
        client.force_login(editor())
        data = {"phrase": "<b>teneinde</b>", "plain": "om", "other_forms": "", "active": "on"}
        response = client.post(self.add_url(), data)
        assert response.status_code == 200
        assert "Gebruik alleen woorden" in response.content.decode()
        assert not OfficialesePhrase.objects.filter(phrase__contains="<").exists()

    def test_department_members_do_not_edit_the_list(self, client, burgerzaken, index):
        client.force_login(department_member(burgerzaken, index))
        response = client.get(reverse("wagtailsnippets_kennisbank_officialesephrase:list"))
        assert response.status_code in (302, 403)


def test_the_pure_scorer_keeps_its_own_list_without_django():
    script = (
        "import sys\n"
        "from kennisbank.readability import analyse\n"
        "findings = analyse('Het loket is thans gesloten.').findings\n"
        "assert [f.suggestion for f in findings if f.code == 'officialese'] == ['nu']\n"
        "assert not [name for name in sys.modules if name.startswith('django')]\n"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
