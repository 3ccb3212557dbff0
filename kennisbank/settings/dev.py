from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405, S105
ALLOWED_HOSTS = ["*"]
# Development never talks to a real mail server: mails land in the terminal.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
