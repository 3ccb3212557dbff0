"""The admin's login form in the same Dutch as the rest of the admin.

Wagtail's own form leaves the password field without a label (Django then shows the field's
name, "Password", untranslated) and its Dutch placeholders say "je", where every other screen
says "u". Set as WAGTAILADMIN_USER_LOGIN_FORM.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class KennisbankLoginForm(LoginForm):
    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].widget.attrs["placeholder"] = _("Your username")
        self.fields["password"].label = _("Password")
        self.fields["password"].widget.attrs["placeholder"] = _("Your password")
