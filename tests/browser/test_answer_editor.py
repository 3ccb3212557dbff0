"""The answer editor in a real browser, beyond the readability panel: the character counts of
the short answer and the question (kennisbank/editing/character_count.py), and when "Bestaat dit
antwoord al?" lists similar answers (search/static/search/js/duplicate-check.js)."""

import pytest

from kennisbank.models import AnswerPage

pytestmark = pytest.mark.browser


def open_passport_editor(page, site_url):
    answer = AnswerPage.objects.get(slug="paspoort-aanvragen")
    page.goto(f"{site_url}/admin/pages/{answer.pk}/edit/")


def test_the_short_answer_counts_its_characters_and_says_when_it_is_full(editor_tab, site_url):
    page, problems = editor_tab
    open_passport_editor(page, site_url)
    field = page.locator("#id_short_answer")
    count = page.locator("#id_short_answer-character-count")

    field.fill("U vraagt een paspoort aan bij de balie.")
    assert count.text_content() == "39 van 300 tekens"
    # Read with the field by a screen reader.
    assert "id_short_answer-character-count" in field.get_attribute("aria-describedby")

    # Pasted text longer than the maximum is cut off by the browser: the editor is told.
    field.fill("")
    field.focus()
    page.keyboard.insert_text("Lang antwoord. " * 30)
    assert count.text_content() == "300 van 300 tekens"
    alert = page.locator("#id_short_answer-character-count + [aria-live]")
    assert alert.text_content() == (
        "U heeft het maximum van 300 tekens bereikt. Langere tekst wordt afgeknipt."
    )
    assert problems == []


def test_the_question_counts_only_near_its_maximum(editor_tab, site_url):
    page, problems = editor_tab
    open_passport_editor(page, site_url)
    title = page.locator("#id_title")
    count = page.locator("#id_title-character-count")
    assert count.is_hidden()
    # A long question was cut off mid-word at 255 characters without a word.
    title.fill("Hoe vraag ik een vergunning aan voor het bouwen van een dakkapel? " * 4)
    assert count.is_visible()
    assert count.text_content() == "255 van 255 tekens"
    title.fill("Hoe vraag ik een paspoort aan?")
    assert count.is_hidden()
    assert problems == []


def test_an_existing_answer_opens_without_a_list_of_similar_answers(editor_tab, site_url):
    """Its subject's siblings under the question on every routine edit were noise; they are
    listed once the question is changed."""
    page, problems = editor_tab
    open_passport_editor(page, site_url)
    box = page.locator("#id_title ~ .help-block.help-info")
    page.wait_for_timeout(1500)
    assert box.is_hidden()
    page.locator("#id_title").fill("Wat kost een paspoort?")
    page.locator("#id_title ~ .help-block.help-info li").first.wait_for()
    assert "Wat kost een paspoort of ID-kaart?" in box.text_content()
    assert problems == []
