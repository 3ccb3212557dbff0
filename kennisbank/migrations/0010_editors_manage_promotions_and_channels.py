"""The Redactie manages promoted search results ("Uitgelichte zoekresultaten") and the contact
channels with their opening hours, as the README says editors can."""

from django.db import migrations

from kennisbank.access.roles import EDITORS, grant_permission

PERMISSIONS = [
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
    ("kennisbank", "change_contactsettings"),
]


def forwards(apps, schema_editor):
    for app_label, codename in PERMISSIONS:
        grant_permission(apps, app_label, codename, [EDITORS])


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0009_four_eyes_approval"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
