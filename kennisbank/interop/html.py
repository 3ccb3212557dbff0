"""Safe HTML for the VAC `antwoord`: structure kept, scripts and styling dropped, links made absolute."""

from urllib.parse import urljoin

import nh3

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
