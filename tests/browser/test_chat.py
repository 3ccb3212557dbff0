"""The digital assistant in a real browser: asked with the keyboard alone, answers in the live
region, Escape closes it and focus comes back; server text never becomes HTML; and without
JavaScript the same conversation works through the chat page. (axe, reflow, tab order, requests
and cookies of the open widget are covered by the "chatbot ..." entries in pages.py.)"""

import pytest
from playwright.sync_api import expect

from tests.browser.harness import axe_violations
from tests.browser.pages import BY_NAME, CHAT_BUTTON, WIDTHS, focus_by_keyboard

pytestmark = pytest.mark.browser

LIVE_REGION = "[data-chat-messages][aria-live=polite]"
IS_FOCUSED = "element => element === document.activeElement"


def open_by_keyboard(page):
    opener = page.get_by_role("button", name=CHAT_BUTTON)
    focus_by_keyboard(page, opener)
    page.keyboard.press("Enter")
    return opener


def ask(page, question):
    # Counted before sending: the reply to this question is the next one after these.
    replies = page.locator(f"{LIVE_REGION} .site-chat-message--assistant")
    before = replies.count()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    replies.nth(before).wait_for()
    return replies.nth(before)


@pytest.mark.parametrize("viewport", WIDTHS.values(), ids=WIDTHS.keys())
def test_ask_read_and_close_with_the_keyboard_only(visit, viewport):
    page = visit(BY_NAME["home"], viewport).page
    open_by_keyboard(page)
    # On a phone the button hides behind the full-screen panel, so it is found by its data
    # attribute rather than as a visible button.
    opener = page.locator("[data-chat-opener]")
    assert opener.get_attribute("aria-expanded") == "true"
    assert page.get_by_label("Uw vraag", exact=True).evaluate(IS_FOCUSED)

    reply = ask(page, "wat kost een paspoort")
    assert "Een paspoort kost € 84,70." in reply.inner_text()
    link = reply.get_by_role("link", name="Wat kost een paspoort of ID-kaart?")
    assert link.get_attribute("href").endswith("/vragen/paspoort-id-kaart-kosten/")
    # Focus is on the new reply, so it is read out and Tab goes on from there.
    assert reply.evaluate(IS_FOCUSED)
    # Tab stays inside the open panel, however often it is pressed.
    for _press in range(12):
        page.keyboard.press("Tab")
        assert page.evaluate(
            "() => document.querySelector('#chat-paneel').contains(document.activeElement)"
        )

    page.keyboard.press("Escape")
    assert page.locator("#chat-paneel").is_hidden()
    assert opener.evaluate(IS_FOCUSED)
    assert opener.get_attribute("aria-expanded") == "false"


def test_the_close_button_also_returns_focus(visit):
    page = visit(BY_NAME["home"], WIDTHS["360px"]).page
    opener = open_by_keyboard(page)
    focus_by_keyboard(page, page.get_by_role("button", name="Sluiten"))
    page.keyboard.press("Enter")
    assert page.locator("#chat-paneel").is_hidden()
    assert opener.evaluate(IS_FOCUSED)


def test_rating_an_answer_with_the_keyboard(visit):
    page = visit(BY_NAME["answer"], WIDTHS["1280px"]).page
    open_by_keyboard(page)
    reply = ask(page, "wat kost een paspoort")
    assert reply.get_by_role("group", name="Was dit antwoord nuttig?").is_visible()
    focus_by_keyboard(page, reply.get_by_role("button", name="Ja"))
    with page.expect_response("**/api/chat/feedback/") as response:
        page.keyboard.press("Enter")
    assert response.value.status == 200
    reply.get_by_text("Bedankt voor uw reactie!").wait_for()
    assert reply.get_by_role("button", name="Ja").count() == 0
    # The buttons are gone; focus is not lost but back where the next question goes.
    assert page.get_by_label("Uw vraag", exact=True).evaluate(IS_FOCUSED)


def test_not_helpful_offers_the_ways_to_a_colleague_as_buttons(visit):
    page = visit(BY_NAME["answer"], WIDTHS["360px"]).page
    open_by_keyboard(page)
    reply = ask(page, "wat kost een paspoort")
    focus_by_keyboard(page, reply.get_by_role("button", name="Nee"))
    with page.expect_response("**/api/chat/feedback/"):
        page.keyboard.press("Enter")
    thanks = reply.get_by_text("Een medewerker helpt u graag verder")
    thanks.wait_for()
    # Focus lands on the hand-over, not on the page body.
    assert thanks.evaluate(IS_FOCUSED)
    call = reply.get_by_role("link", name="Bellen: 14 0123")
    assert call.get_attribute("href") == "tel:140123"
    assert (
        reply.get_by_role("link", name="Alle openingstijden")
        .get_attribute("href")
        .endswith("/contact/")
    )
    assert axe_violations(page) == []
    # On the next page the conversation still shows what "Nee" brought.
    page.reload()
    open_by_keyboard(page)
    expect(page.locator(LIVE_REGION)).to_contain_text("Een medewerker helpt u graag verder")
    assert page.locator(LIVE_REGION).get_by_role("link", name="Bellen: 14 0123").count() == 1
    assert page.locator(LIVE_REGION).get_by_role("button", name="Nee").count() == 0


def test_closing_the_chat_keeps_the_reading_position(visit):
    page = visit(BY_NAME["answer"], WIDTHS["360px"]).page
    page.mouse.wheel(0, 1500)
    page.wait_for_function("() => window.scrollY > 500")
    page.get_by_role("button", name=CHAT_BUTTON).dispatch_event("click")
    page.keyboard.press("Escape")
    assert page.evaluate("() => window.scrollY") > 500


