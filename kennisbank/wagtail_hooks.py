from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from kennisbank import readability_publishing, reports, views
from kennisbank.viewsets import KennisbankViewSetGroup

register_snippet(KennisbankViewSetGroup)

hooks.register("after_publish_page", readability_publishing.warn_about_hard_answer)
hooks.register("register_reports_menu_item", reports.menu_item)


@hooks.register("register_admin_urls")
def register_readability_urls():
    return [
        path(
            "kennisbank/readability/analyse/",
            views.analyse_readability,
            name="kennisbank_readability",
        ),
        *reports.urlpatterns,
    ]
