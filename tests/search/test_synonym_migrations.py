"""Starter synonyms added by a migration to a database that already has the list: editors' own
changes win."""

from importlib import import_module

import pytest

from django.apps import apps

from search.models import SynonymGroup

vuil = import_module("search.migrations.0015_vuil_synonym")


@pytest.mark.django_db
class TestVuilSynonym:
    def test_added_to_the_starter_group_once(self):
        SynonymGroup.objects.all().delete()
        group = SynonymGroup.objects.create(phrases="vuilnis, afval, huisvuil, huishoudelijk afval")
        vuil.add_phrase(apps, None)
        vuil.add_phrase(apps, None)
        group.refresh_from_db()
        assert group.phrases == "vuilnis, afval, huisvuil, huishoudelijk afval, vuil"

    def test_an_editors_own_use_of_the_word_wins(self):
        SynonymGroup.objects.all().delete()
        group = SynonymGroup.objects.create(phrases="vuilnis, afval")
        SynonymGroup.objects.create(phrases="vies, vuil")
        vuil.add_phrase(apps, None)
        group.refresh_from_db()
        assert group.phrases == "vuilnis, afval"
