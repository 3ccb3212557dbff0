"""An answer's body as HTML for other systems (the VAC `antwoord` for KISS, the feed for
overheid.nl): rendered for export, then made safe (structure kept, scripts and styling dropped,
links made absolute)."""

from urllib.parse import urljoin

import nh3

from wagtail.contrib.settings.context_processors import SettingProxy
from wagtail.models import Site

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "b",
    "i",
}
ALLOWED_ATTRIBUTES = {"a": {"href"}}


def safe_html(html, base_url, tags=ALLOWED_TAGS):
    """Sanitise `html` with nh3 (keeping `tags`) and resolve relative link targets against
    `base_url`."""

    def absolute(element, attribute, value):
        if element == "a" and attribute == "href":
            return urljoin(base_url, value)
        return value

    return nh3.clean(
        html,
        tags=tags,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        attribute_filter=absolute,
        link_rel="noopener noreferrer",
    )


def export_settings(request_or_site=None) -> SettingProxy | None:
    """The site settings an exported body is rendered with (default: the default site's), or
    None without any site. One per export run: it reads each setting once for all answers,
    where a proxy per answer read the contact channels again for every one."""
    site = request_or_site or Site.objects.filter(is_default_site=True).first()
    return SettingProxy(request_or_site=site) if site is not None else None


def exported_body_html(answer, settings=None) -> str:
    """The answer's body as HTML for another system, before `safe_html`.

    Rendered with site `settings` (export_settings; default: those of the answer's site),
    which a page outside a request lacks: the contact block listed no channel at all in KISS
    and on overheid.nl. Blocks see `for_export` to leave out what only holds on the live page.
    """
    if not answer.body:
        return ""
    if settings is None:
        settings = export_settings(answer.get_site())
    context = {"for_export": True}
    if settings is not None:  # without any site there are no channels to list
        context["settings"] = settings
    return "".join(block.render(context) for block in answer.body)
