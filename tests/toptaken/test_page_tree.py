"""Where the public site's pages may be made in the page tree."""

import pytest

from toptaken.models import HomePage, InformationPage, TopTaskPage


@pytest.mark.django_db
class TestPageTree:
    def test_top_tasks_and_information_pages_live_under_the_home_page(self, home, index):
        assert TopTaskPage.can_create_at(home)
        assert InformationPage.can_create_at(home)
        assert not TopTaskPage.can_create_at(index)

    def test_one_home_page(self, home):
        assert not HomePage.can_create_at(home.get_parent())

    def test_a_top_task_says_where_new_answers_are_written(self, admin_client, home):
        # A top task has no pages of its own: editors looked in vain for where to add one.
        response = admin_client.get(f"/admin/pages/add/toptaken/toptaskpage/{home.pk}/")
        assert response.status_code == 200
        assert "Een nieuw antwoord schrijft u in de lijst met antwoorden" in (
            response.content.decode()
        )
