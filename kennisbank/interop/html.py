"""Safe HTML for the VAC `antwoord`: structure kept, scripts and styling dropped, links made absolute."""

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


def safe_html(html, base_url):
    """Sanitise `html` with nh3 and resolve relative link targets against `base_url`."""

    def absolute(element, attribute, value):
        if element == "a" and attribute == "href":
            return urljoin(base_url, value)
        return value

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        attribute_filter=absolute,
        link_rel="noopener noreferrer",
    )


def exported_body_html(answer) -> str:
    """The answer's body as HTML for another system, before `safe_html`.

    Rendered with the settings of the answer's site, which a page outside a request lacks:
    the contact block listed no channel at all in KISS and on overheid.nl. Blocks see
    `for_export` to leave out what only holds on the live page.
    """
    if not answer.body:
        return ""
    site = answer.get_site() or Site.objects.filter(is_default_site=True).first()
    context = {"settings": SettingProxy(request_or_site=site), "for_export": True}
    return "".join(block.render(context) for block in answer.body)
