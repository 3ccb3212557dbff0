"""`setup_municipality`: a real municipality's site from an empty database, without demo data."""

import io

import lxml.html
import pytest

from django.core.management import CommandError, call_command

from kennisbank.models import AnswerPage, Department, KennisbankIndexPage, MunicipalitySettings
from toptaken.models import HomePage, InformationPage, TopTaskPage

OWMS = "https://standaarden.overheid.nl/owms/terms/Zuidwaarde_(gemeente)"


def setup(**options):
    options.setdefault("email", "info@zuidwaarde.nl")
    output = io.StringIO()
    call_command("setup_municipality", no_input=True, stdout=output, **options)
    return output.getvalue()


@pytest.mark.django_db
def test_an_empty_database_becomes_a_working_dutch_site(client):
    output = setup(
        name="Gemeente Zuidwaarde", owms_id=OWMS, phone="14 0999", email="", top_tasks=True
    )
    assert "Gemeente Zuidwaarde is ingericht." in output
    home = HomePage.objects.get()
    assert home.title == "Gemeente Zuidwaarde"
    assert KennisbankIndexPage.objects.count() == 1
    assert TopTaskPage.objects.count() == 8
    municipality = MunicipalitySettings.objects.get()
    assert (municipality.name, municipality.owms_identifier) == ("Gemeente Zuidwaarde", OWMS)

    html = client.get("/").content.decode()
    assert "Gemeente Zuidwaarde" in html
    assert "Welcome to your new Wagtail site" not in html
    assert "Meest bezocht" in html  # the usual top tasks
    # No contact channels yet: the general number, where "Alle manieren om ons te bereiken"
    # listed nothing.
    contact = lxml.html.fromstring(client.get("/contact/").content)
    [channels] = contact.xpath("//main//ul[contains(@class, 'site-contact__list')]")
    assert channels.xpath(".//a[@href='tel:140999']")
    assert "Voorbeeldstad" not in html
    assert '<html lang="nl"' in html

    privacy = InformationPage.objects.get(slug="privacyverklaring")
    # Only a phone number was given: the statements say to call it, and to mail nowhere.
    assert "Bel dan met 14 0999." in privacy.body
    assert "mailto:" not in privacy.body and "[vul in" not in privacy.body
    accessibility = InformationPage.objects.get(slug="toegankelijkheidsverklaring")
    assert "Bel 14 0999." in accessibility.body and "mailto:" not in accessibility.body
    assert client.get(privacy.url).status_code == 200
    # No demo data: no answers, no departments, no demo accounts.
    assert not AnswerPage.objects.exists()
    assert not Department.objects.exists()


@pytest.mark.django_db
def test_running_it_again_changes_nothing():
    setup(name="Gemeente Zuidwaarde", top_tasks=True)
    setup(name="Gemeente Zuidwaarde", top_tasks=True)
    assert HomePage.objects.count() == 1
    assert InformationPage.objects.count() == 2
    assert TopTaskPage.objects.count() == 8


@pytest.mark.django_db
def test_missing_name_and_bad_values_are_clear_errors():
    with pytest.raises(CommandError, match="Naam van de gemeente is verplicht"):
        setup()
    with pytest.raises(CommandError, match="OWMS-URI is geen geldig webadres"):
        setup(name="Gemeente Zuidwaarde", owms_id="zuidwaarde")
    # Without them the hand-overs and the contact page listed nothing.
    with pytest.raises(CommandError, match="telefoonnummer of e-mailadres is verplicht"):
        setup(name="Gemeente Zuidwaarde", email="")
    assert not HomePage.objects.exists()


@pytest.mark.django_db
def test_the_web_address_is_where_full_links_point(client):
    from wagtail.models import Site

    output = setup(name="Gemeente Zuidwaarde", owms_id=OWMS)
    # Wagtail's own default site is http://localhost: the feed for overheid.nl pointed there.
    assert "Let op: de site heeft nog het adres http://localhost" in output
    output = setup(name="Gemeente Zuidwaarde", url="https://kennisbank.zuidwaarde.nl")
    assert "Let op" not in output
    assert Site.objects.get(is_default_site=True).root_url == "https://kennisbank.zuidwaarde.nl"
    setup(name="Gemeente Zuidwaarde", url="http://kennisbank.intern:8080/")
    assert Site.objects.get(is_default_site=True).root_url == "http://kennisbank.intern:8080"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://[::1]", "http://kb.localhost"])
@pytest.mark.django_db
def test_an_address_of_this_machine_only_is_warned_about(url):
    # As `make run` serves the demo: links in the feed for overheid.nl would lead nowhere.
    output = setup(name="Gemeente Zuidwaarde", url=url)
    assert "Let op: de site heeft nog het adres http://" in output


@pytest.mark.parametrize(
    "url",
    [
        "kennisbank.zuidwaarde.nl",
        "ftp://zuidwaarde.nl",
        "https://x:poort",
        "https://zuidwaarde.nl/kennisbank/",
    ],
)
@pytest.mark.django_db
def test_what_is_no_web_address_of_a_site_is_refused(url):
    with pytest.raises(CommandError, match="Het webadres is niet geldig"):
        setup(name="Gemeente Zuidwaarde", url=url)


@pytest.mark.django_db
def test_https_on_another_port_is_refused():
    # Wagtail would link http://kennisbank.zuidwaarde.nl:8443.
    with pytest.raises(CommandError, match="alleen op poort 443"):
        setup(name="Gemeente Zuidwaarde", url="https://kennisbank.zuidwaarde.nl:8443")


@pytest.mark.django_db
def test_answers_imported_before_the_set_up_stay_on_the_site(client, tmp_path):
    """Importing first (import works on an empty database) left the answers under Wagtail's
    welcome page: after the set-up, no answer had an address."""
    import json

    path = tmp_path / "antwoorden.jsonl"
    answer = {
        "id": "paspoort",
        "title": "Hoe vraag ik een paspoort aan?",
        "body": "U vraagt een paspoort aan bij de balie.\n\nNeem een pasfoto mee.",
        "department": "Burgerzaken",
    }
    path.write_text(json.dumps(answer))
    call_command("import_answers", str(path), "--publish", stdout=io.StringIO())
    setup(name="Gemeente Zuidwaarde")
    page = AnswerPage.objects.get()
    assert page.url is not None
    assert "U vraagt een paspoort aan bij de balie." in client.get(page.url).content.decode()
    assert KennisbankIndexPage.objects.get().get_parent().specific == HomePage.objects.get()


@pytest.mark.django_db
def test_without_top_tasks_the_home_page_has_no_empty_list(client):
    setup(name="Gemeente Zuidwaarde")
    assert not TopTaskPage.objects.exists()
    assert "Meest bezocht" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_with_an_e_mail_address_only_the_statements_say_to_mail_it():
    setup(name="Gemeente Zuidwaarde", email="info@zuidwaarde.nl")
    privacy = InformationPage.objects.get(slug="privacyverklaring")
    link = lxml.html.fromstring(privacy.body).xpath("//a[@href='mailto:info@zuidwaarde.nl']")
    assert [a.text for a in link] == ["info@zuidwaarde.nl"]
    assert "bellen" not in privacy.body and "[vul in" not in privacy.body
