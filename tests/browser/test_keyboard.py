"""Everything works with the keyboard alone: Tab reaches every control in reading order, focus
is always visible, and the main tasks (skip to content, search, open an answer) need no mouse."""

import pytest

from tests.browser.pages import BY_NAME, PAGES, WIDTHS, focus_by_keyboard

pytestmark = pytest.mark.browser

# Every element a keyboard user should be able to reach, in document order (in the open chat
# panel: its own).
FIND_CONTROLS = """() => {
    window.describeElement = element => {
        const text = (element.innerText || element.value || element.getAttribute("aria-label") || "").trim();
        return element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") + ` "${text.slice(0, 40)}"`;
    };
    const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, '
        + 'summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"])';
    // While the chat panel is open, Tab goes round inside it (issue #20): its controls only.
    const panel = document.querySelector("#chat-paneel:not([hidden])");
    window.controls = [...(panel || document).querySelectorAll(selector)].filter(element =>
        element.tabIndex >= 0 && !element.disabled && !element.closest("[inert]")
        && element.checkVisibility({visibilityProperty: true}));
    return window.controls.map(window.describeElement);
}"""

# The focused element, whether it shows a focus indicator and whether it is on screen.
FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) { return null; }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
        && !/rgba\\(.*, 0\\)/.test(style.outlineColor);
    return {
        element: window.describeElement(element),
        indicator: outline || style.boxShadow !== "none",
        on_screen: box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.right > 0
            && box.top < window.innerHeight && box.left < window.innerWidth,
    };
}"""

# Start the next Tab from the top of the page, wherever an earlier step left the focus.
FOCUS_TOP = """() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
}"""


@pytest.mark.parametrize("viewport", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("public_page", PAGES, ids=str)
def test_tab_reaches_every_control_in_order_with_visible_focus(visit, public_page, viewport):
    page = visit(public_page, viewport).page
    controls = page.evaluate(FIND_CONTROLS)
    page.evaluate(FOCUS_TOP)
    reached = []
    for _ in range(len(controls) + 3):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None or (reached and focused["element"] == reached[0]["element"]):
            break  # left the page, or came round again
        reached.append(focused)
    assert [step["element"] for step in reached] == controls
    assert [step["element"] for step in reached if not step["indicator"]] == [], "no focus style"
    assert [step["element"] for step in reached if not step["on_screen"]] == [], "off screen"


@pytest.mark.parametrize("viewport", WIDTHS.values(), ids=WIDTHS.keys())
def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(visit, viewport):
    page = visit(BY_NAME["answer"], viewport).page
    page.keyboard.press("Tab")
    skip_link = page.locator(".utrecht-skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    page.keyboard.press("Tab")
    # The first stop after skipping is inside the content: the breadcrumbs.
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_search_and_read_an_answer_with_the_keyboard_only(visit):
    page = visit(BY_NAME["home"], WIDTHS["360px"]).page
    focus_by_keyboard(page, page.get_by_label("Zoek uw vraag"))
    page.keyboard.type("paspoort")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=paspoort")
    focus_by_keyboard(page, page.get_by_role("link", name="Hoe vraag ik een paspoort aan?"))
    page.keyboard.press("Enter")
    # With the search it came from, for the answer's "Was dit antwoord nuttig?".
    page.wait_for_url("**/vragen/paspoort-aanvragen/?zoekactie=*")
    assert page.locator("h1").inner_text() == "Hoe vraag ik een paspoort aan?"
