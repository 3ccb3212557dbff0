"""Run the project under gunicorn on a free local port, for HTTP benchmarks."""

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from demo_database import ROOT

# The server's secret key; a benchmark that logs in (a session made in its own process) sets
# the same one before Django starts.
SECRET_KEY = "benchmark-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz"  # noqa: S105


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(url: str, data: dict | None = None, headers: dict | None = None) -> tuple[float, dict]:
    """(milliseconds, decoded JSON) for a GET, or a JSON POST when `data` is given."""
    body = json.dumps(data).encode() if data is not None else None
    headers = {**({"Content-Type": "application/json"} if body else {}), **(headers or {})}
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, body, headers), timeout=30) as response:  # noqa: S310
        decoded = json.loads(response.read())
    return (time.perf_counter() - started) * 1000, decoded


class KeepAliveClient:
    """One keep-alive connection (http.client) that reconnects when the server closed it.

    The load generator runs on the same cores as the server, so it is kept light: pre-encoded
    bodies, and responses read without decoding. With urllib (a new connection and a JSON decode
    per request) the generator took about a third of the CPU the server needed.
    """

    def __init__(self, base: str):
        address = urlsplit(base)
        self.connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)

    def call(self, method: str, path: str, body: bytes | None = None) -> tuple[float, int]:
        """(milliseconds, HTTP status); raises OSError when the request itself failed."""
        headers = {"Content-Type": "application/json"} if body is not None else {}
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body, headers)
            response = self.connection.getresponse()
            response.read()
        except (http.client.HTTPException, OSError):
            # A sync worker closes every connection; a gthread worker closes idle ones.
            self.connection.close()
            raise
        return (time.perf_counter() - started) * 1000, response.status


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


@contextlib.contextmanager
def gunicorn(database_url: str, workers: int = 2, threads: int = 1, **extra_environment):
    """Yields the base URL of a production-configured server; stops it afterwards.
    `extra_environment` (e.g. REDIS_URL, API_RATE_LIMIT) overrides the defaults below."""
    port = free_port()
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "API_RATE_LIMIT": "0",
        "LOG_LEVEL": "WARNING",
        **extra_environment,
    }
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "kennisbank.wsgi",
        "--workers",
        str(workers),
    ]
    command += ["--threads", str(threads), "--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=environment)  # noqa: S603
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                request(f"{base}/api/search/?q=paspoort")
                break
            except OSError:
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
