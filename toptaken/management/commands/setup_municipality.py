"""Set up a real municipality in an empty database (after `migrate`): the Dutch home page in
place of Wagtail's welcome page, the answers index, the privacy and accessibility statements
with placeholders to fill in, the municipality's name, OWMS identifier and general contact
details, empty contact channels to fill in, and optionally the usual top tasks (without answers:
those come from an import). The roles and their rights come from the migrations. No demo data.

    python manage.py setup_municipality --name "Gemeente Zuidwaarde" \\
        --owms-id "https://standaarden.overheid.nl/owms/terms/Zuidwaarde_(gemeente)" \\
        --url https://kennisbank.zuidwaarde.nl

Options that are missing are asked for when the command runs in a terminal. Running it again
changes nothing that exists, except the web address when --url gives another one.
"""

import ipaddress
import sys
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator, validate_email
from django.db import transaction

from wagtail.models import Site

from kennisbank.content.importing import get_or_create_index
from kennisbank.models import MunicipalitySettings
from toptaken import site_setup
from toptaken.models import TopTaskPage
from toptaken.standard_pages import information_pages


def only_here(hostname: str) -> bool:
    """Whether `hostname` is reachable from this machine alone (localhost, 127.0.0.1, ::1, or a
    name under .localhost): no citizen, KISS or overheid.nl can follow a link to it."""
    hostname = hostname.strip("[]").lower()
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


HOME_INTRO = "Zoek hier het antwoord op uw vraag aan de gemeente."
# The tasks most municipalities' sites start with; their answers come with the import.
STARTER_TOP_TASKS = [
    ("paspoort-en-id-kaart", "Paspoort en ID-kaart", "Aanvragen, ophalen en wat het kost."),
    ("verhuizen", "Verhuizen", "Geef uw nieuwe adres op tijd door."),
    ("afval", "Afval", "Wanneer wordt uw afval opgehaald en waar brengt u het heen?"),
    ("parkeren", "Parkeren", "Vergunningen, tarieven en waar u mag parkeren."),
    ("belastingen", "Belastingen", "De aanslag, betalen en bezwaar maken."),
    ("werk-en-inkomen", "Werk en inkomen", "Hulp bij werk zoeken en een uitkering."),
    ("zorg-en-ondersteuning", "Zorg en ondersteuning", "Hulp thuis, vervoer en mantelzorg."),
    ("vergunningen", "Vergunningen", "Bouwen, verbouwen en evenementen."),
]


