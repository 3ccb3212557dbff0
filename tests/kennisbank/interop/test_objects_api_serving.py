"""KISS reads VACs straight from Kennisbank: our Objects-API-compatible endpoint."""

import base64
import hashlib
import hmac
import json
import time

import pytest
from jsonschema import Draft7Validator

from django.core.management import call_command

from kennisbank.interop.schemas import vac_schema
from kennisbank.models import ObjectsApiToken
from tests.kennisbank.factories import AnswerPageFactory, DepartmentFactory, published_answer

OBJECTS = "/api/v2/objects"


def kiss_sync(client, key, type_url, page_size=None):
    """Reads VACs the way KISS's sync does: page by page while "next" is set, with the type
    filter; items without a uuid or without record.data are dropped."""
    found, page = [], 1
    while True:
        params = {"type": type_url, "page": page}
        if page_size:
            params["pageSize"] = page_size
        response = client.get(OBJECTS, params, HTTP_AUTHORIZATION=f"Token {key}")
        if response.status_code == 400:
            return found  # KISS counts a 400 as nothing
        body = response.json()
        items = body if isinstance(body, list) else body["results"]
        found += [
            item
            for item in items
            if item.get("uuid") and isinstance((item.get("record") or {}).get("data"), dict)
        ]
        if isinstance(body, list) or not body.get("next"):
            return found
        page += 1


def signed_jwt(payload, secret: str) -> str:
    """An HS256 JWT as KISS sends it."""

    def part(data):
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    head, body = part({"alg": "HS256", "typ": "JWT"}), part(payload)
    signature = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}." + base64.urlsafe_b64encode(signature).rstrip(b"=").decode()


@pytest.fixture
def key(db):
    return ObjectsApiToken.issue("KISS")[1]


@pytest.fixture
def type_url(client):
    return client.get("/api/v2/objecttypes/vac").json()["url"]


@pytest.fixture
def answers(index):
    department = DepartmentFactory(name="Burgerzaken")
    live = [
        published_answer(
            index,
            department,
            title=f"Vraag {number} over het paspoort?",
            internal_notes=f"<p>INTERN-{number}</p>",
        )
        for number in range(7)
    ]
    draft = AnswerPageFactory(parent=index, title="Nog niet gepubliceerd?", live=False)
    gone = published_answer(index, department, title="Niet meer gepubliceerd?")
    gone.unpublish()
    return {"live": live, "draft": draft, "gone": gone}


