"""gunicorn reads this file by itself when it starts in this folder (README, "Productie").

Options given on the command line win over the values here.
"""

import os

import gunicorn.http.wsgi

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
