from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from kennisbank import ids  # noqa: F401 - registers the <id:...> URL converter
from search import api as search_api
from search.analytics import helpfulness
from search.chat import api as chat_api
from search.chat import views as chat_views
from toptaken import views as toptaken_views

urlpatterns = [
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
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
