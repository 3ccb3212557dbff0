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
from django.views.decorators.cache import never_cache

PERMISSION = "kennisbank.view_answerpage"


def may_use_workbench(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


def workbench_view(view):
    """Anonymous visitors go to the admin login (and come back with ?next=); logged-in users
    without the permission get a 403 that says what to ask for. Responses are never cached:
    they hold internal notes."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not may_use_workbench(request.user):
            return TemplateResponse(request, "search/workbench/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return never_cache(wrapper)
