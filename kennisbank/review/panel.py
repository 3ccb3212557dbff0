"""The review panel in the answer editor: review status, last sign-off, "Still correct".

The button submits the editor form to the sign-off view (formaction), so it is one click and
works without JavaScript; the sign-off view reads nothing from the form but its CSRF token.
"""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from kennisbank import review
from kennisbank.access.rules import can_sign_off


class ReviewPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Review"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "kennisbank/admin/review_panel.html"

        def is_shown(self):
            # New answers have nothing to sign off yet.
            return bool(self.instance.pk) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            answer = self.instance
            context.update(
                {
                    "answer": answer,
                    "status": answer.review_status,
                    "overdue": answer.review_state == review.ReviewState.OVERDUE,
                    "can_sign_off": can_sign_off(self.request.user, answer),
                }
            )
            if context["can_sign_off"]:
                edit_url = reverse("wagtailadmin_pages:edit", args=[answer.pk])
                context["sign_off_url"] = (
                    reverse("kennisbank:sign_off", args=[answer.pk])
                    + "?"
                    + urlencode({"next": edit_url})
                )
            return context
