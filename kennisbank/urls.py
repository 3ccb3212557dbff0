from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from kennisbank import ids  # noqa: F401 - registers the <id:...> URL converter
from kennisbank.access.login import KennisbankLoginView
from kennisbank.interop import sc_feed
from kennisbank.interop.objects_api import serving as objects_api
from search import api as search_api
from search.analytics import helpfulness
from search.chat import api as chat_api
from search.chat import views as chat_views
from toptaken import views as toptaken_views

urlpatterns = [
    # Before the admin's own: the same login, with contact-centre agents landing in the
    # workbench (kennisbank.access.login).
    path("admin/login/", KennisbankLoginView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", toptaken_views.search, name="search"),
    path("zoeken/naar/<id:page_id>/", toptaken_views.open_result, name="search-result"),
    path("zoeken/nuttig/<id:page_id>/", helpfulness.answer_feedback, name="answer-feedback"),
    path("api/search/", search_api.search_api, name="api-search"),
    path("api/suggest/", search_api.suggest_api, name="api-suggest"),
    path("api/chat/", chat_api.chat_api, name="api-chat"),
    path("api/chat/feedback/", chat_api.feedback_api, name="api-chat-feedback"),
    path("digitale-assistent/", chat_views.chat_page, name="chat"),
    path("api/openapi.json", search_api.openapi, name="api-openapi"),
    path("werkplek/", include("search.workbench.urls")),
    path(
        "samenwerkende-catalogi.xml",
        sc_feed.samenwerkende_catalogi,
        name="samenwerkende-catalogi",
    ),
    path("robots.txt", toptaken_views.robots_txt, name="robots-txt"),
    path("contact/", toptaken_views.contact, name="contact"),
    # Objects-API-compatible reading of VACs, for KISS (kennisbank/interop/objects_api/).
    # With or without a trailing slash: clients differ, and both are in circulation.
    re_path(r"^api/v2/objects/?$", objects_api.object_list, name="objects-api-objects"),
    path("api/v2/objects/<uuid:vac_uuid>", objects_api.object_detail, name="objects-api-object"),
    re_path(r"^api/v2/objecttypes/vac/?$", objects_api.objecttype, name="objects-api-objecttype"),
    path(
        "api/v2/objecttypes/vac/versions/<int:version>",
        objects_api.objecttype_version,
        name="objects-api-objecttype-version",
    ),
    re_path(r"^api/v2/", objects_api.not_found, name="objects-api-not-found"),
    re_path(r"^api/", search_api.not_found, name="api-not-found"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler400 = "kennisbank.error_pages.bad_request"
handler500 = "kennisbank.error_pages.server_error"
