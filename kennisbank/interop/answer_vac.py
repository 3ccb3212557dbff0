"""Django shell around the VAC mapping: an AnswerPage in, validated VAC data out."""

from html import escape

from kennisbank.interop.html import exported_body_html, safe_html
from kennisbank.interop.vac import build_vac_data
from kennisbank.interop.validation import validate_vac


def answer_vac_data(answer, *, base_url, object_url, settings=None):
    """VAC data for `answer`; `object_url(uuid)` gives the object URL used for related answers,
    `settings` the site settings its body is rendered with (html.export_settings).

    The internal notes go only into `toelichting`, never into `antwoord`.
    """
    antwoord = f"<p>{escape(answer.short_answer)}</p>" + safe_html(
        exported_body_html(answer, settings), base_url
    )
    department = answer.owner_department
    keywords = [tag.name for tag in answer.keywords.all()]
    keywords += [alt.question for alt in answer.alternative_questions.all()]
    return validate_vac(
        build_vac_data(
            question=answer.title,
            antwoord_html=antwoord,
            audience=answer.audience,
            toelichting_html=answer.internal_notes or "",
            department=(department.pk, department.name) if department else None,
            keywords=keywords,
            related_vac_urls=[object_url(related.vac_uuid) for related in answer.related_answers],
            upl_uri=answer.upl_uri,
        )
    )
