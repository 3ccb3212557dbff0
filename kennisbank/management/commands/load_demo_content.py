"""Build the demo municipality "Gemeente Voorbeeldstad" from kennisbank.demo_content.

Idempotent: what exists is left alone (use --refresh to re-import the answers), so `make run`
can call it on every start.
"""

import datetime
import json

from tqdm import tqdm

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, Site

from kennisbank.access.approval import link_answer_workflow
from kennisbank.access.roles import AGENTS, EDITORS, members_group
from kennisbank.content.importing import AnswerImporter, find_answer, get_or_create_index
from kennisbank.demo_content import departments as department_data
from kennisbank.demo_content import information as information_data
from kennisbank.demo_content import site as site_data
from kennisbank.demo_content import toptasks as toptask_data
from kennisbank.demo_content.answers import ANSWERS
from kennisbank.models import AnswerPage, ContactSettings, Department
from kennisbank.review import add_months
from toptaken.models import HomePage, InformationPage, TopTaskAnswer, TopTaskPage

DEMO_PASSWORD = "voorbeeldstad"  # noqa: S105 - printed on purpose: demo logins only


class Command(BaseCommand):
    help = "Laad de demo-inhoud van Gemeente Voorbeeldstad (afdelingen, antwoorden, toptaken, gebruikers)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh", action="store_true", help="Importeer bestaande antwoorden opnieuw."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Ook uitvoeren als DEBUG uit staat (niet voor productie).",
        )

    def handle(self, *args, refresh, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Demo-inhoud en demo-wachtwoorden horen niet in productie. Gebruik --force als u het zeker weet."
            )
        with transaction.atomic():
            home = self.home_page()
            departments = self.departments()
            self.contact_settings(home)
            self.groups(departments)
        created = self.answers(refresh)
        with transaction.atomic():
            self.top_tasks(home)
            self.information_pages(home)
            self.users(departments)
            self.sign_offs()
        if created:
            call_command("update_index", verbosity=0)
        self.print_summary(departments)

    def home_page(self) -> HomePage:
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=site_data.HOME["title"], slug="voorbeeldstad", intro=site_data.HOME["intro"]
            )
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name=home.title
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = home.title
            site.save()
            # The "Welcome to Wagtail" page of a fresh install is of no use to anyone.
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def departments(self) -> list[Department]:
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

    def contact_settings(self, home):
        site = Site.objects.get(root_page=home)
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
            for channel in site_data.CONTACT_CHANNELS
        ]
        contact.closed_days = [{"type": "day", "value": day} for day in site_data.CLOSED_DAYS]
        contact.save()

    def groups(self, departments):
        """The roles come from migration 0004; here the demo departments get their members
        groups, and answers the owner department's approval (also in an older demo database)."""
        index = get_or_create_index()
        for department in departments:
            members_group(department, index)
        link_answer_workflow(index)

    def answers(self, refresh) -> int:
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
                "review_date": (
                    today + datetime.timedelta(days=answer["review_in_days"])
                ).isoformat(),
                "keywords": answer.get("keywords", []),
                "alternative_questions": answer.get("alternative_questions", []),
                "internal_notes": answer.get("internal_notes", ""),
                "related": answer.get("related", []),
            }
            if "upl" in answer:
                record["upl"] = {"uri": answer["upl"][0], "label": answer["upl"][1]}
            lines.append((number, json.dumps(record, ensure_ascii=False)))
        importer = AnswerImporter(publish=True)
        with tqdm(total=len(lines), unit="antwoord", desc="Antwoorden", file=self.stderr) as bar:
            result = importer.run(lines, progress=bar.update)
        if result.failures:
            raise CommandError(
                "Demo-antwoorden konden niet worden geladen: "
                + "; ".join(
                    f"{records[number - 1]['id']}: {reason}" for number, reason in result.failures
                )
            )
        return result.created

    def top_tasks(self, home):
        for data in toptask_data.TOP_TASKS:
            if TopTaskPage.objects.child_of(home).filter(slug=data["slug"]).exists():
                continue
            page = TopTaskPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                show_in_menus=True,
                sections=[
                    {
                        "type": "section",
                        "value": {
                            "heading": section["heading"],
                            "answers": [
                                find_answer(answer_id).pk for answer_id in section["answers"]
                            ],
                        },
                    }
                    for section in data["sections"]
                ],
            )
            page.key_answer_links = [
                TopTaskAnswer(answer=find_answer(answer_id), sort_order=index)
                for index, answer_id in enumerate(data["key_answers"])
            ]
            home.add_child(instance=page)
            page.save_revision().publish()
        if not home.other_topics:
            home.other_topics = [
                {
                    "type": "topic",
                    "value": {
                        "heading": topic["title"],
                        "answers": [find_answer(answer_id).pk for answer_id in topic["answers"]],
                    },
                }
                for topic in toptask_data.OTHER_TOPICS
            ]
            home.save_revision().publish()

    def information_pages(self, home):
        for data in information_data.INFORMATION_PAGES:
            if not InformationPage.objects.child_of(home).filter(slug=data["slug"]).exists():
                page = InformationPage(
                    title=data["title"], slug=data["slug"], body=" ".join(data["body"].split())
                )
                home.add_child(instance=page)
                page.save_revision().publish()

    def users(self, departments):
        user_model = get_user_model()
        accounts = [
            ("beheerder", "Beheerder", None, True),
            ("redactie", "Redacteur", Group.objects.get_or_create(name=EDITORS)[0], False),
            ("kcc", "KCC-medewerker", Group.objects.get_or_create(name=AGENTS)[0], False),
        ] + [
            (department.slug, department.name, department.group, False)
            for department in departments
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

    def sign_offs(self):
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

    def print_summary(self, departments):
        self.stdout.write(self.style.SUCCESS("Demo-inhoud van Gemeente Voorbeeldstad staat klaar."))
        self.stdout.write(
            f"Inloggen op {settings.WAGTAILADMIN_BASE_URL}/admin/ (wachtwoord: {DEMO_PASSWORD})"
        )
        self.stdout.write("  beheerder   alles beheren")
        self.stdout.write("  redactie    webredactie: alles bewerken en publiceren")
        self.stdout.write("  kcc         medewerker klantcontactcentrum")
        examples = ", ".join(department.slug for department in departments[:3])
        self.stdout.write(
            f"  {examples}, ...  één account per afdeling: eigen antwoorden bewerken,"
            " goedkeuren en aftekenen"
        )
