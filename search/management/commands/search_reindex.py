from tqdm import tqdm

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from kennisbank.models import AnswerPage
from search.engines import elasticsearch_enabled


class Command(BaseCommand):
    help = "Bouw de zoekindex opnieuw op (Elasticsearch als SEARCH_ENGINE=elasticsearch, anders de database)."

    def handle(self, *args, **options):
        if not elasticsearch_enabled():
            call_command("update_index", verbosity=options["verbosity"])
            return
        from search.engines.elasticsearch import ElasticsearchIndexer, ElasticsearchUnavailable

        pages = AnswerPage.objects.live().public().prefetch_related("alternative_questions")
        with tqdm(total=pages.count(), unit="antwoord", file=self.stderr) as bar:
            try:
                count = ElasticsearchIndexer().rebuild(
                    pages.iterator(chunk_size=500), progress=bar.update
                )
            except ElasticsearchUnavailable as error:
                raise CommandError(f"Elasticsearch is niet bereikbaar: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"{count} antwoorden geïndexeerd in Elasticsearch."))
