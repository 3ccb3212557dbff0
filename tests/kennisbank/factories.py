import datetime

import factory
import wagtail_factories

from django.utils.text import slugify

from kennisbank.models import AnswerPage, Audience, Department, KennisbankIndexPage


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department

    name = factory.Sequence(lambda n: f"Afdeling {n}")
    slug = factory.LazyAttribute(lambda department: slugify(department.name))
    reminder_emails = factory.LazyAttribute(
        lambda department: f"{department.slug}@voorbeeldstad.example"
    )
    escalation_email = factory.LazyAttribute(
        lambda department: f"hoofd.{department.slug}@voorbeeldstad.example"
    )
    review_interval_months = 12


class KennisbankIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = KennisbankIndexPage

    title = "Vragen en antwoorden"
    slug = "vragen"


class AnswerPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = AnswerPage

    title = factory.Sequence(lambda n: f"Hoe regel ik zaak nummer {n}?")
    slug = factory.Sequence(lambda n: f"antwoord-{n}")
    short_answer = "U regelt dit online met DigiD. Het kost niets."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Wat heeft u nodig?"},
            {"type": "paragraph", "value": "<p>U heeft uw DigiD nodig.</p>"},
            {"type": "steps", "value": ["Log in met DigiD.", "Vul het formulier in."]},
        ]
    )
    internal_notes = "<p>Controleer eerst de gegevens in de BRP-applicatie.</p>"
    owner_department = factory.SubFactory(DepartmentFactory)
    review_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=180))
    audience = Audience.RESIDENTS
