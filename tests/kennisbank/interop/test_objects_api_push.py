"""Answers reach a (fake) Objects API as VACs: queued on publish, delivered by sync_objects_api.

The fake is a real HTTP server on 127.0.0.1 (pytest-httpserver) that keeps objects by uuid,
as the Objects API does, and can be told to fail.
"""

import datetime
import json
import re
import time

import pytest
from jsonschema import Draft7Validator
from werkzeug import Response

from django.core.management import CommandError, call_command
from django.utils import timezone

from kennisbank.interop.schemas import vac_schema
from kennisbank.models import VacSync
from tests.kennisbank.factories import DepartmentFactory, published_answer

VAC_TYPE = "https://objecttypen.example.nl/api/v2/objecttypes/vac-1"
TOKEN = "objects-api-test-token"


class FakeObjectsApi:
    """An Objects API that stores what it is sent; `fail_with` makes the next calls fail."""

    def __init__(self, server):
        self.server = server
        self.objects = {}
        self.calls = []
        self.fail_with = None  # a status code, "html", "hang" or None
        server.expect_request("/api/v2/objects", method="POST").respond_with_handler(self.create)
        server.expect_request("/api/v2/objects", method="GET").respond_with_handler(self.list)
        for method in ("PUT", "DELETE"):
            server.expect_request(
                re.compile(r"^/api/v2/objects/[0-9a-f-]+$"), method=method
            ).respond_with_handler(self.one)

    @property
    def url(self):
        return self.server.url_for("").rstrip("/")

    def _record(self, request):
        self.calls.append(
            (request.method, request.path, dict(request.headers), request.get_data(as_text=True))
        )

    def _failure(self):
        if self.fail_with is None:
            return None
        if self.fail_with == "hang":
            time.sleep(1)
            return Response("{}", status=200, content_type="application/json")
        if self.fail_with == "html":
            return Response("<html>Bad gateway</html>", status=200, content_type="text/html")
        body = {"detail": "record.data: 'vraag' is a required property"}
        return Response(json.dumps(body), status=self.fail_with, content_type="application/json")

    def create(self, request):
        self._record(request)
        failure = self._failure()
        if failure:
            return failure
        body = request.get_json()
        self.objects[body["uuid"]] = body
        return Response(json.dumps(body), status=201, content_type="application/json")

    def one(self, request):
        self._record(request)
        failure = self._failure()
        if failure:
            return failure
        uuid = request.path.rsplit("/", 1)[1]
        if uuid not in self.objects:
            return Response('{"detail": "Not found"}', status=404, content_type="application/json")
        if request.method == "DELETE":
            del self.objects[uuid]
            return Response("", status=204)
        self.objects[uuid] = {**request.get_json(), "uuid": uuid}
        return Response(json.dumps(self.objects[uuid]), content_type="application/json")

    def list(self, request):
        self._record(request)
        page = int(request.args.get("page", "1"))
        items = [
            {"url": f"{self.url}/api/v2/objects/{uuid}", "uuid": uuid, **body}
            for uuid, body in sorted(self.objects.items())
            if body["type"] == request.args.get("type")
        ]
        size = 2  # small pages, so the client must follow "next"
        chunk = items[(page - 1) * size : page * size]
        more = page * size < len(items)
        data = {
            "count": len(items),
            "next": f"{self.url}/api/v2/objects?page={page + 1}" if more else None,
            "previous": None,
            "results": chunk,
        }
        return Response(json.dumps(data), content_type="application/json")

    def data(self, answer):
        return self.objects[str(answer.vac_uuid)]["record"]["data"]


@pytest.fixture
def objects_api(httpserver, settings):
    fake = FakeObjectsApi(httpserver)
    settings.OBJECTS_API_URL = fake.url
    settings.OBJECTS_API_TOKEN = TOKEN
    settings.OBJECTS_API_VAC_TYPE = VAC_TYPE
    settings.OBJECTS_API_VAC_TYPE_VERSION = 1
    settings.OBJECTS_API_TIMEOUT_SECONDS = 0.5
    return fake


@pytest.fixture
def department(db):
    return DepartmentFactory(name="Burgerzaken")


def sync(*arguments):
    call_command("sync_objects_api", *arguments)


def later(minutes):
    return timezone.now() + datetime.timedelta(minutes=minutes)


