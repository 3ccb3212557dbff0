"""Who may use the workbench (search/workbench/access.py): agents, editors, Beheerders and
superusers; anonymous visitors are sent to the login, department members get a 403."""

import pytest

from django.urls import reverse

from tests.kennisbank.factories import editor
from tests.search.workbench.conftest import NOTE

START = reverse("workbench:start")
LOGIN = reverse("wagtailadmin_login")


def workbench_urls(answer):
    return [
        START,
        reverse("workbench:search") + "?q=paspoort",
        reverse("workbench:answer", args=[answer.pk]),
        reverse("workbench:open", args=[answer.pk]) + "?q=paspoort&positie=1",
        reverse("workbench:print", args=[answer.pk]),
    ]


@pytest.mark.django_db
class TestWhoGetsIn:
    def test_anonymous_visitors_are_sent_to_the_admin_login_and_back(self, client, passport):
        for url in workbench_urls(passport):
            response = client.get(url)
            assert response.status_code == 302
            assert response.url.startswith(LOGIN + "?next=")
        assert client.get(START).url == f"{LOGIN}?next=/werkplek/"

    def test_anonymous_posts_are_refused_too(self, client, passport):
        for url in [
            reverse("workbench:register"),
            reverse("workbench:feedback", args=[passport.pk]),
        ]:
            response = client.post(url, {"channel": "phone"})
            assert response.status_code == 302
            assert response.url.startswith(LOGIN)

    def test_logging_in_leads_to_the_workbench(self, client, kcc):
        response = client.post(
            f"{LOGIN}?next=/werkplek/", {"username": "kcc", "password": "voorbeeldstad"}
        )
        assert response.status_code == 302
        assert response.url == START

    @pytest.mark.parametrize(
        "make_user",
        [
            pytest.param(lambda request: request.getfixturevalue("kcc"), id="agent"),
            pytest.param(lambda request: editor(), id="editor"),
            pytest.param(lambda request: request.getfixturevalue("administrator"), id="beheerder"),
            pytest.param(lambda request: request.getfixturevalue("admin_user"), id="superuser"),
        ],
    )
    def test_agents_editors_administrators_and_superusers_see_the_notes(
        self, client, passport, request, make_user
    ):
        client.force_login(make_user(request))
        for url in workbench_urls(passport)[:3]:
            assert client.get(url).status_code == 200
        assert NOTE in client.get(reverse("workbench:answer", args=[passport.pk])).content.decode()

    def test_a_department_member_gets_a_403_that_says_what_to_ask_for(
        self, client, member, passport
    ):
        client.force_login(member)
        for url in workbench_urls(passport):
            response = client.get(url)
            assert response.status_code == 403
            assert NOTE not in response.content.decode()
        assert "KCC-medewerker" in client.get(START).content.decode()

    def test_a_department_member_cannot_post_contact_moments_or_feedback(
        self, client, member, passport
    ):
        client.force_login(member)
        posted = {"channel": "phone", "result": "afgehandeld", "question": "paspoort"}
        assert client.post(reverse("workbench:register"), posted).status_code == 403
        feedback = reverse("workbench:feedback", args=[passport.pk])
        assert client.post(feedback, {"kind": "verouderd"}).status_code == 403
        assert not passport.corrections.exists()

    def test_a_deactivated_agent_is_logged_out(self, client, kcc):
        client.force_login(kcc)
        kcc.is_active = False
        kcc.save()
        assert client.get(START).status_code == 302

    def test_pages_with_internal_notes_are_never_cached(self, logged_in, passport):
        response = logged_in.get(reverse("workbench:answer", args=[passport.pk]))
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


@pytest.mark.django_db
class TestCsrf:
    def test_registration_and_feedback_need_the_csrf_token(self, kcc, passport):
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.force_login(kcc)
        posted = {"channel": "phone", "result": "afgehandeld", "question": "paspoort"}
        assert client.post(reverse("workbench:register"), posted).status_code == 403
        feedback = reverse("workbench:feedback", args=[passport.pk])
        assert client.post(feedback, {"kind": "verouderd"}).status_code == 403

        page = client.get(START)
        token = page.context["csrf_token"]
        response = client.post(
            reverse("workbench:register"), {**posted, "csrfmiddlewaretoken": token}
        )
        assert response.status_code == 302


@pytest.mark.django_db
class TestAdminMenu:
    def test_agents_find_the_workbench_in_the_admin_menu(self, logged_in):
        assert f'"url": "{START}"' in logged_in.get(reverse("wagtailadmin_home")).content.decode()

    def test_department_members_do_not(self, client, member):
        client.force_login(member)
        assert f'"url": "{START}"' not in client.get(reverse("wagtailadmin_home")).content.decode()
