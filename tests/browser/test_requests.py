"""Privacy and hardening as the browser sees them: a public page only ever talks to the site
itself, sets no cookies, and runs under the production Content-Security-Policy without a
single violation or console error."""

from urllib.parse import urlsplit

import pytest

from tests.browser.pages import BY_NAME, PAGES, WIDTHS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("public_page", PAGES, ids=str)
def test_page_talks_only_to_the_site_and_sets_no_cookies(visit, site_url, public_page):
    opened = visit(public_page, WIDTHS["1280px"], fresh=True)
    search_box = opened.page.locator("input[data-suggest-url]").first
    if search_box.count():
        # Typing asks for suggestions: those requests count too.
        with opened.page.expect_response(lambda response: "/api/suggest/" in response.url):
            search_box.press_sequentially("pas")
    site = urlsplit(site_url).netloc
    outside = [url for url in opened.requests if urlsplit(url).netloc != site]
    assert outside == []
    assert opened.page.context.cookies() == []
    # Content-Security-Policy violations are reported on the console.
    assert opened.problems == []
    assert "script-src 'self'" in opened.headers["content-security-policy"]


def test_editors_userbar_works_under_the_policy(visit, site_url, editor_session):
    # Only logged-in editors get the userbar; it must not need anything the policy forbids.
    opened = visit(BY_NAME["answer"], WIDTHS["1280px"], fresh=True)
    opened.page.context.add_cookies([editor_session])
    opened.page.reload()
    opened.page.locator("#wagtail-userbar-trigger").click()
    opened.page.get_by_role("menuitem", name="Wijzig deze pagina").wait_for()
    assert opened.problems == []
