"""The privacy statement promises that what citizens type in the search box is not kept: no
search words in the application's logs, whatever the page does with them."""

import logging

import pytest

SEARCH_WORD = "zoekwoordzonderspoor"


@pytest.mark.django_db
def test_search_words_never_reach_the_logs(client, home, index, settings, caplog):
    settings.ROOT_URLCONF = "tests.browser.urls"  # adds a URL that fails
    client.raise_request_exception = False
    caplog.set_level(logging.INFO)  # production's LOG_LEVEL
    for url, status in [
        ("/zoeken/", 200),
        ("/api/search/", 200),
        ("/api/suggest/", 200),
        ("/bestaat-niet/", 404),
        ("/testfout/", 500),
    ]:
        assert client.get(url, {"q": SEARCH_WORD}).status_code == status
    assert "Internal Server Error: /testfout/" in caplog.text  # the logs do run
    assert SEARCH_WORD not in caplog.text
