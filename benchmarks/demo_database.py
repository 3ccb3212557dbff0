"""Set up Django against a database holding the demo content, for benchmarks.

By default a fresh SQLite file in a temporary folder, migrated and filled with
`load_demo_content` (about 40 seconds); `--database-url postgres://...` uses that database
instead (it is migrated and filled if empty). Never touches the developer's own database.

With `bare=True` (the `--bare` option of add_bare_option) the demo content is then stripped to
what an import of question and body text brings (without_curation). With `national=True` the
database holds no demo content but the national questions and answers of
data/national/answers.jsonl, imported and published as a municipality would import them
(import_national).
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def add_bare_option(parser):
    parser.add_argument(
        "--bare",
        action="store_true",
        help="remove every alternative question and keyword first, short answers as imported",
    )


NATIONAL_ANSWERS = ROOT / "benchmarks" / "data" / "national" / "answers.jsonl"


def setup(
    database_url: str | None = None,
    *,
    load_demo: bool = True,
    bare: bool = False,
    national: bool = False,
):
    if (bare or national) and database_url:
        # Stripping changes the content; only the benchmark's own throwaway database may be
        # changed.
        sys.exit("--bare and --set national work on the benchmark's own database only")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if not database_url:
        folder = tempfile.mkdtemp(prefix="kennisbank-bench-")
        database_url = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.dev")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if national:
        import_national()
    elif load_demo:
        from kennisbank.models import AnswerPage

        if not AnswerPage.objects.exists():
            print("Loading the demo content into the benchmark database ...", file=sys.stderr)
            with open(os.devnull, "w") as quiet:
                call_command("load_demo_content", stdout=quiet, stderr=quiet)
    if bare:
        without_curation()
    return database_url


def import_national():
    """Import and publish the national questions and answers on the empty database, through
    import_answers as a municipality would: content nobody here wrote for search."""
    from django.core.management import call_command

    print("Importing the national answers into the benchmark database ...", file=sys.stderr)
    with open(os.devnull, "w") as quiet:
        call_command(
            "import_answers", str(NATIONAL_ANSWERS), "--publish", stdout=quiet, stderr=quiet
        )


def short_answer_as_imported(page) -> str:
    """The short answer an import gives an answer that comes without one."""
    from kennisbank.content.importing import short_answer_from

    return short_answer_from(
        next((block.value.source for block in page.body if block.block_type == "paragraph"), "")
    )


def without_curation():
    """Remove the alternative questions and keywords, make the short answers as an import
    does, and index and embed what is left.

    The demo answers were written with the questions citizens ask beside their own and a
    short answer of its own; imported content has a question and a body, nothing more. This
    is how the benchmarks see search and the bot on such content.
    """
    from django.core.management import call_command

    from kennisbank.models import AlternativeQuestion, AnswerPage, AnswerPageTag
    from search.index import reset_index

    AlternativeQuestion.objects.all().delete()
    AnswerPageTag.objects.all().delete()
    for page in AnswerPage.objects.specific():
        AnswerPage.objects.filter(pk=page.pk).update(short_answer=short_answer_as_imported(page))
    call_command("search_reindex", verbosity=0)
    # Rows deleted in bulk publish nothing, so the in-process index (built while the demo
    # questions were searched) would keep them: it is built again from the database.
    reset_index()
