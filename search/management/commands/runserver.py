"""runserver that builds the search in the background as it starts, as gunicorn's workers do
before they serve (search.warmup): under `make run` the first search otherwise took 5 s."""

import threading

from django.contrib.staticfiles.management.commands.runserver import (
    Command as StaticFilesRunserver,
)
from django.db import connections

from search.warmup import warm_up


def warm_up_in_background() -> threading.Thread:
    def run():
        try:
            warm_up()
        finally:
            # This thread's own database connections; the server's threads open theirs.
            connections.close_all()

    thread = threading.Thread(target=run, name="search-warm-up", daemon=True)
    thread.start()
    return thread


class Command(StaticFilesRunserver):
    def inner_run(self, *args, **options):
        # In the process that serves (under the autoreloader: each new child), without holding
        # up the start: a search made meanwhile builds what it needs itself.
        warm_up_in_background()
        super().inner_run(*args, **options)
