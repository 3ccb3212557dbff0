"""The Redactie and the Beheerders may open the analytics reports (search.view_analytics)."""

from django.db import migrations

from kennisbank.access.roles import ADMINISTRATORS, EDITORS, grant_permission


def forwards(apps, schema_editor):
    grant_permission(apps, "search", "view_analytics", [EDITORS, ADMINISTRATORS])


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_analytics_permission"),
        ("kennisbank", "0004_roles_and_answer_workflow"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
