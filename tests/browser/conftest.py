"""Headless Chromium against a live server, once for the whole package.

The site is built once with the factories (paths as in the demo content, contact channels and
statements from kennisbank/demo_content), served by pytest-django's LiveServer with
production's security headers (harness.browser_site_settings), and read by one browser. The
tests only read pages, so nothing is rebuilt between them; afterwards the database is restored
to what it was.

Without Chromium, axe-core or playwright the tests skip with the reason; with
BROWSER_TESTS=required (set by .ci/run) they fail instead, so CI cannot pass by skipping.
"""

import os
from dataclasses import dataclass, field

import pytest
from pytest_django.live_server_helper import LiveServer

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client, override_settings

from wagtail.models import Page, Site

from kennisbank.demo_content import contact as contact_data
from kennisbank.models import Audience, ContactSettings, MunicipalitySettings
from tests.browser.harness import browser_site_settings, launch, missing_requirements
from tests.kennisbank.factories import AnswerPageFactory, KennisbankIndexPageFactory
from tests.toptaken.factories import HomePageFactory, TopTaskPageFactory
from toptaken import site_setup
from toptaken.demo_content import site as site_data
from toptaken.models import TopTaskAnswer
from toptaken.standard_pages import information_pages


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: runs in headless Chromium (tests/browser)")


@pytest.fixture(scope="package", autouse=True)
def browser_requirements():
    reason = missing_requirements()
    if reason and os.environ.get("BROWSER_TESTS") == "required":
        pytest.fail(f"BROWSER_TESTS=required, but {reason}")
    if reason:
        pytest.skip(f"browser tests need {reason}")


def build_site():
    """The public site in miniature: every page type, every answer block, demo texts."""
    root = Page.get_first_root_node()
    home = HomePageFactory(
        parent=root, title=site_data.HOME["title"], intro=site_data.HOME["intro"]
    )
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name=home.title
    )
    MunicipalitySettings.objects.update_or_create(site=site, defaults=contact_data.MUNICIPALITY)
    contact = ContactSettings.for_site(site)
    contact.channels = [
        {"type": "channel", "value": {**channel, "note": channel.get("note", "")}}
        for channel in contact_data.CONTACT_CHANNELS
    ]
    contact.closed_days = [{"type": "day", "value": day} for day in contact_data.CLOSED_DAYS]
    contact.save()

    index = KennisbankIndexPageFactory(parent=home, intro="Alle vragen aan de gemeente.")
    costs = AnswerPageFactory(
        parent=index,
        title="Wat kost een paspoort of ID-kaart?",
        slug="paspoort-id-kaart-kosten",
        short_answer="Een paspoort kost € 84,70. Een ID-kaart kost € 77,85.",
    )
    passport = AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een paspoort aan?",
        slug="paspoort-aanvragen",
        short_answer="U vraagt een paspoort aan in het Stadhuis. Maak eerst online een afspraak.",
        body=[
            {"type": "paragraph", "value": "<p>U vraagt uw paspoort <b>zelf</b> aan.</p>"},
            {"type": "heading", "value": "Wat neemt u mee?"},
            {"type": "list", "value": ["uw oude paspoort", "een pasfoto", "uw betaalpas"]},
            {"type": "heading", "value": "Zo gaat het"},
            {"type": "steps", "value": ["Maak een afspraak.", "Kom naar het Stadhuis."]},
            {"type": "answer_link", "value": {"answer": costs.pk, "label": ""}},
            {"type": "call_to_action", "value": {"label": "Maak een afspraak", "url": "/"}},
            {"type": "contact", "value": {"intro": "Lukt het niet? Wij helpen u graag."}},
        ],
    )
    AnswerPageFactory(
        parent=index,
        title="Hoe vraag ik een vergunning voor een terras aan?",
        slug="terrasvergunning",
        audience=Audience.BUSINESSES,
    )
    passport.related_answer_links.create(answer=costs)
    passport.save_revision().publish()

    task = TopTaskPageFactory(
        parent=home, title="Paspoort en ID-kaart", slug="paspoort-en-id-kaart"
    )
    TopTaskAnswer.objects.create(page=task, answer=passport)
    task.sections = [
        {"type": "section", "value": {"heading": "Kosten", "answers": [costs.pk]}},
    ]
    task.save_revision().publish()
    TopTaskPageFactory(parent=home, title="Afval en grofvuil", slug="afval-en-grofvuil")
    home.other_topics = [
        {"type": "topic", "value": {"heading": "Reizen", "answers": [passport.pk, costs.pk]}}
    ]
    home.save_revision().publish()
    demo = contact_data.MUNICIPALITY
    site_setup.add_information_pages(
        home,
        information_pages(
            phone=demo["phone"], email=demo["email"], privacy_email=site_data.PRIVACY_EMAIL
        ),
    )


