"""Every public page type, as the browser tests and benchmarks/screenshots.py visit it.

A new public template is covered by adding one line to PAGES: axe at both widths, reflow, tab
order and visible focus, third-party requests, cookies and console errors (a new page model
also needs one instance in conftest.build_site). Paths match both that site and the demo
content (`load_demo_content`), which benchmarks/screenshots.py photographs. A page that must first be
brought into a state (a widget opened) gets a `prepare` function that does so with the keyboard
only, e.g. for the chatbot: PublicPage("chatbot open", "/", prepare=open_chatbot).
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.browser.urls import ERROR_PATH

WIDTHS = {"1280px": {"width": 1280, "height": 800}, "360px": {"width": 360, "height": 740}}


def focus_by_keyboard(page, locator, limit=200):
    """Press Tab until `locator` has focus, as a keyboard user would get there."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reaches {locator}")


def open_opening_hours(page):
    summary = page.locator("summary").first
    focus_by_keyboard(page, summary)
    page.keyboard.press("Enter")
    page.locator("details[open] table").first.wait_for()


CHAT_BUTTON = "Stel een vraag aan de digitale assistent"


def open_chatbot(page):
    focus_by_keyboard(page, page.get_by_role("button", name=CHAT_BUTTON))
    page.keyboard.press("Enter")
    page.locator("#chat-paneel").wait_for()


def ask_chatbot(question):
    """A prepare function: open the widget and ask `question`, with the keyboard only."""

    def prepare(page):
        open_chatbot(page)
        page.keyboard.type(question)
        page.keyboard.press("Enter")
        page.locator("[data-chat-messages] .site-chat-message--assistant").nth(1).wait_for()

    return prepare


def ask_on_chat_page(page):
    focus_by_keyboard(page, page.get_by_label("Uw vraag", exact=True))
    page.keyboard.type("wat kost een paspoort")
    with page.expect_navigation():
        page.keyboard.press("Enter")


@dataclass(frozen=True)
class PublicPage:
    name: str
    path: str
    status: int = 200
    prepare: Callable | None = None

    def __str__(self):
        return self.name


PAGES = [
    PublicPage("home", "/"),
    PublicPage("top task", "/paspoort-en-id-kaart/"),
    PublicPage("answer", "/vragen/paspoort-aanvragen/"),
    PublicPage(
        "answer, opening hours open", "/vragen/paspoort-aanvragen/", prepare=open_opening_hours
    ),
    PublicPage("answers A-Z", "/vragen/"),
    PublicPage("information page", "/toegankelijkheidsverklaring/"),
    PublicPage("privacy statement", "/privacyverklaring/"),
    PublicPage("search, no query", "/zoeken/"),
    PublicPage("search results", "/zoeken/?q=paspoort"),
    PublicPage("zero results", "/zoeken/?q=ijsbaan"),
    PublicPage("search, nothing good", "/zoeken/?q=subsidie zonnepanelen"),
    PublicPage("search, options", "/zoeken/?q=paspoort aanvragen"),
    PublicPage("contact and opening hours", "/contact/"),
    PublicPage("chatbot open", "/", prepare=open_chatbot),
    PublicPage("chatbot answered", "/", prepare=ask_chatbot("wat kost een paspoort")),
    PublicPage("chatbot hands over", "/", prepare=ask_chatbot("wanneer is de ijsbaan open")),
    PublicPage("chat page", "/digitale-assistent/"),
    PublicPage("chat page answered", "/digitale-assistent/", prepare=ask_on_chat_page),
    PublicPage("404", "/bestaat-niet/", status=404),
    PublicPage("500", ERROR_PATH, status=500),
]
BY_NAME = {page.name: page for page in PAGES}