@pytest.mark.django_db
class TestKissReadsFromKennisbank:
    def test_every_live_answer_once_and_nothing_unpublished(self, client, key, type_url, answers):
        found = kiss_sync(client, key, type_url, page_size=3)
        uuids = [item["uuid"] for item in found]
        assert sorted(uuids) == sorted(str(answer.vac_uuid) for answer in answers["live"])
        assert len(set(uuids)) == len(uuids)
        validator = Draft7Validator(vac_schema())
        for item in found:
            assert not list(validator.iter_errors(item["record"]["data"]))
            assert item["type"] == type_url
            assert item["url"].endswith(f"{OBJECTS}/{item['uuid']}")
            record = item["record"]
            assert record["geometry"] is None and record["typeVersion"] == 1
            assert record["startAt"] and record["registrationAt"]
        titles = {item["record"]["data"]["vraag"] for item in found}
        assert "Nog niet gepubliceerd?" not in titles
        assert "Niet meer gepubliceerd?" not in titles

    def test_one_object_by_uuid(self, client, key, answers):
        answer = answers["live"][0]
        response = client.get(f"{OBJECTS}/{answer.vac_uuid}", HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 200
        assert response.json()["record"]["data"]["vraag"] == answer.title
        draft = client.get(
            f"{OBJECTS}/{answers['draft'].vac_uuid}", HTTP_AUTHORIZATION=f"Token {key}"
        )
        assert draft.status_code == 404

    def test_another_type_has_no_objects(self, client, key, answers):
        response = client.get(
            OBJECTS,
            {"type": "https://elders.example/objecttypes/1"},
            HTTP_AUTHORIZATION=f"Token {key}",
        )
        assert response.status_code == 200
        assert response.json()["results"] == []

    @pytest.mark.parametrize(
        "query",
        [
            {"data_attr": "vraag__icontains__paspoort"},
            {"data_attrs": "doelgroep__exact__eu-burger"},
            {"data_icontains": "paspoort"},
        ],
    )
    def test_a_filter_it_cannot_apply_is_refused_not_answered_with_everything(
        self, client, key, type_url, answers, query
    ):
        response = client.get(
            OBJECTS, {"type": type_url, **query}, HTTP_AUTHORIZATION=f"Token {key}"
        )
        assert response.status_code == 400
        assert next(iter(query)) in response.json()["detail"]

    @pytest.mark.parametrize(
        "asked",
        [
            "http://kennisbank.intern:8000/api/v2/objecttypes/vac",
            "https://kennisbank.zuidwaarde.nl/api/v2/objecttypes/vac/",
        ],
    )
    def test_our_type_through_another_address_still_has_the_objects(
        self, client, key, answers, asked
    ):
        # KISS calling through an internal address must not empty its index.
        response = client.get(OBJECTS, {"type": asked}, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.json()["count"] == len(answers["live"]) == 7

    def test_the_objecttype_serves_the_vac_schema(self, client, type_url):
        objecttype = client.get("/api/v2/objecttypes/vac").json()
        version = client.get(objecttype["versions"][0]).json()
        assert version["jsonSchema"] == vac_schema()
        assert version["objectType"] == type_url


@pytest.mark.django_db
class TestAccess:
    def test_anonymous_gets_401_in_dutch(self, client, answers):
        response = client.get(OBJECTS)
        assert response.status_code == 401
        assert "Token" in response["WWW-Authenticate"]
        assert "sleutel" in response.json()["detail"]
        assert "INTERN" not in response.content.decode()

    @pytest.mark.parametrize("header", ["Token verkeerd", "Bearer verkeerd", "Token "])
    def test_a_wrong_key_gets_403_or_401(self, client, answers, header, settings):
        settings.OBJECTS_API_JWT_SECRET = "geheim"
        response = client.get(OBJECTS, HTTP_AUTHORIZATION=header)
        assert response.status_code in (401, 403)
        assert "INTERN" not in response.content.decode()

    def test_a_revoked_key_gets_403(self, client, key, answers):
        ObjectsApiToken.objects.update(revoked=True)
        response = client.get(OBJECTS, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 403
        assert "ingetrokken" in response.json()["detail"]

    def test_internal_notes_only_with_a_key(self, client, key, answers):
        with_key = client.get(OBJECTS, HTTP_AUTHORIZATION=f"Token {key}").content.decode()
        assert "INTERN-0" in with_key
        for path in ("/api/v2/objecttypes/vac", "/api/v2/objecttypes/vac/versions/1"):
            assert "INTERN" not in client.get(path).content.decode()

    def test_a_jwt_signed_with_our_secret(self, client, answers, settings):
        settings.OBJECTS_API_JWT_SECRET = "gedeeld-geheim"
        token = signed_jwt(
            {"client_id": "kiss", "iat": int(time.time()), "exp": int(time.time()) + 60},
            "gedeeld-geheim",
        )
        assert client.get(OBJECTS, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
        head, body, _signature = token.split(".")
        forged = f"{head}.{body}.{base64.urlsafe_b64encode(b'x' * 32).rstrip(b'=').decode()}"
        assert client.get(OBJECTS, HTTP_AUTHORIZATION=f"Bearer {forged}").status_code == 403

    @pytest.mark.parametrize(
        ("payload", "status"),
        [
            ({"client_id": "kiss", "iat": int(time.time())}, 200),
            ({"client_id": "kiss", "iat": int(time.time()) - 2 * 60 * 60}, 403),
            ({"client_id": "kiss"}, 403),
            ({"exp": "9999999999"}, 403),
            ({"exp": int(time.time()) - 3600}, 403),
            ({"exp": int(time.time()) + 10 * 365 * 24 * 3600}, 403),
            ({"iat": int(time.time()) - 2 * 60 * 60, "exp": int(time.time()) + 60}, 403),
            ({"exp": int(time.time()) + 600}, 200),
            ([], 403),
        ],
    )
    def test_a_jwt_must_say_until_when_it_is_valid(
        self, client, answers, settings, payload, status
    ):
        # Without a time in it, a leaked token would give access to the internal notes for ever.
        settings.OBJECTS_API_JWT_SECRET = "gedeeld-geheim"
        token = signed_jwt(payload, "gedeeld-geheim")
        assert client.get(OBJECTS, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == status

    def test_the_key_is_stored_hashed_and_printed_once(self, capsys, db):
        call_command("objects_api_token", "--name", "KISS")
        key = capsys.readouterr().out.strip().splitlines()[-1]
        stored = ObjectsApiToken.objects.get(name="KISS")
        assert key not in (stored.key_hash, stored.prefix)
        assert ObjectsApiToken.objects.matching(key) == stored


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize("page", ["0", "-1", "abc", "1e3", "99999999999999"])
    def test_a_bad_page_is_a_dutch_400(self, client, key, answers, page):
        response = client.get(OBJECTS, {"page": page}, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 400
        assert "page" in response.json()["detail"]

    def test_a_page_past_the_end_is_not_found(self, client, key, answers):
        # As the Objects API answers: a client whose sync ran past the end (answers withdrawn
        # while it paged) stops with an error instead of taking the list as complete.
        response = client.get(OBJECTS, {"page": "50"}, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 404
        assert response.json()["detail"] == ("Ongeldige pagina: er is 1 pagina met resultaten.")

    def test_the_first_page_is_there_without_answers(self, client, key, answers):
        response = client.get(
            OBJECTS,
            {"type": "https://elders.example/objecttypes/zaak"},
            HTTP_AUTHORIZATION=f"Token {key}",
        )
        assert response.status_code == 200
        assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}

    def test_a_huge_page_size_is_cut_to_the_maximum(self, client, key, answers):
        response = client.get(OBJECTS, {"pageSize": "100000"}, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 200
        assert len(response.json()["results"]) == len(answers["live"])

    def test_writing_is_refused_with_405(self, client, key):
        response = client.post(OBJECTS, {}, HTTP_AUTHORIZATION=f"Token {key}")
        assert response.status_code == 405

    @pytest.mark.parametrize(
        "path", ["/api/v2/objecten", "/api/v2/objects/geen-uuid", "/api/v2/objecttypes/zaak"]
    )
    def test_an_unknown_address_names_the_ones_that_exist(self, client, path):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["detail"].startswith("Dit adres bestaat niet.")
        assert "/api/v2/objects" in response.json()["detail"]
        assert "openapi.json" not in response.json()["detail"]
