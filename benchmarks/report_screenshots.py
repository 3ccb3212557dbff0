"""Screenshots of every report in the admin at 1280 and 1024 pixels wide, logged in as the
Redactie, with search events of every channel so the tables are full.

    python benchmarks/report_screenshots.py                      # demo database in /tmp
    python benchmarks/report_screenshots.py --out shots

Prints, per report and width, whether the table fits or scrolls, and whether its first column
(the question) and its last (the actions, where a report has them) are in view. Needs /usr/bin/chromium.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from demo_database import setup

REPORTS = [
    "kennisbank:review_report",
    "kennisbank:readability_report",
    "search:missing_content",
    "search:poor_answers",
    "search:popular",
    "search:contact_reasons",
    "toptaken:advice_report",
]
WIDTHS = {"1280": {"width": 1280, "height": 900}, "1024": {"width": 1024, "height": 800}}
QUESTIONS = [
    "subsidie zonnepanelen",
    "asbest melden",
    "grofvuil ophalen",
    "paspoort kwijt",
    "vuurwerk afsteken",
    "parkeervergunning bezoekers",
    "hondenbelasting betalen",
    "bijstand aanvragen",
]
# Where the table's first and last column sit in the window, after scrolling to the top left.
IN_VIEW = """() => {
    const table = document.querySelector("#listing-results table");
    if (!table) return null;
    const row = table.querySelector("tbody tr");
    if (!row) return {rows: 0};
    const first = row.cells[0].getBoundingClientRect();
    const last = row.cells[row.cells.length - 1].getBoundingClientRect();
    const box = document.querySelector("#listing-results");
    return {
        rows: table.tBodies[0].rows.length,
        scrolls: box.scrollWidth > box.clientWidth,
        first: first.left >= 0 && first.right <= window.innerWidth,
        last: last.left >= 0 && last.right <= window.innerWidth,
    };
}"""


def record_demand():
    from django.test import Client

    client = Client()
    for number, question in enumerate(QUESTIONS):
        for _ in range(len(QUESTIONS) - number):
            client.get("/zoeken/", {"q": question})
            client.post("/api/chat/", {"message": question}, content_type="application/json")
            client.get("/api/search/", {"q": question})


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "kennisbank-report-shots"
    )
    parser.add_argument("--database-url", help="default: a fresh SQLite database in /tmp")
    arguments = parser.parse_args()

    setup(arguments.database_url)
    from playwright.sync_api import sync_playwright

    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test import override_settings
    from django.test.testcases import LiveServerThread
    from django.urls import reverse

    from tests.browser.harness import browser_site_settings, launch, missing_requirements

    if reason := missing_requirements():
        sys.exit(f"Cannot take screenshots: {reason}")
    override_settings(DEBUG=False, **browser_site_settings()).enable()
    record_demand()
    server = LiveServerThread("127.0.0.1", StaticFilesHandler)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    base_url = f"http://127.0.0.1:{server.port}"

    arguments.out.mkdir(parents=True, exist_ok=True)
    print(f"{'report':34} {'width':>5}  rows  scrolls  first column  last column")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for width, viewport in WIDTHS.items():
            context = browser.new_context(viewport=viewport, locale="nl-NL")
            page = context.new_page()
            page.goto(base_url + reverse("wagtailadmin_login"))
            page.fill("#id_username", "redactie")
            page.fill("#id_password", "voorbeeldstad")
            page.click("button[type=submit]")
            page.wait_for_url("**/admin/")
            for name in REPORTS:
                page.goto(base_url + reverse(name))
                facts = page.evaluate(IN_VIEW) or {}
                path = arguments.out / f"{name.replace(':', '-')}-{width}.png"
                page.screenshot(path=path, full_page=True)
                print(
                    f"{name:34} {width:>5}  {facts.get('rows', '-'):>4}  "
                    f"{'yes' if facts.get('scrolls') else 'no':>7}  "
                    f"{'yes' if facts.get('first') else 'no':>12}  "
                    f"{'yes' if facts.get('last') else 'no':>11}"
                )
            context.close()
        browser.close()
    server.terminate()
    print(f"screenshots in {arguments.out}")


if __name__ == "__main__":
    main()
