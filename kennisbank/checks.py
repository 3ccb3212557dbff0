"""`manage.py check` (also run by runserver and migrate): the Dutch texts are built.

The .po file is the source and is committed; the .mo file the site reads is built from it
(`make install`, or `manage.py compilemessages`) and is not. A deployment that skips that step
shows every text in English, and the demo loader stores English page titles in the database.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.translation)
def dutch_texts_built(app_configs, **kwargs):
    warnings = []
    for folder in settings.LOCALE_PATHS:
        messages = Path(folder) / settings.LANGUAGE_CODE / "LC_MESSAGES"
        source, built = messages / "django.po", messages / "django.mo"
        if not source.exists():
            continue
        if not built.exists() or built.stat().st_mtime < source.stat().st_mtime:
            warnings.append(
                Warning(
                    f"{built} is missing or older than {source.name}: the site shows its "
                    "texts in English or outdated Dutch.",
                    hint="Run `make install` or `manage.py compilemessages`.",
                    id="kennisbank.W001",
                )
            )
    return warnings
