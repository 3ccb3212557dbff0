from wagtail.snippets.models import register_snippet

from search.viewsets import SearchViewSetGroup

register_snippet(SearchViewSetGroup)


# --- Workbench (KCC, search/workbench/): "Werkplek" in the admin menu for those who may use it
from wagtail import hooks  # noqa: E402 - each feature appends its own block to this file

from search.workbench.menu import workbench_menu_item  # noqa: E402

hooks.register("register_admin_menu_item", workbench_menu_item)


# --- Search analytics, part A: "Missing content" and "Poorly answered" reports -----------------
from wagtail import hooks  # noqa: E402

from search.analytics import missing_content, poor_answers  # noqa: E402

hooks.register("register_reports_menu_item", missing_content.menu_item)
hooks.register("register_reports_menu_item", poor_answers.menu_item)


@hooks.register("register_admin_urls")
def register_analytics_part_a_urls():
    return [*missing_content.urlpatterns, *poor_answers.urlpatterns]


# --- Search analytics, part B: "Popular" and "Contact reasons" reports ----------------------
# ("Top task advice" reads the top tasks, so it is registered in toptaken/wagtail_hooks.py.)
from wagtail import hooks  # noqa: E402

from search.analytics import contact_reasons, popular  # noqa: E402

hooks.register("register_reports_menu_item", popular.menu_item)
hooks.register("register_reports_menu_item", contact_reasons.menu_item)


@hooks.register("register_admin_urls")
def register_analytics_part_b_urls():
    return [*popular.urlpatterns, *contact_reasons.urlpatterns]


# --- Meaning-based search: "Bestaat dit antwoord al?" in the answer editor ---------------------
from search.embeddings import wagtail_hooks as _embedding_hooks  # noqa: E402, F401
