"""What the browser tests and benchmarks/screenshots.py share: which Chromium to drive and how, where
axe-core lives, and the settings the site is served with."""

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Without the background-networking flags Chromium phones home (updates, sync, QUIC probes);
# the tests must make no outside connections, and CI machines refuse them anyway.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Production settings the browser must see; everything else stays as in the test settings.
SECURITY_PREFIXES = (
    "SECURE_",
    "SESSION_COOKIE_",
    "CSRF_COOKIE_",
    "LANGUAGE_COOKIE_",
    "CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY",
    "X_FRAME_OPTIONS",
    "MIDDLEWARE",
)
# WhiteNoise serves collectstatic output, which tests do not build; the test servers serve
# static files themselves.
WHITENOISE = "whitenoise.middleware.WhiteNoiseMiddleware"


def missing_requirements() -> str | None:
    """Why the browser tests cannot run on this machine, or None when they can."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install -r requirements.txt)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium chromium-driver)"
    if not AXE.exists():
        return f"{AXE.relative_to(ROOT)} is missing (npm ci)"
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@cache
def production_security_settings() -> dict:
    """The security settings of kennisbank.settings.production, read in a fresh interpreter the
    way production starts: here, base is already imported with the test environment."""
    script = (
        "import json\n"
        "from kennisbank.settings import production\n"
        "print(json.dumps({name: getattr(production, name) for name in dir(production)"
        f" if name.startswith({SECURITY_PREFIXES!r})}}))"
    )
    environment = {
        **os.environ,
        "SECRET_KEY": "settings-probe-only-0123456789-abcdefghijklmnopqrstuvwxyz",
        # Required by production; the probe only reads settings and never connects.
        "DATABASE_URL": os.environ.get("DATABASE_URL") or "sqlite:///settings-probe.sqlite3",
    }
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS"):  # production defaults only
        environment.pop(name, None)
    output = subprocess.run(  # noqa: S603 - our own interpreter and settings module
        [sys.executable, "-c", script], cwd=ROOT, env=environment, check=True, capture_output=True
    ).stdout
    values = json.loads(output)
    values["MIDDLEWARE"] = [name for name in values["MIDDLEWARE"] if name != WHITENOISE]
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


def browser_site_settings() -> dict:
    """Settings for serving the site to a browser over plain HTTP on 127.0.0.1: production's
    security headers, the NL Design System CSS from node_modules (which the test settings leave
    out), and a URL that fails, for the 500 page."""
    from kennisbank.settings import base

    return {
        **production_security_settings(),
        "SECURE_SSL_REDIRECT": False,
        "STATICFILES_DIRS": base.STATICFILES_DIRS,
        "ROOT_URLCONF": "tests.browser.urls",
    }


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_violations(page) -> list[dict]:
    """WCAG 2.1 A/AA violations, and breaches of axe's best practices, on the page as it is
    now. Evaluated rather than added as a script tag: the page's Content-Security-Policy
    (rightly) refuses inline scripts."""
    page.evaluate(AXE.read_text())
    return page.evaluate(
        """options => axe.run(document, options).then(results => results.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(node => node.target.join(" ") + ": " + node.failureSummary),
        })))""",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
