"""The KCC workbench with the keyboard alone, in headless Chromium: log in, "/" to search,
live results, arrow down and Enter to open an answer with its work instruction, Escape back,
and register the contact moment without touching the mouse.

Unlike the other browser tests these write (a login session, a contact moment), so they run
outside a test transaction: the test settings' SQLite begins every transaction IMMEDIATE, and
the test's own would lock the live server out. The package's site_url fixture restores the
database afterwards, as it does for everything the browser tests leave behind.
"""

from urllib.parse import urlsplit

import pytest

from kennisbank.models import AnswerPage, ContactRegistration
from tests.browser.harness import axe_violations
from tests.kennisbank.factories import agent

# The marker makes pytest-django create the test database, also when only this file runs.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "voorbeeldstad"  # as the factories set it


@pytest.fixture(scope="module")
def agent_login(site_url, django_db_blocker):
    with django_db_blocker.unblock():
        user = agent(username="kcc-browser")
    return user.username


@pytest.fixture
def _django_db_helper(django_db_setup, django_db_blocker):
    """Replaces pytest-django's fixture of this name, which wraps each test in a transaction:
    database access without one (see the module docstring)."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def database(django_db_blocker):
    """Reads in the test itself, outside any transaction."""
    return django_db_blocker.unblock


@pytest.fixture
def tab(browser, site_url, agent_login):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.problems = []
    page.outside = []
    page.on(
        "console", lambda message: message.type == "error" and page.problems.append(message.text)
    )
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    site = urlsplit(site_url).netloc
    page.on(
        "request",
        lambda request: urlsplit(request.url).netloc != site and page.outside.append(request.url),
    )
    yield page
    context.close()


def log_in(page, site_url, username):
    page.goto(site_url + "/werkplek/")
    assert "/admin/login/?next=/werkplek/" in page.url
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "/werkplek/")


def focused(page):
    return page.evaluate(
        "() => [document.activeElement.tagName, document.activeElement.id,"
        " document.activeElement.textContent.trim()]"
    )


def test_find_open_and_register_by_keyboard(tab, site_url, agent_login, database):
    page = tab
    log_in(page, site_url, agent_login)
    with database():
        passport = AnswerPage.objects.get(slug="paspoort-aanvragen")
        registrations_before = set(ContactRegistration.objects.values_list("pk", flat=True))

    # The box has focus on load; the documented "/" then types no slash into the query.
    assert focused(page)[1] == "wb-zoekvraag"
    page.keyboard.press("/")
    assert page.locator("#wb-zoekvraag").input_value() == ""

    # "/" focuses the search box from anywhere on the page.
    page.locator("main").focus()
    page.keyboard.press("/")
    assert focused(page)[1] == "wb-zoekvraag"

    # Results appear while typing, without a page load.
    page.keyboard.type("paspoort aanvragen", delay=20)
    first = page.locator("[data-wb-result]").first
    first.wait_for()
    assert "/werkplek/" in page.url and "q=paspoort" in page.url
    assert page.get_by_role("status").first.inner_text().endswith("gevonden")

    # Arrow down to the first result, Enter opens it, with the work instruction.
    page.keyboard.press("ArrowDown")
    assert focused(page)[2] == passport.title
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/werkplek/antwoord/{passport.pk}/**")
    assert page.locator("h1").inner_text() == passport.title
    notes = page.locator(".wb-notes")
    assert notes.is_visible()
    assert "BRP-applicatie" in notes.inner_text()

    # Escape goes back to the results.
    page.keyboard.press("Escape")
    page.wait_for_url("**/werkplek/?q=paspoort*")
    assert page.locator("[data-wb-result]").first.is_visible()

    # Escape leaves the search box; "c" jumps to the contact moment.
    page.keyboard.press("Escape")
    page.keyboard.press("c")
    assert focused(page)[1] == "wb-contact-channel_0"
    page.keyboard.press("ArrowRight")  # phone -> counter, chosen by moving there
    page.keyboard.press("Tab")  # the answer just opened, to tick
    assert focused(page)[1] == "wb-contact-answers_0"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the question: not needed, an answer fitted
    page.keyboard.press("Tab")  # the result
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # department
    page.keyboard.press("Tab")  # "Registreren"
    assert focused(page)[2] == "Registreren"
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "/werkplek/")
    assert "Het contactmoment is geregistreerd." in page.locator("main").inner_text()

    with database():
        [registration] = ContactRegistration.objects.exclude(pk__in=registrations_before)
        assert registration.channel == "counter"
        assert list(registration.answers.all()) == [passport]
        assert registration.result == "afgehandeld"
    assert page.problems == []
    assert page.outside == []


def test_live_results_stay_after_a_registration_with_errors(tab, site_url, agent_login):
    page = tab
    log_in(page, site_url, agent_login)
    page.locator("#wb-zoekvraag").focus()
    page.keyboard.type("paspoort", delay=20)
    page.locator("[data-wb-result]").first.wait_for()

    # Registered with neither an answer nor a question (only the server checks that): the
    # form comes back with its error, and the results the agent typed for (live, without a
    # page load) are still next to it.
    page.locator("#wb-contact-channel_0").check()
    page.locator("#wb-contact-result_0").check()
    page.get_by_role("button", name="Registreren").click()
    page.wait_for_load_state()
    assert page.locator("[data-wb-invalid]").count() == 1
    assert page.locator("h1").inner_text() == "Resultaten voor “paspoort”"
    assert page.locator("[data-wb-result]").count() > 0
    # The form's 400 status is the one thing Chromium reports.
    assert [problem for problem in page.problems if "status of 400" not in problem] == []

    # Typing another question there: the heading, the tab's title and the address follow it,
    # and the address is the start screen's (reloading the form's address would be an error).
    page.locator("#wb-zoekvraag").fill("")
    page.locator("#wb-zoekvraag").press_sequentially("rijbewijs", delay=20)
    page.wait_for_function(
        "() => document.querySelector('h1').textContent === 'Resultaten voor “rijbewijs”'"
    )
    assert page.title().startswith("Resultaten voor “rijbewijs” | ")
    assert urlsplit(page.url).path == "/werkplek/"
    page.reload()
    assert page.locator("h1").inner_text() == "Resultaten voor “rijbewijs”"


def test_the_workbench_is_accessible_at_an_office_screen(tab, site_url, agent_login, database):
    page = tab
    log_in(page, site_url, agent_login)
    page.goto(site_url + "/werkplek/?q=paspoort")
    assert axe_violations(page) == []
    with database():
        passport = AnswerPage.objects.get(slug="paspoort-aanvragen")
    for path in [
        f"/werkplek/antwoord/{passport.pk}/",
        f"/werkplek/antwoord/{passport.pk}/afdrukken/",
    ]:
        page.goto(site_url + path)
        assert axe_violations(page) == [], path
    # Nothing wider than the screen.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 1366
    assert page.problems == []


def test_copy_gives_the_answer_as_plain_text_without_internal_notes(
    tab, site_url, agent_login, database
):
    page = tab
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    log_in(page, site_url, agent_login)
    with database():
        passport = AnswerPage.objects.get(slug="paspoort-aanvragen")
    page.goto(f"{site_url}/werkplek/antwoord/{passport.pk}/")
    copy = page.get_by_role("button", name="Antwoord kopiëren als tekst")
    copy.focus()
    page.keyboard.press("Enter")
    page.get_by_text("Gekopieerd.").wait_for()
    text = page.evaluate("() => navigator.clipboard.readText()")
    assert text.startswith(f"{passport.title}\n\n{passport.short_answer}")
    assert "- uw oude paspoort" in text
    assert "<" not in text
    assert "BRP-applicatie" not in text
    assert page.problems == []


def test_the_call_back_fields_appear_for_a_call_back_request(tab, site_url, agent_login):
    page = tab
    log_in(page, site_url, agent_login)
    callback = page.locator("[data-wb-callback]")
    assert not callback.is_visible()
    page.get_by_label("Terugbelverzoek", exact=True).check()
    assert callback.is_visible()
    assert page.get_by_label("Naam en telefoonnummer om terug te bellen").is_visible()
    page.get_by_label("Zelf afgehandeld").check()
    assert not callback.is_visible()
