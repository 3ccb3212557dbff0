"""Screenshots of every public page type at 1280, 375 and 360 pixels wide, for reviewers.

Serves the demo municipality in-process, with production's security headers and real 404 and
500 pages, and writes one full-page PNG per page type and width. The pages are those of the
browser tests (tests/browser/pages.py), so a new page type shows up here too.

    python benchmarks/screenshots.py                      # demo database in /tmp (~40 s)
    python benchmarks/screenshots.py --out shots --database-url sqlite:////tmp/demo.sqlite3

Needs what the browser tests need: /usr/bin/chromium and `npm ci` (axe-core is not used here).
"""

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from demo_database import ROOT, setup


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "kennisbank-screenshots"
    )
    parser.add_argument("--database-url", help="default: a fresh SQLite database in /tmp")
    arguments = parser.parse_args()

    setup(arguments.database_url)
    from playwright.sync_api import sync_playwright

    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test import override_settings
    from django.test.testcases import LiveServerThread
    from django.utils.text import slugify

    from tests.browser.harness import browser_site_settings, launch, missing_requirements
    from tests.browser.pages import PAGES, WIDTHS

    # The browser tests' widths, and a common phone (375 px) for how citizens see it.
    SHOT_WIDTHS = {**WIDTHS, "375px": {"width": 375, "height": 667}}

    if reason := missing_requirements():
        sys.exit(f"Cannot take screenshots: {reason}")
    # DEBUG off: the real 404 and 500 pages instead of Django's technical ones. Those errors
    # are on purpose, so they need not be logged.
    override_settings(DEBUG=False, **browser_site_settings()).enable()
    logging.getLogger("django.request").setLevel(logging.CRITICAL + 1)
    server = LiveServerThread("127.0.0.1", StaticFilesHandler)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    base_url = f"http://127.0.0.1:{server.port}"

    arguments.out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for public_page in PAGES:
            for width, viewport in SHOT_WIDTHS.items():
                context = browser.new_context(viewport=viewport, locale="nl-NL")
                page = context.new_page()
                page.goto(base_url + public_page.path)
                if public_page.prepare:
                    public_page.prepare(page)
                path = arguments.out / f"{slugify(public_page.name)}-{width}.png"
                page.screenshot(path=path, full_page=True)
                context.close()
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        browser.close()
    server.terminate()
    print(f"{len(PAGES) * len(SHOT_WIDTHS)} screenshots in {arguments.out}")


if __name__ == "__main__":
    main()
