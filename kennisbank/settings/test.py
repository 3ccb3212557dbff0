from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The tests must not depend on `npm install` having run for the NL Design System CSS (the apps'
# own static files are found in the apps).
STATICFILES_DIRS = []
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Every test sees the database as it is now, not as it was two seconds ago.
SEARCH_INDEX_CHECK_SECONDS = 0
API_RATE_LIMIT = 0
# A tiny deterministic stand-in for the embedding model; tests of the real model ask for it.
SEARCH_EMBEDDINGS_BACKEND = "fake"
# The fake's similarities say little, so ranking stays words-only unless a test of meaning
# sets a weight (tests/search/embeddings/).
SEARCH_SEMANTIC_WEIGHT = 0.0
