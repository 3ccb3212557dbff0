"""/samenwerkende-catalogi.xml: the feed overheid.nl harvests (see samenwerkende_catalogi.py).

Built once and kept in the shared cache until an answer is published, unpublished, moved or
deleted, or the municipality's details change; a harvester asking every hour costs nothing.
"""

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotFound
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from wagtail.models import Site

from kennisbank.interop.html import export_settings, exported_body_html, safe_html
from kennisbank.interop.samenwerkende_catalogi import Municipality, Product, build_feed
from kennisbank.models import AnswerPage, ContactSettings, MunicipalitySettings

CACHE_KEY = "kennisbank:samenwerkende-catalogi"
CACHE_SECONDS = 24 * 60 * 60


def forget_feed(*args, **kwargs):
    """Signal receiver: the next request builds the feed again."""
    cache.delete(CACHE_KEY)


def feed_products(site, request=None) -> list[Product]:
    answers = (
        AnswerPage.objects.live()
        .public()
        .in_site(site)
        # Only names in the current UPL: overheid.nl refuses the others, and the report
        # "Zonder UPL" lists those answers for their department to correct.
        .filter(upl__isnull=False, upl__listed=True)
        .select_related("upl")
        .order_by("path")
    )
    products = []
    settings = export_settings(site)
    for answer in answers:
        url = answer.get_full_url(request)
        published = answer.last_published_at or timezone.now()
        products.append(
            Product(
                identifier=url,
                product_id=answer.external_id or str(answer.pk),
                title=answer.title,
                modified=timezone.localtime(published).date().isoformat(),
                audience=answer.audience,
                abstract=answer.short_answer,
                upl_uri=answer.upl.uri,
                upl_label=answer.upl.label,
                online_application=answer.online_application or "nee",
                application_url=answer.application_url,
                html=safe_html(exported_body_html(answer, settings), url),
            )
        )
    return products


# GET and HEAD: a harvester may ask whether the feed changed before it fetches it.
@require_safe
def samenwerkende_catalogi(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    municipality = MunicipalitySettings.for_site(site) if site else None
    if municipality is None or not municipality.owms_identifier:
        return HttpResponseNotFound(
            _("The municipality's OWMS identifier is not filled in yet (Settings → Municipality)."),
            content_type="text/plain; charset=utf-8",
        )
    document = cache.get(CACHE_KEY)
    if document is None:
        products = feed_products(site, request)
        if not products:
            return HttpResponseNotFound(
                _("No published answer names a UPL product yet."),
                content_type="text/plain; charset=utf-8",
            )
        document = build_feed(
            products, Municipality(municipality.name, municipality.owms_identifier)
        )
        cache.set(CACHE_KEY, document, CACHE_SECONDS)
    return HttpResponse(document, content_type="application/xml; charset=utf-8")


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(forget_feed, sender=AnswerPage, dispatch_uid=f"sc_feed_{id(signal)}")
    post_page_move.connect(forget_feed, dispatch_uid="sc_feed_moved")
    post_save.connect(forget_feed, sender=MunicipalitySettings, dispatch_uid="sc_feed_settings")
    # Answers with a contact block copy the channels and their hours into the feed.
    post_save.connect(forget_feed, sender=ContactSettings, dispatch_uid="sc_feed_contact")
