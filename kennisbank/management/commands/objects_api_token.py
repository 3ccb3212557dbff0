"""Make a key for a system that reads VACs from Kennisbank (KISS):

    python manage.py objects_api_token --name KISS

The key is printed once, as the last line; only its hash is stored. Revoke it in the admin
(Instellingen → Objects API-sleutels).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from kennisbank.models import ObjectsApiToken


class Command(BaseCommand):
    help = _("Make a new key for reading VACs from Kennisbank's Objects API.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--name", required=True, help=_("Which system uses the key, e.g. KISS.")
        )

    def handle(self, *args, name, **options):
        name = name.strip()
        if not name or len(name) > 100:
            raise CommandError(_("Give a name of 1 to 100 characters."))
        _token, key = ObjectsApiToken.issue(name)
        self.stdout.write(
            _("Key for “%(name)s” made. It is shown only now; store it in the system that uses it:")
            % {"name": name}
        )
        self.stdout.write(key)
