import os

import pytest

from django.core.management import call_command
from django.core.management.base import SystemCheckError

from kennisbank.checks import dutch_texts_built


@pytest.fixture
def locale(tmp_path, settings):
    settings.LOCALE_PATHS = [tmp_path]
    messages = tmp_path / "nl" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text('msgid ""\nmsgstr ""\n')
    return messages


def test_a_deployment_without_the_built_dutch_texts_is_warned(locale):
    warnings = dutch_texts_built(None)
    assert [warning.id for warning in warnings] == ["kennisbank.W001"]
    assert "compilemessages" in warnings[0].hint
    with pytest.raises(SystemCheckError, match="kennisbank.W001"):
        call_command("check", fail_level="WARNING")


def test_texts_built_before_the_last_change_of_the_source_are_outdated(locale):
    (locale / "django.mo").write_bytes(b"")
    source = locale / "django.po"
    later = source.stat().st_mtime + 60
    os.utime(source, (later, later))
    assert [warning.id for warning in dutch_texts_built(None)] == ["kennisbank.W001"]
    os.utime(locale / "django.mo", (later + 1, later + 1))
    assert dutch_texts_built(None) == []


def test_the_checked_out_project_has_its_dutch_texts_built():
    # make test builds them first, as make run does.
    assert dutch_texts_built(None) == []
