"""State shared by every worker and server (search/shared_state.py, search/ratelimit.py): chat
conversations and rate limits in Redis or the database, never in one process's memory."""

import json
import logging
from types import SimpleNamespace

import pytest

from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection

from search import ratelimit, shared_state
from search.models import RateLimitWindow
from search.ratelimit import over_limit

DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kennisbank_cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }
}
REDIS = "redis://127.0.0.1:6379/1"
REDIS_CACHE = {"default": {"BACKEND": "search.shared_state.ResilientRedisCache", "LOCATION": REDIS}}
# Nothing listens here: a Redis that is down.
REDIS_DOWN = {
    "default": {
        "BACKEND": "search.shared_state.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def chat(client, message, session_id=None):
    body = json.dumps({"message": message, "session_id": session_id})
    return client.post("/api/chat/", body, content_type="application/json").json()


def follow_up_keeps_its_topic(client):
    first = chat(client, "Hoe vraag ik een paspoort aan?")
    follow_up = chat(client, "en wat kost dat?", first["session_id"])
    return follow_up["answer"] and follow_up["answer"]["title"] == "Wat kost een paspoort?"


def redis_available() -> bool:
    try:
        import redis

        redis.Redis.from_url(REDIS, socket_connect_timeout=0.5).ping()
        return True
    except Exception:  # noqa: BLE001 - any failure means: skip
        return False


@pytest.mark.django_db
class TestConversationsAcrossWorkers:
    def test_the_default_cache_is_the_database_table_migrate_made(self, settings):
        from kennisbank.settings import base

        assert base.CACHES == DATABASE_CACHE or base.REDIS_URL
        assert "kennisbank_cache" in connection.introspection.table_names()

    def test_a_follow_up_is_kept_in_the_database_cache(self, client, answers, settings):
        settings.CACHES = DATABASE_CACHE
        assert follow_up_keeps_its_topic(client)
        with connection.cursor() as cursor:
            cursor.execute("SELECT cache_key FROM kennisbank_cache")
            keys = [row[0] for row in cursor.fetchall()]
        # In the shared table, where any other worker finds it.
        assert any("chat-session:" in key for key in keys)

    def test_a_conversation_outlives_a_busy_hour_in_the_database_cache(
        self, client, answers, settings
    ):
        """Django's default of 300 entries culled a third of the table once passed: other
        visitors' conversations and rate-limit counters threw this one away."""
        settings.CACHES = DATABASE_CACHE
        first = chat(client, "Hoe vraag ik een paspoort aan?")
        for visitor in range(400):
            shared_state.set(f"ratelimit:visitor-{visitor}", 1, 60)
        follow_up = chat(client, "en wat kost dat?", first["session_id"])
        assert follow_up["answer"]["title"] == "Wat kost een paspoort?"

    @pytest.mark.skipif(not redis_available(), reason="no Redis server on 127.0.0.1:6379")
    def test_a_follow_up_is_kept_in_redis(self, client, answers, settings):
        settings.CACHES = REDIS_CACHE
        caches["default"].clear()
        assert follow_up_keeps_its_topic(client)
        assert any(key for key in caches["default"]._cache.get_client().keys("*chat-session*"))

    def test_with_redis_down_the_chat_answers_single_questions(
        self, client, answers, settings, caplog
    ):
        settings.CACHES = REDIS_DOWN
        settings.API_RATE_LIMIT = 60
        with caplog.at_level(logging.ERROR, logger="search.shared_state"):
            shared_state._last_warning[0] = 0.0
            first = chat(client, "Wanneer halen jullie het grofvuil op?")
            again = chat(client, "Wanneer halen jullie het grofvuil op?", first["session_id"])
        assert first["answer"]["title"] == "Wanneer wordt het grofvuil opgehaald?"
        assert again["answer"]["title"] == "Wanneer wordt het grofvuil opgehaald?"
        errors = [r for r in caplog.records if "shared cache cannot be reached" in r.message]
        assert len(errors) == 1  # once per minute, not once per request
        assert client.get("/api/search/", {"q": "grofvuil"}).status_code == 200


# serialized_rollback: see tests/conftest.py, pytest_runtest_teardown.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestRateLimit:
    @pytest.fixture(autouse=True)
    def one_window(self, monkeypatch):
        # The limit counts per clock minute: requests on both sides of a minute's turn (the
        # first search of a test process loads the model) counted in two windows.
        monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_030.0))

    def test_every_worker_counts_in_the_same_database_row(self, settings):
        settings.CACHES = DATABASE_CACHE
        assert [over_limit("search:10.0.0.1", 3) for _ in range(5)] == [
            False,
            False,
            False,
            True,
            True,
        ]
        assert RateLimitWindow.objects.get().count == 5
        assert not over_limit("search:10.0.0.2", 3)  # another client, its own count

    @pytest.mark.skipif(not redis_available(), reason="no Redis server on 127.0.0.1:6379")
    def test_in_redis(self, settings):
        settings.CACHES = REDIS_CACHE
        caches["default"].clear()
        assert [over_limit("search:10.0.0.3", 2) for _ in range(3)] == [False, False, True]
        assert not RateLimitWindow.objects.exists()

    def test_the_api_answers_429_after_the_limit(self, client, settings):
        settings.CACHES = DATABASE_CACHE
        settings.API_RATE_LIMIT = 2
        codes = [client.get("/api/search/", {"q": "paspoort"}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]


def test_check_deploy_warns_about_a_per_process_cache(settings, capsys):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    call_command("check", "--deploy", "--tag", "caches")
    assert "search.W001" in capsys.readouterr().err


def test_check_names_a_malformed_chat_bridge_token(settings):
    settings.CHAT_API_TOKENS = "whatsapp:abcdefghijklmnopqrstuvwxyz123456,short:abc"
    with pytest.raises(SystemCheckError, match=r"search.E001.*entry 2 \(short\)"):
        call_command("check", "--deploy")
    # Not in every command: a cron job (reminders, the KISS sync) must still run.
    call_command("check")
    settings.CHAT_API_TOKENS = "whatsapp:abcdefghijklmnopqrstuvwxyz123456"
    call_command("check", "--deploy")