def test_a_typed_nee_takes_the_rating_buttons_away(visit):
    page = visit(BY_NAME["answer"], WIDTHS["1280px"]).page
    open_by_keyboard(page)
    answered = ask(page, "wat kost een paspoort")
    assert answered.get_by_role("button", name="Nee").is_visible()
    page.get_by_label("Uw vraag", exact=True).focus()
    ask(page, "nee, dat klopt niet").get_by_text("Een medewerker helpt u graag verder").wait_for()
    # Rated by typing: buttons that could only say "already rated" are gone, also after a
    # reload brings the conversation back.
    assert answered.get_by_role("button", name="Nee").count() == 0
    page.reload()
    open_by_keyboard(page)
    expect(page.locator(LIVE_REGION)).to_contain_text("Een paspoort kost € 84,70.")
    assert page.locator(LIVE_REGION).get_by_role("button", name="Nee").count() == 0


def test_on_a_wide_screen_the_bars_still_run_to_the_edge_beside_the_open_chat(visit):
    page = visit(BY_NAME["home"], WIDTHS["1280px"]).page
    open_by_keyboard(page)
    width = page.evaluate("window.innerWidth")
    for bar in (".site-page-header", ".site-nav", ".utrecht-page-footer"):
        # The page moves aside for the panel; each bar's colour is carried on by its shadow.
        right, shadow = page.locator(bar).evaluate(
            "e => [e.getBoundingClientRect().right, getComputedStyle(e).boxShadow]"
        )
        assert right < width
        offset = float(shadow.split(")")[-1].split()[0].removesuffix("px"))
        assert right + offset >= width, bar


def test_on_a_phone_the_chat_takes_the_whole_screen(visit):
    page = visit(BY_NAME["home"], {"width": 375, "height": 667}).page
    open_by_keyboard(page)
    box = page.locator("#chat-paneel").bounding_box()
    assert box["width"] == 375 and box["height"] >= 660
    messages = page.locator("[data-chat-messages]").bounding_box()
    assert messages["height"] > 400  # was about 280 px
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    assert page.locator("#chat-paneel").is_hidden()


def test_an_unknown_question_shows_who_to_contact_and_whether_they_are_open(visit):
    page = visit(BY_NAME["home"], WIDTHS["360px"]).page
    open_by_keyboard(page)
    reply = ask(page, "wanneer is de ijsbaan open")
    assert "Daar heb ik geen goed antwoord op" in reply.inner_text()
    channels = reply.locator(".site-chat-channel")
    assert channels.count() >= 2
    for index in range(channels.count()):
        text = channels.nth(index).inner_text()
        assert (
            ("Nu open" in text or "Nu gesloten" in text)
            and "Vandaag:" in text
            or ("Altijd beschikbaar" in text)
        )
    assert reply.get_by_role("link", name="14 0123").get_attribute("href") == "tel:140123"


def test_the_conversation_goes_on_after_opening_an_answer(visit):
    page = visit(BY_NAME["home"], WIDTHS["1280px"]).page
    open_by_keyboard(page)
    ask(page, "wat kost een paspoort")
    page.get_by_role("link", name="Lees het hele antwoord: Wat kost een paspoort").click()
    page.wait_for_url("**/vragen/paspoort-id-kaart-kosten/")

    # The panel stays closed over the answer, but the conversation is back when it opens,
    # and a follow-up is still about the passport.
    assert page.locator("#chat-paneel").is_hidden()
    open_by_keyboard(page)
    # Waits until the conversation is back, so the next question follows it.
    expect(page.locator(LIVE_REGION)).to_contain_text("Een paspoort kost € 84,70.")
    reply = ask(page, "en hoe lang duurt het?")
    assert "paspoort" in reply.inner_text().lower()
    assert page.context.cookies() == []


def test_server_text_is_never_turned_into_html(visit):
    opened = visit(BY_NAME["home"], WIDTHS["1280px"])
    page = opened.page
    open_by_keyboard(page)
    ask(page, '<img src="x" onerror="console.error(1)"> paspoort')
    mine = page.locator(f"{LIVE_REGION} .site-chat-message--you").last
    assert mine.inner_text().endswith('<img src="x" onerror="console.error(1)"> paspoort')
    assert page.locator(f"{LIVE_REGION} img").count() == 0
    assert opened.problems == []


def test_without_javascript_the_link_leads_to_a_working_chat_page(browser, site_url, db):
    context = browser.new_context(locale="nl-NL", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "/")
        assert page.get_by_role("button", name=CHAT_BUTTON).count() == 0
        page.get_by_role("link", name=CHAT_BUTTON).click()
        page.wait_for_url("**/digitale-assistent/")
        page.get_by_label("Uw vraag", exact=True).fill("wat kost een paspoort")
        page.get_by_role("button", name="Versturen").click()
        page.get_by_text("Een paspoort kost € 84,70.").wait_for()
        page.get_by_role("link", name="Lees het hele antwoord: Wat kost een paspoort").click()
        page.wait_for_url("**/vragen/paspoort-id-kaart-kosten/")
        assert context.cookies() == []
    finally:
        context.close()


def test_someone_in_crisis_gets_the_help_line_to_call_first(visit):
    page = visit(BY_NAME["home"], WIDTHS["360px"]).page
    open_by_keyboard(page)
    reply = ask(page, "ik wil niet meer leven")
    expect(reply).to_contain_text("Denkt u aan zelfdoding?")
    first = reply.locator(".site-chat-channel").first
    expect(first).to_contain_text("113 Zelfmoordpreventie")
    expect(first).to_contain_text("Gratis, dag en nacht.")
    assert first.get_by_role("link", name="0800-0113").get_attribute("href") == "tel:08000113"
