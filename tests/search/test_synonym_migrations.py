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


national = import_module("search.migrations.0016_national_service_synonyms")


@pytest.mark.django_db
class TestNationalServiceSynonyms:
    def test_groups_and_childcare_words_are_added_once(self):
        SynonymGroup.objects.all().delete()
        childcare = SynonymGroup.objects.create(phrases="kinderopvang, kinderdagverblijf")
        national.add_groups(apps, None)
        national.add_groups(apps, None)
        childcare.refresh_from_db()
        assert childcare.phrases == "kinderopvang, kinderdagverblijf, crèche, kdv"
        assert (
            SynonymGroup.objects.filter(phrases__startswith="kinderbijslag, kindergeld").count()
            == 1
        )

    def test_a_group_whose_word_an_editor_uses_is_left_out(self):
        SynonymGroup.objects.all().delete()
        SynonymGroup.objects.create(phrases="pensioen, aow")
        national.add_groups(apps, None)
        assert not SynonymGroup.objects.filter(phrases__contains="staatspensioen").exists()
        assert SynonymGroup.objects.filter(phrases__startswith="ww, ").exists()


everyday = import_module("search.migrations.0017_everyday_national_names")


@pytest.mark.django_db
class TestEverydayNationalNames:
    def test_groups_are_added_once_and_an_editors_use_wins(self):
        SynonymGroup.objects.all().delete()
        SynonymGroup.objects.create(phrases="chef, baas")
        everyday.add_groups(apps, None)
        everyday.add_groups(apps, None)
        assert SynonymGroup.objects.filter(phrases__startswith="belastingdienst, ").count() == 1
        assert not SynonymGroup.objects.filter(phrases__contains="werkgever").exists()
