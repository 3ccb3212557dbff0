from tqdm import tqdm

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from kennisbank.models import AnswerPage
from search.embeddings import get_backend, reset_backend
from search.embeddings.store import embed_answers
from search.engines import elasticsearch_enabled


class Command(BaseCommand):
    help = (
        "Bouw de zoekindex opnieuw op (Elasticsearch als SEARCH_ENGINE=elasticsearch, anders de "
        "database) en bereken de betekenisvectoren van antwoorden die veranderd zijn."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--vectors-only",
            action="store_true",
            help="Alleen de betekenisvectoren bijwerken, niet de woordindex.",
        )
        parser.add_argument(
            "--threads",
            type=int,
            help="Rekenkernen voor het taalmodel (standaard SEARCH_EMBEDDINGS_THREADS); "
            "2 halveert ongeveer de tijd op een verder rustige machine.",
        )

    def handle(self, *args, **options):
        if options.get("threads"):
            # Before the model is loaded: its thread count is fixed when it loads.
            settings.SEARCH_EMBEDDINGS_THREADS = options["threads"]
            reset_backend()
        # Vectors first: the Elasticsearch documents carry them.
        self._embed()
        if options["vectors_only"]:
            return
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

    def _embed(self):
        backend = get_backend()
        if backend is None:
            self.stderr.write(
                "Geen taalmodel geladen: zoeken werkt alleen op woorden (zie SEARCH_EMBEDDINGS_BACKEND)."
            )
            return
        total = AnswerPage.objects.live().count()
        with tqdm(total=total, unit="antwoord", desc="vectoren", file=self.stderr) as bar:
            count = embed_answers(progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} van {total} antwoorden opnieuw ingebed met {backend.name} "
                "(de rest was ongewijzigd)."
            )
        )
