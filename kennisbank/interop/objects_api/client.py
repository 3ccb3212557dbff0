"""The calls to an Objects API (objects-api-openapi.yaml in ../shared/data/interop).

Every failure becomes an ObjectsApiError with a Dutch message and whether trying again later
can help: a 400 (the data was refused) will not get better by itself, a 500, a timeout or an
answer that is not JSON may.
"""

import contextlib

import requests

from django.conf import settings
from django.utils.translation import gettext as _

OBJECTS_PATH = "/api/v2/objects"
# Paging through a large Objects API should not run forever on a misbehaving server.
MAX_PAGES = 1000


class ObjectsApiError(Exception):
    def __init__(self, message: str, *, retryable: bool):
        super().__init__(message)
        self.retryable = retryable


class NotFound(ObjectsApiError):
    def __init__(self):
        super().__init__(_("The object does not exist in the Objects API."), retryable=False)


class ObjectsApiClient:
    def __init__(self, base_url: str, token: str, *, timeout: float | None = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout if timeout is not None else settings.OBJECTS_API_TIMEOUT_SECONDS
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Token {token}",
                # Required on every write, also without geometry.
                "Content-Crs": "EPSG:4326",
                "Accept": "application/json",
            }
        )

    @classmethod
    def from_settings(cls) -> "ObjectsApiClient | None":
        if not settings.OBJECTS_API_URL:
            return None
        return cls(settings.OBJECTS_API_URL, settings.OBJECTS_API_TOKEN)

    def object_url(self, uuid) -> str:
        return f"{self.base_url}{OBJECTS_PATH}/{uuid}"

    def _call(self, method: str, url: str, **kwargs):
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.Timeout:
            raise ObjectsApiError(
                _("The Objects API did not answer within %(seconds)s seconds.")
                % {"seconds": self.timeout},
                retryable=True,
            ) from None
        except requests.RequestException as error:
            raise ObjectsApiError(
                _("The Objects API cannot be reached: %(error)s") % {"error": str(error)[:200]},
                retryable=True,
            ) from None
        if response.status_code == 404:
            raise NotFound()
        if response.status_code >= 400:
            raise ObjectsApiError(
                _("The Objects API answered HTTP %(status)s: %(detail)s")
                % {"status": response.status_code, "detail": _detail(response)},
                # 400: the data was refused, sending it again will not help. 401/403: a wrong
                # key, which an administrator fixes; retrying with back-off meanwhile is cheap.
                retryable=response.status_code != 400,
            )
        if method == "DELETE" or response.status_code == 204:
            return None
        try:
            return response.json()
        except ValueError:
            raise ObjectsApiError(
                _("The Objects API answered something that is not JSON (HTTP %(status)s).")
                % {"status": response.status_code},
                retryable=True,
            ) from None

    def upsert(self, uuid, record: dict) -> None:
        """Replace the object's record, or create the object with this uuid when it is new."""
        body = {"type": settings.OBJECTS_API_VAC_TYPE, "record": record}
        try:
            self._call("PUT", self.object_url(uuid), json=body)
        except NotFound:
            self._call("POST", f"{self.base_url}{OBJECTS_PATH}", json={**body, "uuid": str(uuid)})

    def delete(self, uuid) -> None:
        # Already gone is what we wanted.
        with contextlib.suppress(NotFound):
            self._call("DELETE", self.object_url(uuid))

    def list_objects(self, type_url: str):
        """Every object of `type_url`, following the pages."""
        url = f"{self.base_url}{OBJECTS_PATH}"
        params = {"type": type_url, "page": 1}
        for _page in range(MAX_PAGES):
            data = self._call("GET", url, params=params)
            items = data.get("results", []) if isinstance(data, dict) else data
            if not isinstance(items, list):
                raise ObjectsApiError(
                    _("The Objects API answered a list in an unknown form."), retryable=True
                )
            yield from (item for item in items if isinstance(item, dict))
            if not isinstance(data, dict) or not data.get("next"):
                return
            params["page"] += 1


def _detail(response) -> str:
    """A short, readable reason from an error answer (JSON or not)."""
    try:
        data = response.json()
    except ValueError:
        return response.text[:200].strip() or response.reason
    return str(data)[:500]
