"""Admin endpoint behind the readability panel (registered in wagtail_hooks.py)."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kennisbank.models import AnswerPage
from kennisbank.readability_check.analysis import analyse_answer
from kennisbank.readability_check.panel import render_results

# The short and full answer of a long answer stay far below this; anything bigger is not an
# editor typing and would only keep a worker busy.
MAX_REQUEST_BYTES = 200 * 1024


def _content_length(request) -> int:
    # Django itself reads a malformed Content-Length as 0.
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


@require_POST
def analyse_readability(request):
    """Readability of the short and full answer in the posted page form, with the panel HTML.

    Takes the fields of the answer editor as they are posted (the StreamField sends its blocks
    as body-0-type, body-0-value, ...), so the text is rebuilt exactly as a save would.
    """
    if _content_length(request) > MAX_REQUEST_BYTES:
        return JsonResponse(
            {"error": _("The text is too long to check while you type. Save to check it.")},
            status=400,
        )
    stream_block = AnswerPage._meta.get_field("body").stream_block
    try:
        body = (
            None
            if stream_block.value_omitted_from_data(request.POST, request.FILES, "body")
            else stream_block.value_from_datadict(request.POST, request.FILES, "body")
        )
    except (KeyError, ValueError):
        return JsonResponse({"error": _("The full answer could not be read.")}, status=400)

    readability = analyse_answer(request.POST.get("short_answer", ""), body)
    return JsonResponse(
        {
            "level": readability.level.value,
            "level_label": readability.level.label,
            "difficulty": round(readability.judged.difficulty, 1),
            "harder_than_b1": readability.harder_than_b1,
            "parts": {
                "short_answer": readability.short_answer.to_dict(include_text=True),
                "body": readability.body.to_dict(include_text=True),
            },
            "html": render_results(readability),
        }
    )
