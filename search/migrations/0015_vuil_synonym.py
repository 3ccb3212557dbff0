"""A word added to a starter synonym group, for databases that already have the list: "vuil op
straat" and "vuil" found nothing that fitted, because the answers say "afval" ("zwerfafval",
"grofvuil" only as a compound).

Written out rather than imported from search/synonyms_starter.py, so this migration stays what it
was. Editors' own changes win: the word is only added to the group as the starter list made it
(its first phrase "vuilnis"), and only when no group uses it yet.
"""

import re

from django.db import migrations

GROUP_FIRST_PHRASE = "vuilnis"
NEW_PHRASE = "vuil"


def phrases_of(group) -> list[str]:
    # Split as SynonymGroup.clean splits: on commas and lines.
    return [phrase.strip() for phrase in re.split(r"[,\n]", group.phrases) if phrase.strip()]


def add_phrase(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    groups = list(SynonymGroup.objects.all())
    in_use = {phrase.casefold() for group in groups for phrase in phrases_of(group)}
    if NEW_PHRASE in in_use:
        return
    for group in groups:
        phrases = phrases_of(group)
        if phrases and phrases[0].casefold() == GROUP_FIRST_PHRASE:
            group.phrases = ", ".join([*phrases, NEW_PHRASE])
            group.save(update_fields=["phrases"])
            return


class Migration(migrations.Migration):
    dependencies = [("search", "0014_cancel_synonyms")]

    operations = [migrations.RunPython(add_phrase, migrations.RunPython.noop)]
