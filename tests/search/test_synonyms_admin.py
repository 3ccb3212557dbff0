"""Synonym groups in the admin (Zoeken → Synoniemen)."""

import pytest

from django.urls import reverse

from search.models import SynonymGroup
from tests.search.factories import SynonymGroupFactory

ADD = "wagtailsnippets_search_synonymgroup:add"
LIST = "wagtailsnippets_search_synonymgroup:list"


@pytest.mark.django_db
class TestOneGroupPerPhrase:
    def test_a_phrase_in_another_group_is_refused_naming_that_group(self, admin_client):
        SynonymGroupFactory(phrases="zwerfkei, veldkei")
        before = SynonymGroup.objects.count()
        response = admin_client.post(
            reverse(ADD), {"phrases": "Veldkei, keisteen", "is_active": "on"}
        )
        assert response.status_code == 200
        error = " ".join(response.context["form"].errors["phrases"])
        assert "“veldkei” staat al in de synoniemengroep “zwerfkei, veldkei”" in error
        assert SynonymGroup.objects.count() == before

    def test_a_group_may_be_saved_again_with_its_own_phrases(self):
        group = SynonymGroupFactory(phrases="zwerfkei, veldkei")
        group.phrases = "zwerfkei, veldkei, keisteen"
        group.full_clean()

    def test_active_shows_as_yes_or_no_in_dutch(self, admin_client):
        SynonymGroupFactory(phrases="zwerfkei, veldkei")
        content = admin_client.get(reverse(LIST)).content.decode()
        assert ">Ja<" in content
        assert "True" not in content


@pytest.mark.django_db
def test_searching_the_synonym_list_finds_the_group(admin_client):
    SynonymGroupFactory(phrases="zwerfkei, veldkei")
    response = admin_client.get(reverse(LIST), {"q": "veldkei"})
    assert response.status_code == 200
    assert "zwerfkei, veldkei" in response.content.decode()
