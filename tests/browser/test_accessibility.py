"""axe-core finds no WCAG 2.1 A/AA violations (nor breaches of its best practices) on any public
page type, and no page scrolls sideways, at 1280 and at 360 pixels wide."""

import json

import pytest

from tests.browser.harness import axe_violations
from tests.browser.pages import PAGES, WIDTHS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("public_page", PAGES, ids=str)
def test_no_axe_violations_and_no_sideways_scrolling(visit, public_page, viewport):
    opened = visit(public_page, viewport)
    assert opened.status == public_page.status
    violations = axe_violations(opened.page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    # Reflow (WCAG 1.4.10), which axe does not check: nothing wider than the window.
    overflow = opened.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the window"
