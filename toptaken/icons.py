"""Icons for top tasks: a curated few of the open Lucide set (npm lucide-static, ISC licence),
served from our own static files as /static/icons/<name>.svg."""

from django.utils.translation import gettext_lazy as _

TOP_TASK_ICONS = [
    ("id-card", _("Identity card")),
    ("truck", _("Moving van")),
    ("trash-2", _("Waste bin")),
    ("car-front", _("Car")),
    ("landmark", _("Town hall")),
    ("triangle-alert", _("Warning sign")),
    ("hammer", _("Hammer")),
    ("briefcase", _("Briefcase")),
    ("heart-handshake", _("Helping hands")),
    ("baby", _("Baby")),
    ("house", _("House")),
    ("school", _("School")),
    ("store", _("Shop")),
    ("vote", _("Ballot box")),
    ("users", _("People")),
    ("calendar", _("Calendar")),
]
