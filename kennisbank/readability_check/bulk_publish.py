"""Wagtail's bulk action "publish" and the department block on answers above B1
(blocking.py): the confirmation page names the answers above B1, a department member's
selection with one of them publishes nothing, and the Redactie is told which answers it just
published above B1. Registered in wagtail_hooks.py."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext, ngettext

from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.models import Page

from kennisbank.readability_check.blocking import (
    PUBLISH,
    reads_above_b1,
    refusal_for,
    to_be_published,
)


class PublishBulkActionWithReadability(PublishBulkAction):
    """Wagtail's bulk "publish", whose confirmation page names the answers above B1 first:
    for the Redactie, confirming publishes them anyway; a department member sees which ones
    block the whole action (refuse_bulk_publishing)."""

    template_name = "kennisbank/admin/confirm_bulk_publish.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        above_b1, blocked = [], []
        for item in context["items"]:
            page = item["item"]
            latest = to_be_published(page)
            if refusal_for(latest, user, PUBLISH):
                blocked.append(page)
            elif reads_above_b1(latest):
                above_b1.append(page)
        context["above_b1"], context["blocked"] = above_b1, blocked
        return context


def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    """before_bulk_action hook: Wagtail's bulk "publish" publishes nothing when one of the
    answers may not be published by this user (it runs in one transaction; all or nothing)."""
    if action_type != "publish":
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in list(pages):
            pages.extend(page.get_descendants().not_live().specific())
    blocked = [page for page in pages if refusal_for(to_be_published(page), request.user, PUBLISH)]
    if not blocked:
        return None
    titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in blocked)
    messages.error(
        request,
        ngettext(
            "Nothing published: %(titles)s reads above B1 and its department only publishes "
            "answers at level B1. Simplify it with the help of the readability panel, or "
            "leave it out of the selection.",
            "Nothing published: %(titles)s read above B1 and their departments only publish "
            "answers at level B1. Simplify them with the help of the readability panel, or "
            "leave them out of the selection.",
            len(blocked),
        )
        % {"titles": titles},
    )
    return redirect(action_class_instance.next_url)


def warn_about_bulk_published(request, action_type, objects, action_class_instance):
    """after_bulk_action hook: the Redactie confirmed on the bulk page, and is told which of
    the answers just published read harder than B1 (the editor's after_publish warning)."""
    if action_type != "publish":
        return None
    published = Page.objects.filter(pk__in=[page.pk for page in objects]).specific()
    hard = [page for page in published if getattr(page, "reads_harder_than_b1", False)]
    if hard:
        messages.warning(
            request,
            gettext(
                "Published above B1: %(titles)s. Answers should read at level B1; the "
                "readability panel shows what to simplify."
            )
            % {"titles": ", ".join(f"“{page.get_admin_display_title()}”" for page in hard)},
        )
    return None
