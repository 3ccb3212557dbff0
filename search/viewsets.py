from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kennisbank.reports.columns import YesNoColumn
from search.models import SynonymGroup


class SynonymFilterSet(WagtailFilterSet):
    class Meta:
        model = SynonymGroup
        fields = ["is_active"]


class SynonymViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonyms")
    list_display = ["__str__", YesNoColumn("is_active", label=_("Active")), "updated_at"]
    list_export = ["phrases", "is_active", "updated_at"]
    filterset_class = SynonymFilterSet
    search_fields = ["phrases"]
    # A plain database filter: the search index's field restriction fails on SQLite (FTS).
    search_backend_name = None


class SearchViewSetGroup(SnippetViewSetGroup):
    items = (SynonymViewSet,)
    menu_icon = "search"
    # Not "Zoeken": Wagtail's own search box is called that, at the top of the same menu.
    menu_label = _("Search settings")
    menu_name = "zoeken"
