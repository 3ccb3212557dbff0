import datetime

import pytest
from pytest_django.plugin import blocking_manager_key

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put back the rows the migrations made after a test in autocommit.

    Such a test (django_db(transaction=True)) ends with Django emptying every table, the
    root page and the default locale included. Django's own runner and a single pytest
    process run those tests last; `make test` spreads the files over processes, so there
    a test may still follow in the same process and would find no root page. The rows come
    from the snapshot Django takes when it creates the test database, which it takes when
    a test asks for serialized_rollback, as the tests in autocommit here do.
    """
    result = yield
    if nextitem is not None and _in_autocommit(item):
        from django.db import connection

        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    return result


def pytest_collection_modifyitems(items):
    """What running in several processes (`make test`, pytest-xdist) needs of the tests.

    - One id per test: xdist hands tests out by id and runs only one of several that share
      it. Schemathesis' tests (tests/search/test_contract.py), one per API operation, share
      one id under pytest 9; they get the operation as their parameter, as their names have.
    - A test in autocommit asks for serialized_rollback (see pytest_runtest_teardown).
    """
    seen = set()
    for item in items:
        label = getattr(item, "operation_label", None)
        if label and item._id.params is None:
            item._id = item._id.with_params(label)
        if item.nodeid in seen:
            raise pytest.UsageError(f"Two tests share the id {item.nodeid}: one would not run.")
        seen.add(item.nodeid)
        if _in_autocommit(item) and not item.get_closest_marker("django_db").kwargs.get(
            "serialized_rollback"
        ):
            raise pytest.UsageError(
                f"{item.nodeid} runs in autocommit: add serialized_rollback=True, so that the "
                "rows the migrations made can be put back after it (pytest_runtest_teardown)."
            )


def _in_autocommit(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return marker is not None and bool(marker.kwargs.get("transaction"))
