"""Our published answers as an Objects API that KISS can read (GET only).

    GET /api/v2/objects?type=<objecttype URL>&page=<n>&pageSize=<n>
    GET /api/v2/objects/<uuid>
    GET /api/v2/objecttypes/vac                (the objecttype; its URL is the `type` value)
    GET /api/v2/objecttypes/vac/versions/1     (with the VAC JSON schema)

The shape follows the Objects API (objects-api-openapi.yaml): a page is {"count", "next",
"previous", "results"}, a result {"url", "uuid", "type", "record"}. The objects need a key
(auth.py); the objecttype, which holds no content, does not. The data filters (data_attr,
data_attrs, data_icontains) are refused with a 400 (SUBSET_FILTERS).
"""

import logging
import uuid
from urllib.parse import urlsplit

from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from kennisbank.interop.answer_vac import answer_vac_data
from kennisbank.interop.html import export_settings
from kennisbank.interop.objects_api import auth
from kennisbank.interop.objects_api.outbox import published_answers
from kennisbank.interop.schemas import vac_schema
from kennisbank.interop.validation import InvalidVac

logger = logging.getLogger(__name__)

# The Objects API's filters that select some of the objects. Answering them with every VAC
# would let a client take all of them for the few it asked for, so they are refused (400)
# until they are implemented; `ordering`, `fields` and `date` change no membership.
SUBSET_FILTERS = ("data_attr", "data_attrs", "data_icontains")

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
TYPE_VERSION = 1
# A fixed uuid for our one objecttype, the same on every installation.
OBJECTTYPE_UUID = uuid.uuid5(uuid.NAMESPACE_URL, "kennisbank:objecttype:vac")


def _json(data, status=200, **headers):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def _error(detail: str, status: int, **headers):
    return _json({"detail": detail}, status=status, **headers)


def read_only(view):
    """GET and HEAD only, as JSON errors; no CSRF (no cookies are used), never cached."""

    @csrf_exempt
    @never_cache
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return _error(_("Use GET for this address."), 405, Allow="GET, HEAD")
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def with_key(view):
    """Only with a valid key: the VACs hold internal notes."""

    def wrapper(request, *args, **kwargs):
        try:
            auth.check(request)
        except auth.Denied as denied:
            if denied.status == 401:
                return _error(
                    _("Log in with “Authorization: Token <key>”. Ask the administrator for a key."),
                    401,
                    WWW_Authenticate="Token",
                )
            return _error(_("This key is unknown or has been revoked."), 403)
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def type_url(request) -> str:
    return request.build_absolute_uri(reverse("objects-api-objecttype"))


def _is_our_type(asked: str) -> bool:
    """Whether an objecttype URL names ours. By its path only: KISS may call through an
    internal address, or a proxy may not pass on https, and an exact match then found no VAC
    at all, which made KISS empty its whole index without an error."""
    path = urlsplit(asked).path.rstrip("/")
    return path == reverse("objects-api-objecttype").rstrip("/")


def _object_url(request, vac_uuid) -> str:
    return request.build_absolute_uri(reverse("objects-api-object", args=[vac_uuid]))


def object_json(request, answer) -> dict:
    data = answer_vac_data(
        answer,
        base_url=request.build_absolute_uri("/"),
        object_url=lambda related: _object_url(request, related),
        # Read for the request: Wagtail keeps each setting on it, once for a page of VACs.
        settings=export_settings(request),
    )
    published = answer.last_published_at or timezone.now()
    first = answer.first_published_at or published
    return {
        "url": _object_url(request, answer.vac_uuid),
        "uuid": str(answer.vac_uuid),
        "type": type_url(request),
        "record": {
            "index": 1,
            "typeVersion": TYPE_VERSION,
            "data": data,
            "geometry": None,
            "startAt": timezone.localtime(first).date().isoformat(),
            "endAt": None,
            "registrationAt": timezone.localtime(published).date().isoformat(),
            "correctionFor": None,
            "correctedBy": None,
        },
    }


def _positive_int(raw: str | None, default: int) -> int | None:
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or len(raw) > 9 or int(raw) < 1:
        return None
    return int(raw)


