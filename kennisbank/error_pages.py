"""What Django answers when a request fails before or in a view: JSON under /api/, because an
API client cannot read an HTML page, and the Dutch pages (400.html, 500.html) elsewhere."""

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults

API_PREFIX = "/api/"
# The Objects API (for KISS) says what went wrong in "detail", as the real Objects API does.
OBJECTS_API_PREFIX = "/api/v2/"


def _is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def _json_error(request, message: str, status: int) -> JsonResponse:
    key = "detail" if request.path_info.startswith(OBJECTS_API_PREFIX) else "error"
    return JsonResponse({key: message}, status=status)


def bad_request(request, exception):
    if not _is_api(request):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        message = _("The request is too large.")
    else:
        message = _("This request cannot be handled.")
    return _json_error(request, message, 400)


def server_error(request):
    if not _is_api(request):
        return defaults.server_error(request)
    # Said without the cause: that is in the log, and may tell an attacker too much.
    message = _("Something went wrong on our side. Please try again in a few minutes.")
    return _json_error(request, message, 500)
