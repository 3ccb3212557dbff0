import datetime

import factory
import wagtail_factories

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

from kennisbank.access.roles import ADMINISTRATORS, AGENTS, EDITORS, members_group
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


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.Sequence(lambda n: f"Medewerker {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@voorbeeldstad.example")
    password = factory.django.Password("voorbeeldstad")

    @factory.post_generation
    def groups(self, create, groups, **kwargs):
        if create and groups:
            self.groups.add(*groups)


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    name = factory.Sequence(lambda n: f"Groep {n}")


def department_member(department, index, **kwargs):
    """A user in `department`'s members group, with the rights the demo gives members."""
    return UserFactory(groups=[members_group(department, index)], **kwargs)


def editor(**kwargs):
    """A user of the Redactie role that migration 0004 creates."""
    return UserFactory(groups=[Group.objects.get(name=EDITORS)], **kwargs)


def administrator(**kwargs):
    """A user of the Beheerders role that migration 0004 creates."""
    return UserFactory(groups=[Group.objects.get(name=ADMINISTRATORS)], **kwargs)


def agent(**kwargs):
    """A contact-centre agent (KCC-medewerkers): reads, edits nothing."""
    return UserFactory(groups=[Group.objects.get(name=AGENTS)], **kwargs)


def published_answer(index, department, **kwargs):
    """An answer published through a revision, as the editor and the import do it."""
    answer = AnswerPageFactory(parent=index, owner_department=department, **kwargs)
    answer.save_revision().publish()
    answer.refresh_from_db()
    return answer


# --- Contact moments (kennisbank.ContactRegistration) ---------------------------------------


class ContactRegistrationFactory(factory.django.DjangoModelFactory):
    """A contact moment as the workbench registers it; `answers=[...]` links the answers used."""

    class Meta:
        model = "kennisbank.ContactRegistration"
        skip_postgeneration_save = True

    channel = "phone"
    result = "afgehandeld"
    question = ""

    @factory.post_generation
    def answers(self, create, answers, **kwargs):
        if create and answers:
            self.answers.add(*answers)


class UplProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "kennisbank.UplProduct"
        django_get_or_create = ("uri",)

    label = factory.Sequence(lambda n: f"productnaam {n}")
    uri = factory.LazyAttribute(
        lambda product: "http://standaarden.overheid.nl/owms/terms/" + slugify(product.label)
    )
    for_citizens = True
    municipal = True
