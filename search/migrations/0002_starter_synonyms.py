from django.db import migrations


def load_starter_synonyms(apps, schema_editor):
    from search.synonyms_starter import STARTER_SYNONYMS

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    if SynonymGroup.objects.exists():
        return
    SynonymGroup.objects.bulk_create(SynonymGroup(phrases=", ".join(group)) for group in STARTER_SYNONYMS)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms")]

    operations = [migrations.RunPython(load_starter_synonyms, migrations.RunPython.noop)]
