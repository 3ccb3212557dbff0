"""Load the demo municipality's content (kennisbank.demo_content): departments with their
members groups and accounts, contact channels, answers and their sign-offs. The public site's
demo (home page, top tasks) is built by toptaken's load_demo_content command, which calls these
in order."""

import datetime
import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from kennisbank.access.approval import link_answer_workflow
from kennisbank.access.roles import AGENTS, EDITORS, members_group
from kennisbank.content.importing import AnswerImporter, find_answer, get_or_create_index
from kennisbank.demo_content import contact as contact_data
from kennisbank.demo_content import departments as department_data
from kennisbank.demo_content.answers import ANSWERS
from kennisbank.models import AnswerPage, ContactSettings, Department, MunicipalitySettings
from kennisbank.review import add_months

DEMO_PASSWORD = "voorbeeldstad"  # noqa: S105 - printed on purpose: demo logins only


class DemoContentError(Exception):
    """Demo answers that could not be imported."""


def load_departments() -> list[Department]:
    result = []
    for data in department_data.DEPARTMENTS:
        department, _ = Department.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "reminder_emails": ", ".join(data["reminder_emails"]),
                "escalation_email": data["escalation_email"],
                "review_interval_months": data["review_interval_months"],
                "contact": data.get("contact", ""),
            },
        )
        result.append(department)
    return result


def load_contact_settings(site):
    """The demo municipality's name and general contact details, its channels and closed
    days, unless the site has them already."""
    municipality = MunicipalitySettings.for_site(site)
    if not municipality.name:
        for field, value in contact_data.MUNICIPALITY.items():
            setattr(municipality, field, value)
        municipality.save()
    contact = ContactSettings.for_site(site)
    if contact.channels:
        return
    contact.channels = [
        {
            "type": "channel",
            "value": {
                "name": channel["name"],
                "kind": channel["kind"],
                "contact": channel["contact"],
                "note": channel.get("note", ""),
                "hours": [
                    {
                        "weekday": str(period["weekday"]),
                        "opens": period["opens"],
                        "closes": period["closes"],
                    }
                    for period in channel["hours"]
                ],
            },
        }
        for channel in contact_data.CONTACT_CHANNELS
    ]
    contact.closed_days = [{"type": "day", "value": day} for day in contact_data.CLOSED_DAYS]
    contact.save()


def link_roles(departments):
    """The roles come from migration 0004; here the demo departments get their members
    groups, and answers the owner department's approval (also in an older demo database)."""
    index = get_or_create_index()
    for department in departments:
        members_group(department, index)
    link_answer_workflow(index)


def load_answers(refresh: bool, progress=None) -> int:
    """Import the demo answers (all with `refresh`, else only missing ones); the number created.
    `progress(n)` is called as lines are imported. They are published by the web editors'
    account (load_users first), so the reports and the history name someone, as they would
    for content a municipality wrote."""
    today = timezone.localdate()
    records = [answer for answer in ANSWERS if refresh or find_answer(answer["id"]) is None]
    if not records:
        return 0
    slugs = {data["slug"]: data["name"] for data in department_data.DEPARTMENTS}
    lines = []
    for number, answer in enumerate(records, start=1):
        record = {
            **{key: answer[key] for key in ("id", "title", "short_answer", "body", "audience")},
            "department": slugs[answer["department"]],
            "review_date": (today + datetime.timedelta(days=answer["review_in_days"])).isoformat(),
            "keywords": answer.get("keywords", []),
            "alternative_questions": answer.get("alternative_questions", []),
            "internal_notes": answer.get("internal_notes", ""),
            "related": answer.get("related", []),
        }
        if "upl" in answer:
            record["upl"] = {"uri": answer["upl"][0], "label": answer["upl"][1]}
        lines.append((number, json.dumps(record, ensure_ascii=False)))
    publisher = get_user_model().objects.filter(username=DEMO_PUBLISHER).first()
    importer = AnswerImporter(publish=True, user=publisher)
    result = importer.run(lines, progress=progress)
    if result.failures:
        raise DemoContentError(
            "Demo-antwoorden konden niet worden geladen: "
            + "; ".join(
                f"{records[number - 1]['id']}: {reason}" for number, reason in result.failures
            )
        )
    return result.created


# The demo account that wrote and published the demo answers.
DEMO_PUBLISHER = "redactie"
DEPARTMENT_WITH_TWO_MEMBERS = "burgerzaken"


def load_users(departments):
    user_model = get_user_model()
    accounts = [
        ("beheerder", "Beheerder", None, True),
        ("redactie", "Redacteur", Group.objects.get_or_create(name=EDITORS)[0], False),
        ("kcc", "KCC-medewerker", Group.objects.get_or_create(name=AGENTS)[0], False),
    ] + [(department.slug, department.name, department.group, False) for department in departments]
    # One department with two members, so the demo shows four eyes inside a department: what
    # one of them submits, the other approves (elsewhere the Redactie approves).
    accounts += [
        (f"{department.slug}-collega", f"Collega {department.name}", department.group, False)
        for department in departments
        if department.slug == DEPARTMENT_WITH_TWO_MEMBERS
    ]
    for username, first_name, group, is_superuser in accounts:
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "email": f"{username}@voorbeeldstad.example",
                "is_staff": is_superuser,
                "is_superuser": is_superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if group:
            user.groups.add(group)


def sign_off_answers():
    """Answers that are not overdue were signed off one interval before their review date,
    by the department's demo account. Answers signed off in the demo are left alone."""
    today = timezone.localdate()
    user_model = get_user_model()
    answers = AnswerPage.objects.filter(reviewed_at=None, review_date__gte=today)
    for answer in answers.select_related("owner_department"):
        department = answer.owner_department
        reviewed_on = add_months(answer.review_date, -department.review_interval_months)
        if reviewed_on > today:
            continue
        AnswerPage.objects.filter(pk=answer.pk).update(
            reviewed_at=timezone.make_aware(
                datetime.datetime.combine(reviewed_on, datetime.time(10))
            ),
            reviewed_by=user_model.objects.filter(username=department.slug).first(),
        )
