"""Who may use the workbench, and so read internal notes.

The permission kennisbank.view_answerpage is what "reads answers including the internal notes"
means (kennisbank.access.roles): the KCC-medewerkers, the Redactie and the Beheerders have it
(migration 0004), superusers have every permission. A department's members group does not:
its members edit their own department's answers in the Wagtail admin, where
kennisbank.access.rules keeps them out of other departments' answers, and they get a 403 here.
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from kennisbank.access.roles import READ_ANSWERS_PERMISSION

# A form sent after the agent's session expired: {"path", "data"}, restored after login.
PENDING_FORM_KEY = "workbench_pending_form"
# Not kept: the citizen's name and number for a call-back are stored only with a registration
# they agreed to, never in a session whoever logs in next on this computer would get.
NOT_KEPT = frozenset({"csrfmiddlewaretoken", "callback_contact", "callback_consent"})


def _login_after_expired_session(request):
    """A form sent after the session expired: keep what was filled in (the session survives
    the login) and go back, after logging in, to the page it was sent from, where the form
    is shown filled in again (the address it was posted to leads only to the start screen)."""
    request.session[PENDING_FORM_KEY] = {
        "path": request.path,
        "data": {name: request.POST.getlist(name) for name in request.POST if name not in NOT_KEPT},
    }
    back = request.headers.get("referer", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("workbench:start")
    return redirect_to_login(back, reverse("wagtailadmin_login"))


def pending_form(request, path: str) -> dict | None:
    """What the agent filled into the form posted to `path` before logging in again, as
    initial values; once."""
    pending = request.session.get(PENDING_FORM_KEY)
    if not pending or pending.get("path") != path:
        return None
    del request.session[PENDING_FORM_KEY]
    return {
        name: values if len(values) > 1 or name == "answers" else values[0]
        for name, values in pending["data"].items()
    }


def may_use_workbench(user) -> bool:
    return user.is_active and user.has_perm(READ_ANSWERS_PERMISSION)


def workbench_view(view):
    """Anonymous visitors go to the admin login (and come back with ?next=); logged-in users
    without the permission get a 403 that says what to ask for. Responses are never cached:
    they hold internal notes."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.method == "POST":
                return _login_after_expired_session(request)
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not may_use_workbench(request.user):
            return TemplateResponse(request, "search/workbench/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return never_cache(wrapper)
