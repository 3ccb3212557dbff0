"""Contact moments use the one channel list (ChannelKind, English values like the contact
settings), and the editors' review report goes to those with the permission, not to a group
name in code."""

from django.db import migrations

from kennisbank.access.roles import EDITORS, grant_permission

# Values of the former ContactChannel that differ from ChannelKind.
RENAMED = {"telefoon": "phone", "balie": "counter", "brief": "letter"}


def forwards(apps, schema_editor):
    registrations = apps.get_model("kennisbank", "ContactRegistration").objects
    for old, new in RENAMED.items():
        registrations.filter(channel=old).update(channel=new)
    grant_permission(apps, "kennisbank", "receive_editors_report", [EDITORS])


def backwards(apps, schema_editor):
    registrations = apps.get_model("kennisbank", "ContactRegistration").objects
    for old, new in RENAMED.items():
        registrations.filter(channel=new).update(channel=old)


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0007_one_channel_kind_and_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