@pytest.mark.django_db
class TestPush:
    def test_a_published_answer_becomes_a_valid_vac_with_its_own_uuid(
        self, objects_api, index, department
    ):
        answer = published_answer(
            index,
            department,
            title="Hoe vraag ik een paspoort aan?",
            internal_notes="<p>INTERN: controleer de BRP.</p>",
        )
        assert objects_api.calls == []  # publishing never calls out
        sync()
        method, path, headers, body = objects_api.calls[-1]
        assert method == "POST"  # PUT found nothing, so it was created with our uuid
        assert headers["Authorization"] == f"Token {TOKEN}"
        assert headers["Content-Crs"] == "EPSG:4326"
        sent = json.loads(body)
        assert sent["uuid"] == str(answer.vac_uuid)
        assert sent["type"] == VAC_TYPE
        assert sent["record"]["typeVersion"] == 1
        data = objects_api.data(answer)
        assert not list(Draft7Validator(vac_schema()).iter_errors(data))
        assert data["vraag"] == "Hoe vraag ik een paspoort aan?"
        assert "INTERN" in data["toelichting"] and "INTERN" not in data["antwoord"]
        assert data["afdelingen"][0]["afdelingNaam"] == "Burgerzaken"
        row = VacSync.objects.get(vac_uuid=answer.vac_uuid)
        assert not row.pending and row.last_sent_at and not row.last_error

    def test_a_change_updates_the_same_object(self, objects_api, index, department):
        answer = published_answer(index, department, title="Wat kost een paspoort?")
        sync()
        answer.short_answer = "Een paspoort kost nu € 90,00."
        answer.save_revision().publish()
        sync()
        assert objects_api.calls[-1][0] == "PUT"
        assert list(objects_api.objects) == [str(answer.vac_uuid)]
        assert "90,00" in objects_api.data(answer)["antwoord"]

    def test_unpublishing_and_deleting_remove_the_object(self, objects_api, index, department):
        first = published_answer(index, department, title="Eerste vraag?")
        second = published_answer(index, department, title="Tweede vraag?")
        sync()
        assert len(objects_api.objects) == 2
        first.unpublish()
        second_uuid = str(second.vac_uuid)
        second.delete()
        sync()
        assert objects_api.objects == {}
        assert ("DELETE", f"/api/v2/objects/{second_uuid}") in [c[:2] for c in objects_api.calls]

    def test_two_changes_before_delivery_make_one_call(self, objects_api, index, department):
        answer = published_answer(index, department, title="Hoe verhuis ik?")
        answer.save_revision().publish()
        sync()
        writes = [call for call in objects_api.calls if call[0] in ("PUT", "POST")]
        # One PUT that found nothing and one POST: a single delivery.
        assert [call[0] for call in writes] == ["PUT", "POST"]

    def test_a_sign_off_sends_the_answer_again(self, objects_api, index, department, admin_user):
        from kennisbank.review.cycle import sign_off

        answer = published_answer(index, department, title="Hoe verleng ik mijn rijbewijs?")
        sync()
        sign_off(answer, admin_user)
        assert VacSync.objects.get(vac_uuid=answer.vac_uuid).pending

    def test_new_opening_hours_reach_the_answers_that_show_them(
        self, objects_api, index, department, contact_settings
    ):
        with_contact = published_answer(
            index, department, body=[{"type": "contact", "value": {"intro": ""}}]
        )
        without = published_answer(index, department)
        sync()
        assert "8.30–17.00" in objects_api.data(with_contact)["antwoord"]
        contact_settings.channels[0].value["hours"][0]["closes"] = datetime.time(16, 0)
        contact_settings.save()
        assert VacSync.objects.get(vac_uuid=with_contact.vac_uuid).pending
        assert not VacSync.objects.get(vac_uuid=without.vac_uuid).pending
        sync()
        assert "Maandag: 8.30–16.00 uur" in objects_api.data(with_contact)["antwoord"]


