"""Whom the rate limits count: the citizen, also behind the municipality's proxy."""

import logging

import pytest

from django.test import RequestFactory

from search import ratelimit
from search.ratelimit import client_ip


def request_from(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/api/search/", **headers)


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch):
    monkeypatch.setattr(ratelimit, "_warned", set())


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # nginx on the same machine adds the citizen's address last.
        ("127.0.0.1", "203.0.113.7", "203.0.113.7"),
        # What the citizen put in front is theirs to make up; nginx's entry counts.
        ("127.0.0.1", "1.2.3.4, 203.0.113.7", "203.0.113.7"),
        # A proxy that writes the port: a new port is no new citizen.
        ("10.0.0.2", "203.0.113.7:51234", "203.0.113.7"),
        ("10.0.0.2", "[2001:db8::1]:443", "2001:db8::/64"),
        # Not an address: the connection counts.
        ("127.0.0.1", "unknown", "127.0.0.1"),
        # A connection from the internet is no proxy of ours: its header is not believed.
        ("145.21.1.9", "203.0.113.7", "145.21.1.9"),
        # IPv6 by its /64: one household or phone has the whole block.
        ("2001:db8:1:2:3:4:5:6", None, "2001:db8:1:2::/64"),
    ],
)
def test_behind_one_proxy(settings, remote, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from(remote, forwarded)) == expected


def test_two_proxies_take_the_address_the_outer_one_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    request = request_from("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.5")
    assert client_ip(request) == "203.0.113.7"


def test_a_proxy_left_uncounted_is_said_in_the_log_once(settings, caplog):
    settings.TRUSTED_PROXY_COUNT = 0
    caplog.set_level(logging.WARNING)
    for citizen in ("203.0.113.7", "203.0.113.8"):
        assert client_ip(request_from("127.0.0.1", citizen)) == "127.0.0.1"
    assert caplog.text.count("TRUSTED_PROXY_COUNT is 0") == 1


def test_a_proxy_that_adds_nothing_is_said_in_the_log(settings, caplog):
    settings.TRUSTED_PROXY_COUNT = 1
    caplog.set_level(logging.WARNING)
    assert client_ip(request_from("127.0.0.1")) == "127.0.0.1"
    assert "requests carry fewer X-Forwarded-For addresses" in caplog.text