@pytest.fixture(scope="package")
def site_url(browser_requirements, django_db_setup, django_db_blocker):
    """The live server's address. Only for fixtures that also require `db` (like `visit`):
    that is what makes pytest-django create the test database."""
    with django_db_blocker.unblock(), override_settings(**browser_site_settings()):
        # Django's serialized rollback, once for the package instead of per test: the pages
        # must be committed for the server's own connection, and later tests expect the
        # database as the migrations left it.
        snapshot = connection.creation.serialize_db_to_string()
        server = None
        try:
            build_site()
            server = LiveServer("127.0.0.1:0")  # after the settings: it loads the middleware now
            yield server.url
        finally:
            if server:
                server.stop()
            restore(snapshot)


def restore(snapshot):
    # Wagtail's Page and Task look up their content type when instantiated; with the cache warm
    # that needs no query, so loading the snapshot cannot create content types ahead of it.
    ContentType.objects.get_for_models(*apps.get_models())
    call_command(
        "flush", interactive=False, verbosity=0, reset_sequences=False, inhibit_post_migrate=True
    )
    connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture(scope="package")
def editor_session(site_url, django_db_blocker):
    """The session cookie of a logged-in editor, who sees Wagtail's userbar on public pages."""
    with django_db_blocker.unblock():
        editor = get_user_model().objects.create_superuser("redactie", password="voorbeeldstad")
        client = Client()
        client.force_login(editor)
    name = settings.SESSION_COOKIE_NAME
    return {"name": name, "value": client.cookies[name].value, "url": site_url}


@pytest.fixture(scope="package")
def browser(site_url):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses
    # ORM calls (here: each test's transaction) where a loop runs, unless told otherwise.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = launch(playwright)
        yield browser
        browser.close()
        # With the loop running, Django keeps the tests' connections apart from the ones
        # opened before; close them while they can still be reached.
        connections.close_all()


@pytest.fixture(scope="package")
def shared_tab(browser):
    """One tab for the tests that only look: a new one costs a renderer process (~0.25 s)."""
    context = browser.new_context(locale="nl-NL")
    yield context.new_page()
    context.close()


@dataclass
class Visit:
    """One page in a browser tab, with everything it asked for and complained about."""

    page: object
    status: int = 0
    headers: dict = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@pytest.fixture
def visit(browser, shared_tab, site_url, db):
    """visit(public_page, viewport) opens the page in the shared tab; with fresh=True in a new
    browser context, without cache or cookies from earlier tests."""
    fresh_contexts, shared_listeners = [], []

    def open_page(public_page, viewport, *, fresh=False):
        if fresh:
            fresh_contexts.append(browser.new_context(locale="nl-NL"))
            page = fresh_contexts[-1].new_page()
        else:
            page = shared_tab
            page.context.clear_cookies()
            # The chat widget keeps its conversation in the tab's sessionStorage; each test
            # starts a new one. (On the first visit the tab is still blank.)
            if page.url.startswith(site_url):
                page.evaluate("() => window.sessionStorage.clear()")
        page.set_viewport_size(viewport)
        page.set_default_timeout(10_000)
        result = Visit(page=page)
        handlers = {
            "request": lambda request: result.requests.append(request.url),
            "console": lambda message: record_console(result, message, public_page),
            "pageerror": lambda error: result.problems.append(f"uncaught: {error}"),
        }
        for event, handler in handlers.items():
            page.on(event, handler)
            if page is shared_tab:
                shared_listeners.append((event, handler))
        response = page.goto(site_url + public_page.path)
        result.status, result.headers = response.status, response.headers
        if public_page.prepare:
            public_page.prepare(page)
        return result

    yield open_page
    for event, handler in shared_listeners:
        shared_tab.remove_listener(event, handler)
    for context in fresh_contexts:
        context.close()


def record_console(result, message, public_page):
    # Chromium reports the error status of the page itself; that is what a 404 page is for.
    expected = f"status of {public_page.status}"
    if message.type in ("error", "warning") and not (
        public_page.status != 200 and expected in message.text
    ):
        result.problems.append(f"console {message.type}: {message.text}")


@pytest.fixture
def editor_tab(browser, site_url, editor_session, db):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1400, "height": 900})
    context.add_cookies([editor_session])
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems = []
    page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
    yield page, problems
    # Leaving the editor releases its editing session with a beacon the server handles in its
    # own thread; give that write a moment before the test database is torn down (SQLite
    # would report the table locked). Not a timing assertion: only an orderly teardown.
    page.goto("about:blank")
    page.wait_for_timeout(1000)
    context.close()
