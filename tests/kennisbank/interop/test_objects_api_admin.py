"""The Objects API link in the admin: keys for the Beheerders, failures for the Redactie."""

import pytest

from kennisbank.models import ObjectsApiToken, SyncAction, VacSync
from tests.kennisbank.factories import (
    DepartmentFactory,
    administrator,
    agent,
    editor,
    published_answer,
)


@pytest.mark.django_db
class TestKeys:
    def test_a_beheerder_makes_a_key_and_sees_it_once(self, client):
        client.force_login(administrator())
        # A new key is never revoked: the form does not ask.
        assert "revoked" not in client.get("/admin/objects_api_keys/new/").context["form"].fields
        response = client.post("/admin/objects_api_keys/new/", {"name": "KISS"}, follow=True)
        assert response.redirect_chain[-1][0] == "/admin/objects_api_keys/created/"
        key = response.context["key"]
        assert key in response.content.decode()
        token = ObjectsApiToken.objects.get(name="KISS")
        assert ObjectsApiToken.objects.matching(key) == token
        # The list shows only the start of the key.
        listing = client.get("/admin/objects_api_keys/").content.decode()
        assert token.prefix in listing and key not in listing

    def test_reloading_the_page_with_the_key_makes_no_second_key(self, client):
        client.force_login(administrator())
        client.post("/admin/objects_api_keys/new/", {"name": "KISS"}, follow=True)
        response = client.get("/admin/objects_api_keys/created/", follow=True)
        assert ObjectsApiToken.objects.count() == 1
        page = response.content.decode()
        assert "al getoond" in page
        assert ObjectsApiToken.objects.get().prefix in page  # back on the list

    def test_a_beheerder_revokes_a_key(self, client):
        token, _key = ObjectsApiToken.issue("KISS")
        client.force_login(administrator())
        client.post(f"/admin/objects_api_keys/edit/{token.pk}/", {"name": "KISS", "revoked": "on"})
        token.refresh_from_db()
        assert token.revoked
        assert "Ingetrokken" in client.get("/admin/objects_api_keys/").content.decode()

    @pytest.mark.parametrize("user", [editor, agent])
    def test_others_cannot_see_or_make_keys(self, client, user):
        client.force_login(user())
        assert client.get("/admin/objects_api_keys/").status_code in (302, 403)
        client.post("/admin/objects_api_keys/new/", {"name": "Stiekem"})
        assert not ObjectsApiToken.objects.exists()


@pytest.mark.django_db
class TestFailures:
    def test_the_redactie_sees_which_answers_were_refused(self, client, index, settings):
        settings.OBJECTS_API_URL = "http://127.0.0.1:9"
        answer = published_answer(index, DepartmentFactory(), title="Hoe vraag ik een VOG aan?")
        VacSync.objects.filter(vac_uuid=answer.vac_uuid).update(
            failed=True, pending=False, last_error="HTTP 400: vraag ontbreekt"
        )
        client.force_login(editor())
        page = client.get("/admin/vac_links/", {"failed": "true"}).content.decode()
        assert "Hoe vraag ik een VOG aan?" in page
        assert "HTTP 400: vraag ontbreekt" in page
        # And in the answer's own editor.
        edit = client.get(f"/admin/pages/{answer.pk}/edit/").content.decode()
        assert "HTTP 400: vraag ontbreekt" in edit

    def test_agents_do_not_see_the_link_report(self, client):
        VacSync.objects.create(
            vac_uuid="00000000-0000-0000-0000-000000000001", action=SyncAction.DELETE
        )
        client.force_login(agent())
        assert client.get("/admin/vac_links/").status_code in (302, 403)
