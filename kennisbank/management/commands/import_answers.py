import sys
from pathlib import Path

from tqdm import tqdm

from django.core.management.base import BaseCommand, CommandError

from kennisbank.content.importing import AnswerImporter


class Command(BaseCommand):
    help = "Importeer antwoorden uit een JSON Lines-bestand (één antwoord per regel)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pad naar het .jsonl-bestand, of - voor standaardinvoer.")
        parser.add_argument(
            "--department", default="", help="Afdeling voor regels zonder “department”."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publiceer de antwoorden direct."
        )

    def handle(self, *args, file, department, publish, **options):
        if file == "-":
            lines = sys.stdin.read().splitlines()
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(f"Bestand niet gevonden: {file}")
            try:
                lines = path.read_text(encoding="utf-8-sig").splitlines()
            except UnicodeDecodeError as error:
                raise CommandError(f"Het bestand is geen UTF-8-tekst: {error}") from error

        importer = AnswerImporter(default_department=department, publish=publish)
        with tqdm(
            total=sum(1 for line in lines if line.strip()), unit="antwoord", file=self.stderr
        ) as bar:
            result = importer.run(enumerate(lines, start=1), progress=bar.update)
        for line_number, reason in result.failures:
            self.stderr.write(f"Regel {line_number}: {reason}")
        for identifier in result.kept_as_draft:
            self.stderr.write(
                f"{identifier}: niet gepubliceerd maar als concept bewaard, want het leest "
                "moeilijker dan B1 en de afdeling publiceert alleen B1."
            )
        summary = f"{result.created} nieuw, {result.updated} bijgewerkt, {result.failed} mislukt."
        if result.failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
