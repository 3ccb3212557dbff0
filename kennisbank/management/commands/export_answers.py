import json

from django.core.management.base import BaseCommand

from kennisbank.content.importing import export_record
from kennisbank.models import AnswerPage


class Command(BaseCommand):
    help = "Exporteer alle antwoorden als JSON Lines, in het formaat van import_answers."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", default="-", help="Doelbestand; standaard de terminal."
        )

    def handle(self, *args, file, **options):
        pages = AnswerPage.objects.order_by("path").select_related("owner_department")
        lines = [json.dumps(export_record(page), ensure_ascii=False) for page in pages]
        if file == "-":
            for line in lines:
                self.stdout.write(line)
        else:
            with open(file, "w", encoding="utf-8") as handle:
                handle.writelines(f"{line}\n" for line in lines)
            self.stderr.write(
                self.style.SUCCESS(f"{len(lines)} antwoorden geschreven naar {file}.")
            )
