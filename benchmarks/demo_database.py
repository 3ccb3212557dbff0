"""Set up Django against a database holding the demo content, for benchmarks.

By default a fresh SQLite file in a temporary folder, migrated and filled with
`load_demo_content` (about 40 seconds); `--database-url postgres://...` uses that database
instead (it is migrated and filled if empty). Never touches the developer's own database.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(database_url: str | None = None, *, load_demo: bool = True):
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
    if load_demo:
        from kennisbank.models import AnswerPage

        if not AnswerPage.objects.exists():
            print("Loading the demo content into the benchmark database ...", file=sys.stderr)
            with open(os.devnull, "w") as quiet:
                call_command("load_demo_content", stdout=quiet, stderr=quiet)
    return database_url
