"""The admin asks no other website for anything (no avatars, no version check) and shows no
report that stays empty."""

import pytest

from tests.kennisbank.factories import UserFactory


@pytest.mark.django_db
def test_the_dashboard_calls_no_other_website(client):
    # Superusers are the ones Wagtail shows the upgrade check and avatars to.
    client.force_login(UserFactory(is_superuser=True, email="beheer@zuidwaarde.nl"))
    page = client.get("/admin/").content.decode()
    assert 'data-controller="w-upgrade' not in page
    assert "gravatar" not in page


@pytest.mark.django_db
def test_the_reports_menu_has_no_empty_search_terms_report(client):
    client.force_login(UserFactory(is_superuser=True))
    page = client.get("/admin/").content.decode()
    assert "/admin/searchpicks/reports/search-terms/" not in page
    assert "/admin/search/" in page  # our own reports are there


@pytest.mark.django_db
def test_the_login_page_is_in_dutch_and_says_u(client):
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Inloggen bij de Kennisbank" in page
    assert "Wachtwoord" in page and "Password" not in page
    assert 'placeholder="Uw gebruikersnaam"' in page
    assert " je " not in page


@pytest.mark.django_db
def test_the_synonyms_menu_is_not_called_like_the_search_box(client):
    # Wagtail's search box in the same menu is "Zoeken".
    client.force_login(UserFactory(is_superuser=True))
    page = client.get("/admin/").content.decode()
    assert '"name": "zoeken", "label": "Zoekinstellingen"' in page
