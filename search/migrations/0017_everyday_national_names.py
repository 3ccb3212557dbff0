"""Everyday names for what national answers call by their official name ("blauwe envelop" for the
Belastingdienst, "baas" for werkgever, "op kamers" for uitwonend, "wegenbelasting" for
motorrijtuigenbelasting) and the agencies' abbreviations, for databases that already have the
list.

Written out rather than imported from search/synonyms_starter.py, so this migration stays what it
was. Editors' own changes win: a group is only added when none of its phrases is in use yet.
"""

import re

from django.db import migrations

NEW_GROUPS = [
    ["belastingdienst", "fiscus", "blauwe envelop", "blauwe brief"],
    ["werkgever", "baas", "werkgeefster"],
    ["salaris", "loon", "brutoloon", "nettoloon"],
    ["uitwonend", "op kamers", "op mezelf wonen", "op zichzelf wonen"],
    ["motorrijtuigenbelasting", "wegenbelasting", "autobelasting", "mrb"],
    ["studieschuld", "duo-schuld", "studieachterstand"],
    ["vakantiegeld", "vakantietoeslag", "vakantie-uitkering"],
    ["kraamzorg", "kraamhulp", "kraamverzorgster"],
    ["svb", "sociale verzekeringsbank"],
    ["uwv", "uitvoeringsinstituut werknemersverzekeringen"],
    ["duo", "dienst uitvoering onderwijs"],
    ["ind", "immigratie- en naturalisatiedienst"],
    ["rdw", "rijksdienst voor het wegverkeer"],
    ["cak", "centraal administratiekantoor"],
]


def phrases_of(group) -> list[str]:
    # Split as SynonymGroup.clean splits: on commas and lines.
    return [phrase.strip() for phrase in re.split(r"[,\n]", group.phrases) if phrase.strip()]


def add_groups(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    groups = list(SynonymGroup.objects.all())
    if not groups:
        return  # 0002 loads the whole current list into an empty table
    in_use = {phrase.casefold() for group in groups for phrase in phrases_of(group)}
    for new in NEW_GROUPS:
        if not in_use.intersection(new):
            SynonymGroup.objects.create(phrases=", ".join(new))


class Migration(migrations.Migration):
    dependencies = [("search", "0016_national_service_synonyms")]

    operations = [migrations.RunPython(add_groups, migrations.RunPython.noop)]