@read_only
@with_key
def object_list(request):
    if unsupported := [name for name in SUBSET_FILTERS if name in request.GET]:
        return _error(
            _(
                "Filtering on %(filters)s is not supported here: ask for all objects of the "
                "type (with “type” and “page”) and select them yourself."
            )
            % {"filters": ", ".join(unsupported)},
            400,
        )
    page = _positive_int(request.GET.get("page"), 1)
    if page is None:
        return _error(_("Give “page” as a whole number from 1."), 400)
    page_size = _positive_int(request.GET.get("pageSize"), DEFAULT_PAGE_SIZE)
    if page_size is None:
        return _error(_("Give “pageSize” as a whole number from 1."), 400)
    # As the Objects API does: a larger page is cut to the maximum; "next" has the rest.
    page_size = min(page_size, MAX_PAGE_SIZE)
    answers = published_answers().order_by("pk")
    asked_type = request.GET.get("type", "")
    if asked_type and not _is_our_type(asked_type):
        # Another objecttype: there are no objects of it here. Said in the log, because KISS
        # then empties its index without an error of its own.
        logger.warning(
            "Objects API asked for objecttype %s, which is not ours (%s): no VACs returned",
            asked_type,
            type_url(request),
        )
        answers = answers.none()
    count = answers.count()
    start = (page - 1) * page_size
    if page > 1 and start >= count:
        # As the Objects API does: a page past the end is not found (page 1 is always there,
        # empty or not).
        pages = max((count + page_size - 1) // page_size, 1)
        return _error(
            ngettext(
                "Invalid page: there is %(pages)d page of results.",
                "Invalid page: there are %(pages)d pages of results.",
                pages,
            )
            % {"pages": pages},
            404,
        )
    results = []
    for answer in answers[start : start + page_size]:
        try:
            results.append(object_json(request, answer))
        except InvalidVac:
            # Never one broken answer for the whole list; the push reports it by name.
            logger.warning("Answer %s is not valid VAC data; left out", answer.pk, exc_info=True)

    def page_link(number):
        query = dict(request.GET.items())
        query["page"] = number
        return request.build_absolute_uri(f"{request.path}?{urlencode(query)}")

    return _json(
        {
            "count": count,
            "next": page_link(page + 1) if start + page_size < count else None,
            "previous": page_link(page - 1) if page > 1 and start - page_size < count else None,
            "results": results,
        }
    )


@read_only
@with_key
def object_detail(request, vac_uuid):
    answer = published_answers().filter(vac_uuid=vac_uuid).first()
    if answer is None:
        return _error(_("There is no published answer with this uuid."), 404)
    try:
        return _json(object_json(request, answer))
    except InvalidVac:
        logger.warning("Answer %s is not valid VAC data", answer.pk, exc_info=True)
        return _error(_("There is no published answer with this uuid."), 404)


def _version_url(request) -> str:
    return request.build_absolute_uri(
        reverse("objects-api-objecttype-version", args=[TYPE_VERSION])
    )


@read_only
def objecttype(request):
    return _json(
        {
            "url": type_url(request),
            "uuid": str(OBJECTTYPE_UUID),
            "name": "VAC",
            "namePlural": "VACs",
            "description": _("Request-answer combinations (VACs) from Kennisbank."),
            "dataClassification": "intern",
            "source": "Kennisbank",
            "contactPerson": "",
            "versions": [_version_url(request)],
        }
    )


@read_only
def objecttype_version(request, version):
    if version != TYPE_VERSION:
        return _error(_("This version of the objecttype does not exist."), 404)
    return _json(
        {
            "url": _version_url(request),
            "version": TYPE_VERSION,
            "objectType": type_url(request),
            "status": "published",
            "jsonSchema": vac_schema(),
        }
    )


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any other address under /api/v2/: an Objects API client gets a 404 in its own shape,
    naming the addresses this API has (the search API's OpenAPI document does not list them)."""
    return _error(
        _(
            "This address does not exist. This Objects API has /api/v2/objects, "
            "/api/v2/objects/<uuid> and /api/v2/objecttypes/vac."
        ),
        404,
    )
