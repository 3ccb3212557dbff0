import datetime

import pytest

from wagtail.models import Page, Site

from kennisbank.models import ContactSettings
from tests.kennisbank.factories import KennisbankIndexPageFactory
from tests.toptaken.factories import HomePageFactory


@pytest.fixture
def home(db):
    """A site like a municipality has it: root -> home page (default site) -> answers index."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Voorbeeldstad",
    )
    return home


@pytest.fixture
def index(home):
    return KennisbankIndexPageFactory(parent=home)


@pytest.fixture
def contact_settings(home):
    settings = ContactSettings.for_site(Site.objects.get(root_page=home))
    settings.channels = [
        {
            "type": "channel",
            "value": {
                "name": "Telefoon",
                "kind": "phone",
                "contact": "14 0123",
                "note": "",
                "hours": [
                    {
                        "weekday": str(day),
                        "opens": datetime.time(8, 30),
                        "closes": datetime.time(17, 0),
                    }
                    for day in range(5)
                ],
            },
        },
        {
            "type": "channel",
            "value": {
                "name": "E-mail",
                "kind": "email",
                "contact": "info@voorbeeldstad.example",
                "note": "",
                "hours": [],
            },
        },
    ]
    settings.closed_days = [
        {"type": "day", "value": {"date": datetime.date(2026, 12, 25), "label": "Eerste Kerstdag"}}
    ]
    settings.save()
    return settings


@pytest.fixture(autouse=True)
def fresh_search_index():
    """Each test starts with an empty in-process search index (ids are reused across tests)."""
    from search.index import reset_index

    reset_index()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: chat sessions, rate-limit counters and cached
    report groupings of one test must not leak into the next."""
    from django.core.cache import cache

    cache.clear()
