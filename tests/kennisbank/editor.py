"""Posting the answer editor in tests: the form data Wagtail's page editor expects."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def answer_form(department, **overrides):
    return nested_form_data(
        {
            "title": "Wat kost een paspoort?",
            "slug": "wat-kost-een-paspoort",
            "short_answer": "Een paspoort kost € 84,70 voor volwassenen.",
            "body": streamfield([("paragraph", rich_text("<p>U betaalt aan de balie.</p>"))]),
            "internal_notes": rich_text("<p>Kinderen onder 18: lager tarief.</p>"),
            "owner_department": department.pk,
            "review_date": "",
            "audience": "inwoners",
            "keywords": "reisdocument",
            "alternative_questions": inline_formset([{"question": "prijs paspoort"}]),
            "related_answer_links": inline_formset([]),
            "upl_uri": "",
            "upl_label": "",
            "external_id": "",
            **overrides,
        }
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(index):
    return reverse("wagtailadmin_pages:add", args=("kennisbank", "answerpage", index.pk))


def edit_form(page, **overrides):
    fields = {"title": page.title, "slug": page.slug, "review_date": page.review_date.isoformat()}
    return answer_form(page.owner_department, **{**fields, **overrides})
