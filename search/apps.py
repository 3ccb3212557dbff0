from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # checks registers its deploy checks (shared cache, chat bridge tokens) on import.
        from search import checks, signals  # noqa: F401
        from search.embeddings import signals as embedding_signals

        signals.connect()
        embedding_signals.connect()
        from kennisbank.content import subjects
        from search.a_to_z import synonym_subject_key

        subjects.register_subject_key(synonym_subject_key)
