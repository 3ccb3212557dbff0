"""The answer editor in a real browser, beyond the readability panel: the character count of
the short answer (kennisbank/editing/character_count.py)."""

import pytest

from kennisbank.models import AnswerPage

pytestmark = pytest.mark.browser


def test_the_short_answer_counts_its_characters_and_says_when_it_is_full(editor_tab, site_url):
    page, problems = editor_tab
    answer = AnswerPage.objects.get(slug="paspoort-aanvragen")
    page.goto(f"{site_url}/admin/pages/{answer.pk}/edit/")
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
