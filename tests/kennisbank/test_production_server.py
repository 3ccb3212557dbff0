"""The README's production server line, for real: gunicorn with the project's gunicorn.conf.py."""

import datetime
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zoneinfo
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def production_server(tmp_path):
    port = free_port()
    environment = {
        # Not the time zone Django gave this test process: an operator's shell has none.
        **{key: value for key, value in os.environ.items() if key != "TZ"},
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
        "SECRET_KEY": "test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
    }
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603 (our own virtualenv's gunicorn, fixed arguments)
        [str(Path(sys.executable).parent / "gunicorn")],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}/api/openapi.json"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                    yield response
                    return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        pytest.fail("gunicorn did not start with gunicorn.conf.py")
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


def test_gunicorn_starts_from_its_config_file_and_hides_its_version(production_server):
    assert production_server.status == 200
    assert production_server.headers["Server"] == "Kennisbank"


def test_a_worker_warms_up_the_search_before_it_serves(production_server, tmp_path):
    # The database here has no tables yet: warming up fails, is logged, and the worker serves
    # (it answered the fixture's request).
    log = (tmp_path / "gunicorn.log").read_text()
    assert "Warming up the search failed" in log
    # ... and is not then reported as done, which sent an operator looking in the wrong place.
    assert "Search warmed up in" not in log


def test_the_log_of_the_arbiter_and_its_workers_is_in_one_time_zone(
    production_server, tmp_path, settings
):
    log = (tmp_path / "gunicorn.log").read_text()
    offsets = set(re.findall(r"^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ([+-]\d{4})\]", log, re.M))
    # "Starting gunicorn" by the arbiter, "Booting worker" by the worker; the operator reads
    # them side by side.
    assert "Starting gunicorn" in log and "Booting worker" in log
    dutch_offset = datetime.datetime.now(zoneinfo.ZoneInfo(settings.TIME_ZONE)).strftime("%z")
    assert offsets == {dutch_offset}


def test_production_refuses_to_start_without_a_database_url(tmp_path):
    # base.py falls back to a new, empty SQLite file: a site without the municipality's answers.
    environment = {
        key: value for key, value in os.environ.items() if key not in {"DATABASE_URL"}
    } | {
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
        "SECRET_KEY": "test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Set the DATABASE_URL environment variable" in result.stderr


def test_the_example_environment_can_be_read_by_a_shell_as_cron_does():
    # The README has gunicorn and every cron line read .env with `set -a && . ./.env`; a value
    # with a space and without quotes ran its second word as a command.
    result = subprocess.run(  # noqa: S603 - a fixed shell line
        ["sh", "-c", 'set -a && . ./.env.example && set +a && printf %s "$MUNICIPALITY_NAME"'],  # noqa: S607
        cwd=ROOT,
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "Gemeente Zuidwaarde"
