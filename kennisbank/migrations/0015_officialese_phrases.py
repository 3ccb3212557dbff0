"""The officialese list becomes the Redactie's: the shipped list as the start, editable by
the Redactie and Beheerders in Kennisbank -> Ambtelijke taal."""

from django.db import migrations, models

from kennisbank.access.roles import ADMINISTRATORS, EDITORS, grant_permission
from kennisbank.readability.officialese import shipped_entries


def load_shipped_list(apps, schema_editor):
    model = apps.get_model("kennisbank", "OfficialesePhrase")
    model.objects.bulk_create(
        [
            model(phrase=entry.phrase, plain=entry.plain, other_forms=", ".join(entry.forms))
            for entry in shipped_entries()
        ],
        ignore_conflicts=True,
    )
    for action in ("add", "change", "delete"):
        grant_permission(
            apps, "kennisbank", f"{action}_officialesephrase", [EDITORS, ADMINISTRATORS]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("kennisbank", "0014_objects_api_outbox_and_keys"),
    ]

    operations = [
        migrations.CreateModel(
            name="OfficialesePhrase",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "phrase",
                    models.CharField(
                        help_text="The word or words to flag, e.g. “teneinde” or “in het kader van”.",
                        max_length=100,
                        unique=True,
                        verbose_name="officialese",
                    ),
                ),
                (
                    "plain",
                    models.CharField(
                        help_text="What to write instead, e.g. “om”.",
                        max_length=100,
                        verbose_name="plain alternative",
                    ),
                ),
                (
                    "other_forms",
                    models.TextField(
                        blank=True,
                        help_text="Other forms that are flagged the same way, separated by commas, e.g. the forms of a verb: “verstrek, verstrekt, verstrekte, verstrekten”.",
                        verbose_name="other forms",
                    ),
                ),
                (
                    "active",
                    models.BooleanField(
                        default=True,
                        help_text="Only active phrases are flagged.",
                        verbose_name="active",
                    ),
                ),
            ],
            options={
                "verbose_name": "officialese",
                "verbose_name_plural": "officialese",
                "ordering": ["phrase"],
            },
        ),
        migrations.RunPython(load_shipped_list, migrations.RunPython.noop),
    ]
