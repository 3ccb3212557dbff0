import pytest

from django.test import Client, RequestFactory
from django.views.defaults import server_error


def test_500_page_is_dutch_and_needs_no_database():
    # No django_db mark: any database query in the 500 page would fail this test.
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Er ging iets mis" in html
    assert '<html lang="nl"' in html


def test_500_page_has_the_site_design_search_and_contact_without_database(settings):
    settings.MUNICIPALITY_NAME = "Gemeente Zuidwaarde"
    settings.MUNICIPALITY_PHONE = "14 0123"
    settings.MUNICIPALITY_EMAIL = "info@zuidwaarde.example"
    html = server_error(RequestFactory().get("/")).content.decode()
    assert 'href="#inhoud"' in html  # the site's own header, with the skip link
    assert html.count("<h1") == 1
    assert html.count('role="search"') == 1
    assert 'action="/zoeken/"' in html
    # The contact channels live in the database: the page falls back to the general ones
    # from the environment.
    assert "Gemeente Zuidwaarde" in html
    assert 'href="tel:140123"' in html
    assert 'href="mailto:info@zuidwaarde.example"' in html


def test_500_page_invents_no_contact_details_when_none_are_configured(settings):
    settings.MUNICIPALITY_PHONE = settings.MUNICIPALITY_EMAIL = ""
    html = server_error(RequestFactory().get("/")).content.decode()
    assert "tel:" not in html and "mailto:" not in html
    assert "Voorbeeldstad" not in html
    # Nor an empty "Hulp nodig?" section above nothing.
    assert "Hulp nodig" not in html


@pytest.mark.django_db
def test_404_page_offers_search_the_a_to_z_list_and_the_contact_channels(
    client, home, contact_settings
):
    response = client.get("/bestaat-niet/")
    html = response.content.decode()
    assert response.status_code == 404
    assert html.count('role="search"') == 1
    assert 'action="/zoeken/"' in html
    assert 'href="/vragen/"' in html
    assert 'href="tel:140123"' in html  # from Settings → Contact channels


@pytest.mark.django_db
def test_a_form_that_cannot_be_checked_gets_a_dutch_page(home, contact_settings):
    # An editor's login form left open for hours, or a page posted from the browser history.
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "redactie", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Het formulier is verlopen" in html
    assert "DEBUG" not in html and "CSRF" not in html
    # The site's own page (Django renders templates/403_csrf.html), with the contact details.
    assert 'href="tel:140123"' in html
