"""What Django answers when a request fails before or in a view: JSON under /api/, because an
API client cannot read an HTML page, and the Dutch pages (400.html, 500.html) elsewhere."""

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults

API_PREFIX = "/api/"


def _is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def bad_request(request, exception):
    if not _is_api(request):
        return defaults.bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        message = _("The request is too large.")
    else:
        message = _("This request cannot be handled.")
    return JsonResponse({"error": message}, status=400)


def server_error(request):
    if not _is_api(request):
        return defaults.server_error(request)
    # Said without the cause: that is in the log, and may tell an attacker too much.
    message = _("Something went wrong on our side. Please try again in a few minutes.")
    return JsonResponse({"error": message}, status=500)
