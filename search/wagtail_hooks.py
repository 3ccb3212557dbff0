"""Search in the Wagtail admin: the synonyms, the KCC workbench menu item, the analytics reports
and the admin URLs (admin_urls.py, namespace "search")."""

from django.urls import include, path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from search.analytics import dashboard

# The answer editor's "Bestaat dit antwoord al?" registers its hooks on import.
from search.embeddings import wagtail_hooks as embedding_hooks  # noqa: F401
from search.reports import contact_reasons, missing_content, poor_answers, popular
from search.viewsets import SearchViewSetGroup
from search.workbench.menu import workbench_menu_item

register_snippet(SearchViewSetGroup)

hooks.register("register_admin_menu_item", workbench_menu_item)
hooks.register("register_reports_menu_item", missing_content.menu_item)
hooks.register("register_reports_menu_item", poor_answers.menu_item)
hooks.register("register_reports_menu_item", popular.menu_item)
hooks.register("register_reports_menu_item", contact_reasons.menu_item)
hooks.register("construct_homepage_panels", dashboard.add_lost_events_panel)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("search/", include("search.admin_urls"))]


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms(request, menu_items):
    # Wagtail's "Zoektermen" counts only searches that call its Query model, which ours do
    # not: it would stay empty beside "Populair", which counts every channel.
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
