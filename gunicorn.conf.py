"""gunicorn reads this file by itself when it starts in this folder (README, "Productie").

Options given on the command line win over the values here.
"""

import os
import threading
import time

import gunicorn.http.wsgi

# Django sets the process's time zone to its TIME_ZONE when a worker loads it; the arbiter never
# loads Django, so its lines (starting, a worker replaced) were in UTC between the workers' in
# Dutch time. Keep this the same as TIME_ZONE in kennisbank/settings/base.py.
os.environ["TZ"] = "Europe/Amsterdam"
time.tzset()

wsgi_app = "kennisbank.wsgi"
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# A worker is replaced now and then, so a slow leak in any library cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# A request that hangs (a stuck outside call) frees its worker after this many seconds.
timeout = 30

# Responses should not tell an attacker which server software and version answer: gunicorn has
# no option for its "Server" header, so its one module-level name is replaced.
gunicorn.http.wsgi.SERVER = "Kennisbank"


def post_worker_init(worker):
    """Build the search index and load the model before this worker takes requests: else the
    first citizen to reach a new worker waits for it (search.warmup)."""
    from search.warmup import warm_up

    # The arbiter replaces a worker that has not reported for `timeout` seconds; at 100,000
    # answers building the index can take longer than that.
    done = threading.Event()

    def report_alive():
        while not done.wait(1):
            worker.notify()

    threading.Thread(target=report_alive, daemon=True).start()
    try:
        seconds = warm_up()
    finally:
        done.set()
    if seconds is not None:  # a failure has been logged as such
        worker.log.info("Search warmed up in %.1f s", seconds)
