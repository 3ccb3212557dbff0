"""The department block: answers of some departments are not published above B1.

READABILITY_BLOCK_DEPARTMENTS lists the departments (slugs). For their answers the block holds
for the department's own members and for publishing without a user (an import); the Redactie,
Beheerders and superusers, who edit every answer, may publish after confirming
(analysis.check_confirmed). Other departments' answers only ask for that confirmation.

It holds on every path that publishes, always checked before anything is saved:
- the editor's publish button, also when it schedules a go-live date (check_publishable, from
  AnswerPageForm.clean: the text stays in the form and can be saved as a draft); the scheduled
  publication itself (publish_scheduled) runs without a user, so the block is at scheduling;
- approving in the workflow, which publishes (refuse_if_blocked from the approval task; in the
  editor the form checks the text first);
- Wagtail's bulk action "publish" (bulk_publish.py);
- import_answers --publish (kennisbank.content.importing keeps such answers as drafts).

A refusal outside a form is a PublishingRefused; RefusedPublishingMiddleware turns it into an
error message on the answer's edit page, where the readability panel shows what to simplify.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from kennisbank.access.rules import ANSWER, edits_every_answer, ownership
from kennisbank.readability_check.analysis import analyse_answer, difficulty_text

PUBLISH, SCHEDULE, APPROVE = "publish", "schedule", "approve"

# One whole sentence per action, so that each translates as a whole.
MESSAGES = {
    PUBLISH: _(
        "Not published: this answer reads at level %(level)s (difficulty %(difficulty)s) "
        "and %(department)s only publishes answers at level B1 (difficulty below 25). "
        "Save it as a draft to keep your changes, then simplify it with the help of the "
        "readability panel."
    ),
    SCHEDULE: _(
        "Not scheduled: this answer reads at level %(level)s (difficulty %(difficulty)s) and "
        "%(department)s only publishes answers at level B1 (difficulty below 25), also at a "
        "later date. Save it as a draft to keep your changes, then simplify it with the help "
        "of the readability panel."
    ),
    APPROVE: _(
        "Not approved: this answer reads at level %(level)s (difficulty %(difficulty)s) and "
        "%(department)s only publishes answers at level B1 (difficulty below 25). Simplify it "
        "with the help of the readability panel, or ask for changes."
    ),
}


class PublishingRefused(Exception):
    """Publishing `page` was refused; `message` says why, in Dutch, for the user."""

    def __init__(self, page, message: str):
        super().__init__(message)
        self.page = page
        self.message = message


def blocks_publishing(department, user=None) -> bool:
    """Whether `user` (None: no user, as an import) may not publish answers of `department`
    that read harder than B1."""
    if department.slug not in settings.READABILITY_BLOCK_DEPARTMENTS:
        return False
    return user is None or not edits_every_answer(user)


def _refusal(readability, department, action: str) -> tuple[str, dict]:
    return MESSAGES[action], {
        "level": readability.level.label,
        "difficulty": difficulty_text(readability.judged.difficulty),
        "department": department.name,
    }


def check_publishable(short_answer: str, body, department, user=None, action: str = PUBLISH):
    """Raise a ValidationError (Dutch, for the editor) if `user` may not publish this text of
    an answer of `department` because it reads harder than B1."""
    if not blocks_publishing(department, user):
        return
    readability = analyse_answer(short_answer, body)
    if readability.harder_than_b1:
        message, params = _refusal(readability, department, action)
        raise ValidationError(message, code="harder_than_b1", params=params)


def refusal_for(page, user, action: str) -> str | None:
    """Why `user` may not publish `page` as it is (an answer as stored or as a revision),
    or None when they may."""
    page = page.specific
    if ownership(page)[0] != ANSWER:
        return None
    department = page.owner_department
    if not blocks_publishing(department, user):
        return None
    readability = analyse_answer(page.short_answer, page.body)
    if not readability.harder_than_b1:
        return None
    message, params = _refusal(readability, department, action)
    return str(message) % params


def reads_above_b1(page) -> bool:
    """Whether `page` (as stored or as a revision) is an answer that reads harder than B1."""
    page = page.specific
    if ownership(page)[0] != ANSWER:
        return False
    return analyse_answer(page.short_answer, page.body).harder_than_b1


def to_be_published(page):
    """What publishing `page` publishes: its latest revision (Wagtail's bulk publish and a
    finished workflow both do), or the page as stored when it has none."""
    revision = page.get_latest_revision()
    return revision.as_object() if revision else page.specific


def refuse_if_blocked(page, user, action: str = APPROVE):
    """Raise PublishingRefused if `user` may not publish the latest revision of `page`."""
    if message := refusal_for(to_be_published(page), user, action):
        raise PublishingRefused(page, message)


class RefusedPublishingMiddleware:
    """Turns a PublishingRefused raised in an admin view (approving from the dashboard or the
    workflow dialog) into an error message on the answer's edit page, instead of an error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishingRefused):
            return None
        messages.error(request, exception.message)
        url = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # What Wagtail's workflow dialog expects when it is done: it then opens `redirect`.
            return JsonResponse({"step": "success", "redirect": url})
        return redirect(url)
