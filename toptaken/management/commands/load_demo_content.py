"""Build the demo municipality "Gemeente Voorbeeldstad": its content from kennisbank.demo_content
(kennisbank.content.demo) and its public site from toptaken.demo_content.

Idempotent: what exists is left alone (use --refresh to re-import the answers), so `make run`
can call it on every start.
"""

from tqdm import tqdm

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Site

from kennisbank.content import demo
from kennisbank.content.importing import find_answer
from kennisbank.demo_content import contact as contact_data
from toptaken import site_setup
from toptaken.demo_activity import load_demo_activity
from toptaken.demo_content import site as site_data
from toptaken.demo_content import toptasks as toptask_data
from toptaken.models import TopTaskAnswer, TopTaskPage
from toptaken.standard_pages import information_pages


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
            home = site_setup.install_home_page(site_data.HOME["title"], site_data.HOME["intro"])
            departments = demo.load_departments()
            site = Site.objects.get(root_page=home)
            site_setup.serve_demo_locally(site)
            demo.load_contact_settings(site)
            demo.link_roles(departments)
            demo.load_users(departments)
        total = len(demo.ANSWERS)
        with tqdm(total=total, unit="antwoord", desc="Antwoorden", file=self.stderr) as bar:
            try:
                created = demo.load_answers(refresh, progress=bar.update)
            except demo.DemoContentError as error:
                raise CommandError(str(error)) from error
        with transaction.atomic():
            self.top_tasks(home)
            site_setup.add_information_pages(
                home,
                information_pages(
                    phone=contact_data.MUNICIPALITY["phone"],
                    email=contact_data.MUNICIPALITY["email"],
                    privacy_email=site_data.PRIVACY_EMAIL,
                ),
            )
            demo.sign_off_answers()
        if created:
            call_command("update_index", verbosity=0)
        # After the index is up to date: the questions are searched for real.
        asked = load_demo_activity()
        if asked:
            self.stdout.write(f"{asked} demo-zoekvragen van de afgelopen 8 weken vastgelegd.")
        self.print_summary(departments)

    def top_tasks(self, home):
        for data in toptask_data.TOP_TASKS:
            existing = TopTaskPage.objects.child_of(home).filter(slug=data["slug"]).first()
            if existing:
                # An older demo gets the icons without being rebuilt.
                if not existing.icon and data["slug"] in toptask_data.ICONS:
                    TopTaskPage.objects.filter(pk=existing.pk).update(
                        icon=toptask_data.ICONS[data["slug"]]
                    )
                continue
            page = TopTaskPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                icon=toptask_data.ICONS.get(data["slug"], ""),
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

    def print_summary(self, departments):
        self.stdout.write(self.style.SUCCESS("Demo-inhoud van Gemeente Voorbeeldstad staat klaar."))
        self.stdout.write(
            f"Inloggen op {settings.WAGTAILADMIN_BASE_URL}/admin/ (wachtwoord: {demo.DEMO_PASSWORD})"
        )
        self.stdout.write("  beheerder   alles beheren")
        self.stdout.write("  redactie    webredactie: alles bewerken en publiceren")
        self.stdout.write("  kcc         medewerker klantcontactcentrum")
        examples = ", ".join(department.slug for department in departments[:3])
        self.stdout.write(
            f"  {examples}, ...  één account per afdeling: eigen antwoorden bewerken en"
            " aftekenen; wijzigingen keurt de redactie goed"
        )
        self.stdout.write(
            f"  {demo.DEPARTMENT_WITH_TWO_MEMBERS}-collega  tweede account van"
            f" {demo.DEPARTMENT_WITH_TWO_MEMBERS}: keurt de wijzigingen van"
            f" '{demo.DEPARTMENT_WITH_TWO_MEMBERS}' goed (vier ogen)"
        )
