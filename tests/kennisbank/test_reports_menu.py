"""The Reports menu leads to the contact centre's feedback and call-back requests also when
nothing is open: the dashboard shows their panels only while something waits."""

import json
import re

import pytest

from tests.kennisbank.factories import agent


def menu_links(client) -> dict[str, str]:
    """{label: url} of every item in the admin's sidebar menu."""
    html = client.get("/admin/").content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    links = {}

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("label"), str) and isinstance(value.get("url"), str):
                links[value["label"]] = value["url"]
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props[1]))
    return links


@pytest.mark.django_db
def test_a_department_member_reaches_both_pages_when_nothing_is_open(client, member):
    client.force_login(member)
    links = menu_links(client)
    feedback = client.get(links["Feedback van het KCC"]).content.decode()
    assert "Er is geen open feedback. Goed gedaan!" in feedback
    callbacks = client.get(links["Terugbelverzoeken"]).content.decode()
    assert "Niemand wacht op een terugbelverzoek van uw afdeling." in callbacks


@pytest.mark.django_db
def test_an_agent_gets_neither_in_the_menu(client, index):
    client.force_login(agent())
    links = menu_links(client)
    assert "Feedback van het KCC" not in links and "Terugbelverzoeken" not in links


@pytest.mark.django_db
def test_a_department_member_gets_no_wagtail_reports(client, member):
    client.force_login(member)
    links = menu_links(client)
    assert "Leesbaarheid" in links
    for wagtail_report in ("Workflows", "Sitegeschiedenis", "Paginatypegebruik"):
        assert wagtail_report not in links


@pytest.mark.django_db
def test_the_dashboard_has_no_link_to_wagtails_english_guide(client, member):
    client.force_login(member)
    assert "gebruikershandleiding" not in client.get("/admin/").content.decode()
