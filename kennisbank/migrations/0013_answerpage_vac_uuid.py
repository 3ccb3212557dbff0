import uuid

from django.db import migrations, models


def fill_uuids(apps, schema_editor):
    AnswerPage = apps.get_model("kennisbank", "AnswerPage")
    for page in AnswerPage.objects.filter(vac_uuid__isnull=True).only("pk").iterator():
        AnswerPage.objects.filter(pk=page.pk).update(vac_uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0012_municipality_settings")]

    operations = [
        # Three steps because a callable default is evaluated once for all existing rows.
        migrations.AddField(
            model_name="answerpage",
            name="vac_uuid",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(fill_uuids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="answerpage",
            name="vac_uuid",
            field=models.UUIDField(
                default=uuid.uuid4,
                editable=False,
                unique=True,
                verbose_name="VAC uuid",
                help_text="Identifier of this answer as a VAC object in the Objects API. Never changes.",
            ),
        ),
    ]
