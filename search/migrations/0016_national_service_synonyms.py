"""Starter synonym groups for the national services a contact centre is asked about
(kinderbijslag, AOW, toeslagen, verlof, …), and "crèche" and "kdv" for kinderopvang, for
databases that already have the list.

Written out rather than imported from search/synonyms_starter.py, so this migration stays what it
was. Editors' own changes win: a group is only added when none of its phrases is in use yet, and
the words only join the kinderopvang group as the starter list made it, when no group uses them.
"""

import re

from django.db import migrations

NEW_GROUPS = [
    ["kinderbijslag", "kindergeld", "kinderbijslaguitkering"],
    ["kindgebonden budget", "kindgebondenbudget"],
    ["aow", "aow-uitkering", "ouderdomspensioen", "staatspensioen", "algemene ouderdomswet"],
    ["aow-leeftijd", "pensioenleeftijd", "aow leeftijd"],
    ["ww", "ww-uitkering", "werkloosheidsuitkering", "werkloosheidswet"],
    ["wia", "wia-uitkering", "arbeidsongeschiktheidsuitkering", "wao", "wga"],
    ["ziektewet", "ziektewetuitkering"],
    ["zorgtoeslag", "zorgsubsidie", "toeslag voor de zorgverzekering"],
    ["kinderopvangtoeslag", "toeslag kinderopvang", "opvangtoeslag"],
    ["studiefinanciering", "stufi", "studiebeurs", "studielening"],
    ["belastingaangifte", "aangifte inkomstenbelasting", "belastingformulier", "ib-aangifte"],
    ["verhuurder", "huisbaas", "verhuurster"],
    ["woningcorporatie", "woningbouwvereniging", "woningbouw", "corporatie"],
    ["huurverhoging", "huurprijsverhoging", "hogere huur"],
    ["waarborgsom", "borg", "borgsom"],
    ["verkeersboete", "flitsboete", "snelheidsboete", "verkeersbon"],
    ["cjib", "centraal justitieel incassobureau"],
    ["zwangerschapsverlof", "bevallingsverlof", "zwangerschaps- en bevallingsverlof"],
    ["geboorteverlof", "vaderschapsverlof", "kraamverlof", "partnerverlof", "vaderverlof"],
    ["ouderschapsverlof", "ouderverlof"],
    ["zelfstandige", "zzp'er", "zzp", "zzper", "freelancer", "zelfstandig ondernemer"],
    ["kvk", "kamer van koophandel", "handelsregister"],
    ["btw", "omzetbelasting"],
    ["zorgverzekering", "ziektekostenverzekering", "basisverzekering"],
    ["testament", "laatste wil", "wilsbeschikking"],
    ["erfenis", "nalatenschap", "erfgenaam"],
    ["vakantieverlof", "vrij van school", "verlof buiten de schoolvakanties"],
    ["dubbele nationaliteit", "twee nationaliteiten", "twee paspoorten"],
    ["rijbewijs omwisselen", "rijbewijs omruilen", "buitenlands rijbewijs omwisselen"],
    ["rijbewijskeuring", "medische keuring", "gezondheidsverklaring", "keuring rijbewijs"],
    ["begeleid rijden", "2todrive", "rijbewijs op 17"],
]
CHILDCARE_FIRST_PHRASE = "kinderopvang"
CHILDCARE_ADDITIONS = ["crèche", "kdv"]


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
    missing = [phrase for phrase in CHILDCARE_ADDITIONS if phrase not in in_use]
    for group in groups:
        phrases = phrases_of(group)
        if missing and phrases and phrases[0].casefold() == CHILDCARE_FIRST_PHRASE:
            group.phrases = ", ".join([*phrases, *missing])
            group.save(update_fields=["phrases"])
            return


class Migration(migrations.Migration):
    dependencies = [("search", "0015_vuil_synonym")]

    operations = [migrations.RunPython(add_groups, migrations.RunPython.noop)]
