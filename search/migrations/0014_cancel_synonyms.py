"""A starter synonym group added later, for databases that already have the list: "afspraak
annuleren" found nothing, because the answers say "afzeggen".

Written out rather than imported from search/synonyms_starter.py, so this migration stays what it
was. Editors' own changes win: the group is only added when none of its phrases is in use yet.
"""

import re

from django.db import migrations

NEW_GROUP = ["afzeggen", "annuleren", "cancelen"]


def add_group(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    groups = list(SynonymGroup.objects.all())
    if not groups:
        return  # 0002 loads the whole current list into an empty table
    # Compared as SynonymGroup.clean compares: case-folded, phrases split on commas and lines.
    in_use = {
        phrase.strip().casefold()
        for group in groups
        for phrase in re.split(r"[,\n]", group.phrases)
        if phrase.strip()
    }
    if not in_use.intersection(NEW_GROUP):
        SynonymGroup.objects.create(phrases=", ".join(NEW_GROUP))


class Migration(migrations.Migration):
    dependencies = [("search", "0013_embedding_index_with_answer")]

    operations = [migrations.RunPython(add_group, migrations.RunPython.noop)]
