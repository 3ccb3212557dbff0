"""axe-core finds no WCAG 2.1 A/AA violations (nor breaches of its best practices) on any public
page type, and no page scrolls sideways, at 1280 and at 360 pixels wide."""

import json

import pytest

from tests.browser.harness import axe_violations
from tests.browser.pages import BY_NAME, PAGES, WIDTHS

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


@pytest.mark.parametrize("public_page", PAGES, ids=str)
def test_text_at_twice_the_size_on_a_small_phone_does_not_scroll_sideways(visit, public_page):
    """WCAG 1.4.4 and 1.4.10 together: someone who sets text to 200% on a 320-pixel phone reads
    every line without scrolling sideways (the municipality's name, top tasks and grids used
    to keep their width in rem and pushed the page to 480 pixels)."""
    opened = visit(public_page, {"width": 320, "height": 740})
    # As a browser's text size setting does (set through the CSSOM: the CSP allows no <style>).
    opened.page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
    overflow = opened.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{overflow}px wider than the window"


def _luminance(rgb: str) -> float:
    red, green, blue = (
        float(part) / 255 for part in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]
    )

    def linear(channel):
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def _contrast(one: str, other: str) -> float:
    lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_buttons_in_the_header_bar_stand_out_from_it(visit):
    """A button the colour of the bar reads as loose text (WCAG 1.4.11: its edge or its fill
    needs 3:1 against the bar)."""
    page = visit(BY_NAME["answer"], WIDTHS["1280px"]).page
    bar = page.locator(".site-page-header").evaluate("e => getComputedStyle(e).backgroundColor")
    buttons = page.locator(".site-header button:visible, .site-header .utrecht-button-link:visible")
    assert buttons.count() >= 2
    for button in buttons.all():
        fill, edge = button.evaluate(
            "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).borderTopColor]"
        )
        # Transparent shows the bar itself.
        fill, edge = (bar if color.endswith(", 0)") else color for color in (fill, edge))
        assert max(_contrast(fill, bar), _contrast(edge, bar)) >= 3, button.inner_text()


def test_see_also_has_room_above_it_whatever_block_ends_the_answer(visit):
    page = visit(BY_NAME["answer"], WIDTHS["1280px"]).page
    # A link to another answer, the block without margin of its own, as the last block (the
    # demo's costs answer ends in one, and "Zie ook" touched it).
    page.evaluate(
        "() => document.querySelector('.site-answer__body')"
        ".append(document.querySelector('.site-answer-link'))"
    )
    body_end = page.locator(".site-answer-link").evaluate("e => e.getBoundingClientRect().bottom")
    heading_top = page.get_by_role("heading", name="Zie ook").evaluate(
        "e => e.getBoundingClientRect().top"
    )
    assert heading_top - body_end >= 24


def test_a_long_crumb_keeps_its_separator_beside_it_on_a_phone(visit):
    page = visit(BY_NAME["answer"], WIDTHS["360px"]).page
    # A question as long as many real ones, too long for one line at 360 pixels.
    page.evaluate(
        "() => { document.querySelector('[aria-current=page]').textContent ="
        " 'Hoe maak ik een afspraak bij de gemeente voor een paspoort of ID-kaart?' }"
    )
    crumb = page.locator(".utrecht-breadcrumb-nav__item").last
    crumb_height = crumb.evaluate("e => e.getBoundingClientRect().height")
    link_height = crumb.locator("a").evaluate("e => e.getBoundingClientRect().height")
    # The "›" on a line of its own made the crumb a line taller than its link.
    assert crumb_height <= link_height + 1
