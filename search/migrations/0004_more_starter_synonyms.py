"""Starter synonyms added after the first release, for databases that already have the list;
and the Redactie and Beheerders may now manage synonyms (the analytics reports offer "add as
synonym" to them).

The groups are written out here rather than imported, so this migration stays what it was
when later edits change search/synonyms_starter.py. Editors' own changes win: a group is only
added when none of its phrases is in use yet, and words are only added to an existing gft group.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SYNONYM_MANAGERS = ["Redactie", "Beheerders"]
SYNONYM_PERMISSIONS = [
    "add_synonymgroup",
    "change_synonymgroup",
    "delete_synonymgroup",
    "view_synonymgroup",
]

NEW_GROUPS = [
    ["bouw- en sloopafval", "bouwafval", "sloopafval", "puin"],
    ["kappen", "omzagen", "omhakken"],
    ["uitrit", "inrit", "oprit", "verlaagde stoep", "stoep verlagen"],
]
GFT_ADDITIONS = ["groene bak", "groene container"]


def phrases_of(group) -> list[str]:
    return [phrase.strip() for phrase in group.phrases.split(",") if phrase.strip()]


def add_synonyms(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    groups = list(SynonymGroup.objects.all())
    if not groups:
        return  # 0002 loads the whole current list into an empty table
    in_use = {phrase for group in groups for phrase in phrases_of(group)}
    for new in NEW_GROUPS:
        if not in_use.intersection(new):
            SynonymGroup.objects.create(phrases=", ".join(new))
    for group in groups:
        phrases = phrases_of(group)
        if phrases and phrases[0] == "gft":
            missing = [phrase for phrase in GFT_ADDITIONS if phrase not in in_use]
            if missing:
                group.phrases = ", ".join(phrases + missing)
                group.save(update_fields=["phrases"])


def let_editors_manage_synonyms(apps, schema_editor):
    # On a new database Django creates permissions only after all migrations have run.
    search = apps.get_app_config("search")
    search.models_module = True
    create_permissions(search, apps=apps, verbosity=0)
    search.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="search", codename__in=SYNONYM_PERMISSIONS
    )
    for group in Group.objects.filter(name__in=SYNONYM_MANAGERS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_analytics_events"),
        ("kennisbank", "0004_roles_and_answer_workflow"),
    ]

    operations = [
        migrations.RunPython(add_synonyms, migrations.RunPython.noop),
        migrations.RunPython(let_editors_manage_synonyms, migrations.RunPython.noop),
    ]