class Command(BaseCommand):
    help = "Richt een echte gemeente in op een lege database: startpagina, standaardpagina's, gegevens van de gemeente."

    def add_arguments(self, parser):
        parser.add_argument("--name", help='Bijvoorbeeld "Gemeente Zuidwaarde".')
        parser.add_argument("--owms-id", help="De OWMS-URI van de gemeente.")
        parser.add_argument("--phone", default=None, help="Algemeen telefoonnummer, bijv. 14 0123.")
        parser.add_argument("--email", default=None, help="Algemeen e-mailadres.")
        parser.add_argument(
            "--url",
            default=None,
            help="Webadres van de site, bijv. https://kennisbank.zuidwaarde.nl. Links in de "
            "feed voor overheid.nl en in KISS beginnen hiermee.",
        )
        parser.add_argument(
            "--top-tasks",
            action="store_true",
            help="Maak de gebruikelijke toptaken (zonder antwoorden).",
        )
        parser.add_argument(
            "--no-input",
            action="store_true",
            help="Stel geen vragen; ontbrekende opties zijn een fout.",
        )

    def handle(self, *args, **options):
        interactive = not options["no_input"] and sys.stdin.isatty()
        name = self.value(options, "name", "Naam van de gemeente", interactive, required=True)
        owms_id = self.value(options, "owms_id", "OWMS-URI van de gemeente", interactive)
        phone = self.value(options, "phone", "Algemeen telefoonnummer", interactive)
        email = self.value(options, "email", "Algemeen e-mailadres", interactive)
        url = self.value(options, "url", "Webadres van de site (https://…)", interactive)
        self.validate(owms_id, email)
        if not phone and not email and not self.has_contact_details():
            # Without them every hand-over ("Een medewerker helpt u graag verder:") and the
            # contact page listed nothing at all.
            raise CommandError(
                "Een algemeen telefoonnummer of e-mailadres is verplicht (--phone of --email): "
                "de site en de chat verwijzen inwoners daarheen zolang de contactkanalen nog "
                "niet zijn ingevuld."
            )
        address = self.address(url) if url else None
        with transaction.atomic():
            home = site_setup.install_home_page(name, HOME_INTRO)
            site = Site.objects.get(root_page=home)
            if address:
                site.hostname, site.port = address
                site.save()
            municipality = MunicipalitySettings.for_site(site)
            municipality.name = name
            municipality.owms_identifier = owms_id or municipality.owms_identifier
            municipality.phone = phone or municipality.phone
            municipality.email = email or municipality.email
            municipality.save()
            get_or_create_index()
            pages = site_setup.add_information_pages(
                home, information_pages(phone=municipality.phone, email=municipality.email)
            )
            tasks = self.top_tasks(home) if options["top_tasks"] else 0
        self.stdout.write(self.style.SUCCESS(f"{name} is ingericht."))
        self.stdout.write(
            f"  {pages} standaardpagina's (privacyverklaring, toegankelijkheidsverklaring)"
        )
        if tasks:
            self.stdout.write(f"  {tasks} toptaken zonder antwoorden")
        if only_here(site.hostname):
            self.stdout.write(
                self.style.WARNING(
                    f"Let op: de site heeft nog het adres {site.root_url}. Links in de feed voor "
                    "overheid.nl en in KISS wijzen daarheen. Geef het echte adres op met --url."
                )
            )
        self.stdout.write(
            "Volgende stappen: maak een beheerder (createsuperuser), vul in het beheer "
            "Instellingen → Contactkanalen in, en importeer de antwoorden (import_answers)."
        )

    def value(self, options, key, question, interactive, required=False):
        value = (options.get(key) or "").strip()
        if not value and interactive:
            value = input(f"{question}: ").strip()
        if required and not value:
            raise CommandError(f"{question} is verplicht (--{key.replace('_', '-')}).")
        return value

    def address(self, url: str) -> tuple[str, int]:
        """(hostname, port) of the site's web address; Wagtail writes https for port 443."""
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            port = -1
        if (
            parts.scheme not in ("http", "https")
            or not parts.hostname
            or port == -1
            or parts.path.strip("/")
            or parts.query
        ):
            raise CommandError(
                f"Het webadres is niet geldig: {url}. Schrijf het als https://kennisbank.gemeente.nl."
            )
        if parts.scheme == "https" and port not in (None, 443):
            # Wagtail writes https only for port 443, and would link http://host:8443.
            raise CommandError(f"Een https-adres kan hier alleen op poort 443: {url}.")
        return parts.hostname, port or (443 if parts.scheme == "https" else 80)

    @staticmethod
    def has_contact_details() -> bool:
        return (
            MunicipalitySettings.objects.exclude(phone="").exists()
            or MunicipalitySettings.objects.exclude(email="").exists()
        )

    def validate(self, owms_id, email):
        try:
            if owms_id:
                URLValidator()(owms_id)
        except ValidationError as error:
            raise CommandError(f"De OWMS-URI is geen geldig webadres: {owms_id}") from error
        try:
            if email:
                validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Het e-mailadres is niet geldig: {email}") from error

    def top_tasks(self, home) -> int:
        made = 0
        for slug, title, intro in STARTER_TOP_TASKS:
            if TopTaskPage.objects.child_of(home).filter(slug=slug).exists():
                continue
            page = TopTaskPage(title=title, slug=slug, intro=intro, show_in_menus=True)
            home.add_child(instance=page)
            page.save_revision().publish()
            made += 1
        return made
