"""Where each role lands after logging in to the admin (kennisbank.access.login)."""

import pytest

from django.urls import reverse

from tests.kennisbank.factories import DepartmentFactory, agent, department_member, editor

PASSWORD = "voorbeeldstad"  # as the factories set it
LOGIN = reverse("wagtailadmin_login")


def log_in(client, user, **extra):
    """As the login page's form posts it: with the dashboard as "next" unless a page was
    asked for."""
    fields = {"username": user.username, "password": PASSWORD, "next": reverse("wagtailadmin_home")}
    return client.post(LOGIN, {**fields, **extra})


@pytest.mark.django_db
class TestWhereEachRoleStarts:
    def test_a_contact_centre_agent_starts_in_the_workbench(self, client, index):
        response = log_in(client, agent(username="kcc"))
        assert response.status_code == 302
        assert response.url == reverse("workbench:start")

    def test_editors_and_departments_start_on_the_dashboard(self, client, index):
        afval = DepartmentFactory(name="Afval")
        for user in (editor(username="redactie"), department_member(afval, index, username="a")):
            response = log_in(client, user)
            assert response.url == reverse("wagtailadmin_home")
            client.logout()

    def test_a_page_asked_for_comes_first(self, client, index):
        response = log_in(client, agent(username="kcc"), next="/admin/account/")
        assert response.url == "/admin/account/"

    def test_the_form_sends_the_dashboard_as_next(self, client, index):
        html = client.get(LOGIN).content.decode()
        assert f'name="next" value="{reverse("wagtailadmin_home")}"' in html

    def test_a_wrong_password_keeps_the_dutch_form(self, client, index):
        response = client.post(LOGIN, {"username": "kcc", "password": "fout"})
        assert response.status_code == 200
        assert "Wachtwoord" in response.content.decode()
