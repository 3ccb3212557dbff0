"""The admin's login: the form in the same Dutch as the rest of the admin, and where each
role lands after it.

Wagtail's own form leaves the password field without a label (Django then shows the field's
name, "Password", untranslated) and its Dutch placeholders say "je", where every other screen
says "u". Set as WAGTAILADMIN_USER_LOGIN_FORM.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views.account import LoginView
from wagtail.permission_policies.pages import PagePermissionPolicy

from kennisbank.access.roles import READ_ANSWERS_PERMISSION


class KennisbankLoginForm(LoginForm):
    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].widget.attrs["placeholder"] = _("Your username")
        self.fields["password"].label = _("Password")
        self.fields["password"].widget.attrs["placeholder"] = _("Your password")


class KennisbankLoginView(LoginView):
    """The admin login; contact-centre agents land in the workbench, where their work is,
    instead of on an admin dashboard with nothing for them."""

    def get_success_url(self):
        asked = self.get_redirect_url()
        # Wagtail's form sends the dashboard as "next" when no page was asked for.
        if asked and asked != reverse("wagtailadmin_home"):
            return asked
        return start_page_for(self.request.user)


def start_page_for(user) -> str:
    """Where a user starts after logging in: the workbench for those who read answers with
    their internal notes but edit none (the KCC-medewerkers), else the admin's dashboard."""
    if user.has_perm(
        READ_ANSWERS_PERMISSION
    ) and not PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"]):
        return reverse("workbench:start")
    return reverse("wagtailadmin_home")
