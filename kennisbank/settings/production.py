import os

from csp.constants import NONE, SELF

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
if not os.environ.get("DATABASE_URL"):
    # Without it base.py falls back to a new, empty SQLite file next to the code: a site that
    # seems to work and has none of the municipality's answers.
    raise ImproperlyConfigured(
        "Set the DATABASE_URL environment variable, e.g. postgres://user:password@host/kennisbank "
        "(or sqlite:////srv/kennisbank/db.sqlite3 for a single machine, on purpose)."
    )

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Behind a TLS-terminating proxy (nginx, a load balancer) that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# Links to other websites (in answers) must not tell them which question a citizen was reading.
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1  # noqa: F405
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security],  # noqa: F405
    # Static files are served by the application itself (gunicorn + whitenoise), from
    # collectstatic; they return before the headers below, which only HTML needs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    *MIDDLEWARE[_after_security:],  # noqa: F405
]
INSTALLED_APPS = [*INSTALLED_APPS, "csp"]  # noqa: F405 - its system checks catch old-style settings

# Public pages load only their own CSS and the one script file, never inline code, so the
# policy needs no 'unsafe-inline' and no nonces. data: is for the small SVG icons inside the
# NL Design System CSS. The Wagtail admin still relies on inline scripts and styles
# (wagtail/wagtail#7053), so it is left out; it is only reachable after logging in.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    },
}

# A knowledge base needs no camera, location or payment: switch off every powerful or tracking
# browser feature, also for anything an editor might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "window-management",
        "xr-spatial-tracking",
    )
}