@pytest.mark.django_db
class TestNothingIsLost:
    @pytest.mark.parametrize("failure", [500, 503, 413, "html", "hang"])
    def test_a_failing_api_is_tried_again_later(self, objects_api, index, department, failure):
        answer = published_answer(index, department, title="Hoe vraag ik bijstand aan?")
        objects_api.fail_with = failure
        with pytest.raises(CommandError):
            sync()
        row = VacSync.objects.get(vac_uuid=answer.vac_uuid)
        assert row.pending and not row.failed and row.attempts == 1
        assert row.last_error
        assert row.next_attempt_at > timezone.now()
        # Not due yet: the next run leaves it alone.
        calls = len(objects_api.calls)
        sync()
        assert len(objects_api.calls) == calls
        # When due and the API is back, it arrives.
        objects_api.fail_with = None
        VacSync.objects.update(next_attempt_at=timezone.now())
        sync()
        assert str(answer.vac_uuid) in objects_api.objects
        assert not VacSync.objects.get(vac_uuid=answer.vac_uuid).pending

    def test_an_unreachable_api_is_tried_again_later(self, index, department, settings):
        settings.OBJECTS_API_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
        settings.OBJECTS_API_VAC_TYPE = VAC_TYPE
        answer = published_answer(index, department, title="Hoe vraag ik een ID-kaart aan?")
        with pytest.raises(CommandError):
            sync()
        row = VacSync.objects.get(vac_uuid=answer.vac_uuid)
        assert row.pending and "niet te bereiken" in row.last_error

    def test_a_refusal_is_reported_and_not_retried_forever(self, objects_api, index, department):
        answer = published_answer(index, department, title="Hoe erken ik mijn kind?")
        objects_api.fail_with = 400
        with pytest.raises(CommandError):
            sync()
        row = VacSync.objects.get(vac_uuid=answer.vac_uuid)
        assert row.failed and not row.pending
        assert "vraag" in row.last_error  # the API's own reason
        calls = len(objects_api.calls)
        VacSync.objects.update(next_attempt_at=timezone.now())
        sync()
        assert len(objects_api.calls) == calls
        # The next change sends it again.
        objects_api.fail_with = None
        answer.save_revision().publish()
        sync()
        assert str(answer.vac_uuid) in objects_api.objects

    def test_publishing_works_while_the_api_is_down(self, index, department, settings, client):
        settings.OBJECTS_API_URL = "http://127.0.0.1:9"
        answer = published_answer(index, department, title="Wanneer wordt het afval opgehaald?")
        assert answer.live
        assert VacSync.objects.get(vac_uuid=answer.vac_uuid).pending

    def test_without_a_url_nothing_is_queued(self, index, department, settings):
        settings.OBJECTS_API_URL = ""
        published_answer(index, department, title="Hoe meld ik mijn hond aan?")
        assert not VacSync.objects.exists()
        with pytest.raises(CommandError, match="OBJECTS_API_URL"):
            sync()


@pytest.mark.django_db
class TestReconcile:
    def test_dry_run_prints_the_differences_and_writes_nothing(
        self, objects_api, index, department, capsys
    ):
        answer = published_answer(index, department, title="Hoe vraag ik een VOG aan?")
        VacSync.objects.all().delete()  # as if the outbox was lost
        objects_api.objects["00000000-0000-0000-0000-00000000abcd"] = {
            "type": VAC_TYPE,
            "record": {"data": {"vraag": "Een VAC die KISS zelf maakte"}},
        }
        sync("--full", "--dry-run")
        output = capsys.readouterr().out
        assert str(answer.vac_uuid) in output
        assert "Een VAC die KISS zelf maakte" in output
        assert not [call for call in objects_api.calls if call[0] != "GET"]
        assert str(answer.vac_uuid) not in objects_api.objects

    def test_full_repairs_drift_and_keeps_what_is_not_ours(self, objects_api, index, department):
        kept = published_answer(index, department, title="Hoe vraag ik een paspoort aan?")
        changed = published_answer(index, department, title="Wat kost een paspoort?")
        gone = published_answer(index, department, title="Een oude vraag?")
        sync()
        objects_api.objects[str(changed.vac_uuid)]["record"]["data"]["antwoord"] = "Met de hand"
        gone.unpublish()
        VacSync.objects.all().delete()  # the unpublish was never delivered
        foreign = "00000000-0000-0000-0000-00000000abcd"
        objects_api.objects[foreign] = {"type": VAC_TYPE, "record": {"data": {"vraag": "KISS"}}}
        sync("--full")
        assert set(objects_api.objects) == {str(kept.vac_uuid), str(changed.vac_uuid), foreign}
        assert objects_api.data(changed)["antwoord"] != "Met de hand"
        sync("--full", "--delete-unknown")
        assert foreign not in objects_api.objects

    def test_dry_run_needs_full(self, objects_api):
        with pytest.raises(CommandError, match="--full"):
            sync("--dry-run")
