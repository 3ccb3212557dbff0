"""The readability side panel in the answer editor, in a real browser: opened from the keyboard
beside the text, and updated while the editor types (kennisbank/readability_check/panel.py,
kennisbank/static/kennisbank/js/readability-panel.js)."""

import pytest

from kennisbank.models import AnswerPage
from tests.browser.harness import AXE, AXE_TAGS

pytestmark = pytest.mark.browser


def test_the_panel_opens_beside_the_text_and_follows_the_typing(editor_tab, site_url):
    page, problems = editor_tab
    answer = AnswerPage.objects.get(slug="paspoort-aanvragen")
    page.goto(f"{site_url}/admin/pages/{answer.pk}/edit/")

    toggle = page.locator('[data-side-panel-toggle="readability"]')
    toggle.focus()
    page.keyboard.press("Enter")
    panel = page.locator('[data-side-panel="readability"]')
    panel.locator("[data-kb-readability]").wait_for(state="visible")
    assert toggle.get_attribute("aria-expanded") == "true"

    # Beside the text: the panel and the short answer are next to each other, not stacked.
    field = page.locator("#id_short_answer")
    field_box, panel_box = field.bounding_box(), panel.bounding_box()
    assert panel_box["x"] >= field_box["x"] + field_box["width"]

    field.fill("Teneinde uw aanvraag te behandelen, dient u de bescheiden te verstrekken.")
    panel.locator("mark", has_text="Teneinde").wait_for()
    status = panel.locator("[data-kb-readability-status]")
    assert "zoals u die nu typt" in status.text_content()
    counter = toggle.locator("[data-side-panel-toggle-counter]")
    assert int(counter.text_content()) > 0
    assert problems == []
    assert panel_violations(page) == []


def panel_violations(page) -> list[dict]:
    """WCAG 2.1 A/AA violations inside the readability panel (Wagtail's own admin around it
    is not ours to judge here)."""
    page.evaluate(AXE.read_text())
    return page.evaluate(
        """options => axe.run('[data-side-panel="readability"]', options).then(
            results => results.violations.map(v => ({id: v.id, help: v.help})))""",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
