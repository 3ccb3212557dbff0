"""Wagtail's admin texts that Kennisbank words itself in Dutch (kennisbank/wagtail_wording.py)."""

import re

import pytest

from django.utils import translation
from django.utils.translation import gettext

from kennisbank.wagtail_wording import WAGTAIL_MSGIDS
from tests.kennisbank.factories import AnswerPageFactory


@pytest.mark.parametrize("msgid", WAGTAIL_MSGIDS)
def test_says_u_where_wagtail_says_je(msgid):
    with translation.override("nl"):
        dutch = gettext(msgid)
    assert dutch != msgid
    assert not re.search(r"\b(je|jij|jou|jouw)\b", dutch, re.IGNORECASE)


@pytest.mark.django_db
def test_the_answer_list_counts_with_spaces(admin_client, index):
    AnswerPageFactory(parent=index)
    AnswerPageFactory(parent=index)
    html = admin_client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert re.search(r"1-2 van 2 antwoorden", html)


@pytest.mark.django_db
def test_a_department_withdraws_an_approval_without_developers_words(client, member, answer):
    from tests.kennisbank.editor import edit_form, edit_url

    client.force_login(member)
    submitted = edit_form(answer, short_answer="Gewijzigd.") | {"action-submit": "action-submit"}
    assert client.post(edit_url(answer), submitted).status_code == 302
    html = client.get(edit_url(answer)).content.decode()
    assert "Goedkeuring intrekken" in html
    assert "Workflow annuleren" not in html
    assert "Controles" in html and ">Checks<" not in html
