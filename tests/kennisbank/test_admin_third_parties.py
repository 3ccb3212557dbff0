"""The admin asks no other website for anything: no avatars, no version check."""

import pytest

from tests.kennisbank.factories import UserFactory


@pytest.mark.django_db
def test_the_dashboard_calls_no_other_website(client):
    # Superusers are the ones Wagtail shows the upgrade check and avatars to.
    client.force_login(UserFactory(is_superuser=True, email="beheer@zuidwaarde.nl"))
    page = client.get("/admin/").content.decode()
    assert 'data-controller="w-upgrade' not in page
    assert "gravatar" not in page
