import django_filters

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import GenericPageFilterSet, IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet, PageViewSet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kennisbank import review
from kennisbank.access.rules import member_department_ids, policy
from kennisbank.models import AnswerPage, Audience, Department, OfficialesePhrase, UplProduct
from kennisbank.readability_check.analysis import ReadabilityLevel
from kennisbank.readability_check.editor import AnswerCreateView, AnswerEditView
from kennisbank.reports.columns import YesNoColumn
from kennisbank.review.actions import answer_bulk_actions


class DepartmentFilterSet(WagtailFilterSet):
    class Meta:
        model = Department
        fields = ["is_active"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = [
        "name",
        "review_interval_months",
        "group",
        YesNoColumn("is_active", label=_("Active")),
    ]
    list_export = [
        "name",
        "slug",
        "reminder_emails",
        "escalation_email",
        "review_interval_months",
        "is_active",
    ]
    filterset_class = DepartmentFilterSet
    search_fields = ["name"]
    # A plain database filter: the search index's field restriction fails on SQLite (FTS).
    search_backend_name = None
    ordering = ["name"]


class OfficialeseFilterSet(WagtailFilterSet):
    class Meta:
        model = OfficialesePhrase
        fields = ["active"]


class OfficialeseViewSet(SnippetViewSet):
    """The officialese list of the readability check; a change counts in the next check."""

    model = OfficialesePhrase
    icon = "edit"
    menu_label = _("Officialese")
    list_display = ["phrase", "plain", YesNoColumn("active", label=_("Active"))]
    list_export = ["phrase", "plain", "other_forms", "active"]
    filterset_class = OfficialeseFilterSet
    search_fields = ["phrase", "plain"]
    # A plain database filter, as for departments.
    search_backend_name = None
    ordering = ["phrase"]
    copy_view_enabled = False


class UplProductFilterSet(WagtailFilterSet):
    class Meta:
        model = UplProduct
        fields = ["municipal", "for_citizens", "for_businesses", "listed"]


class UplSearchForm(BaseFilterForm):
    """The chooser's search as a plain database filter on name and URI: the list is loaded by
    a migration and `update_upl`, never through a search index."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "").strip()
        if query:
            objects = objects.filter(Q(label__icontains=query) | Q(uri__icontains=query))
            self.is_searching = True
            self.search_query = query
        return objects


class UplChooserColumnsMixin:
    """Name, for whom, and the URI: two products can share a name in everyday speech."""

    filter_form_class = UplSearchForm

    @property
    def columns(self):
        return [
            *super().columns,
            Column("audience_label", label=_("For")),
            YesNoColumn("municipal", label=_("Municipal")),
            Column("uri", label=_("URI")),
        ]


class UplChooseView(UplChooserColumnsMixin, ChooseView):
    pass


class UplChooseResultsView(UplChooserColumnsMixin, ChooseResultsView):
    pass


class UplChooserViewSet(SnippetChooserViewSet):
    choose_view_class = UplChooseView
    choose_results_view_class = UplChooseResultsView


class UplProductViewSet(SnippetViewSet):
    """The UPL names, to look up and to choose in the answer editor (municipal names first).
    The list itself comes from `update_upl`; nobody edits it by hand."""

    model = UplProduct
    chooser_viewset_class = UplChooserViewSet
    icon = "tag"
    menu_label = _("UPL names")
    add_to_admin_menu = False
    list_display = ["label", "uri", YesNoColumn("municipal"), YesNoColumn("listed")]
    filterset_class = UplProductFilterSet
    search_fields = ["label", "uri"]
    # A plain database filter: the search index's field restriction fails on SQLite (FTS).
    search_backend_name = None
    ordering = ["-municipal", "label"]


class KennisbankViewSetGroup(SnippetViewSetGroup):
    items = (DepartmentViewSet, OfficialeseViewSet)
    menu_icon = "help"
    menu_label = _("Knowledge base")
    menu_name = "kennisbank"


REVIEW_STATES = [
    (review.ReviewState.OVERDUE.value, review.ReviewState.OVERDUE.label),
    (review.ReviewState.DUE_SOON.value, _("Due within 30 days")),
]


class AnswerFilterSetMixin(django_filters.FilterSet):
    """Owner department, review state, audience and language level of answers."""

    owner_department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=Department.objects.all()
    )
    review_state = django_filters.ChoiceFilter(
        label=_("Review"), choices=REVIEW_STATES, method="filter_review_state"
    )
    audience = django_filters.ChoiceFilter(label=_("Audience"), choices=Audience.choices)
    readability_level = django_filters.ChoiceFilter(
        label=_("Language level"), choices=ReadabilityLevel.choices
    )

    def filter_review_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == review.ReviewState.OVERDUE:
            return queryset.filter(review_date__lt=today)
        return queryset.filter(
            review_date__gte=today, review_date__lte=review.due_soon_until(today)
        )


class MyAnswersFilterSet(AnswerFilterSetMixin, PageFilterSet):
    class Meta:
        model = AnswerPage
        fields = []


class AnswerExplorerFilterSet(AnswerFilterSetMixin, GenericPageFilterSet):
    class Meta:
        model = AnswerPage
        fields = []


# The columns editors look for on a listing of answers, after Wagtail's own.
ANSWER_COLUMNS = [
    Column("owner_department", label=_("Department"), sort_key="owner_department__name"),
    Column("review_status", label=_("Review"), sort_key="review_date"),
    Column(
        "readability_level",
        label=_("Language level"),
        accessor="get_readability_level_display",
        sort_key="readability_level",
    ),
]


class MyAnswersIndexView(IndexView):
    # The bulk actions for answers ("Still correct", "Reassign") instead of those for pages.
    template_name = "kennisbank/admin/my_answers.html"

    def get_base_queryset(self):
        """A department member's own department's answers; for the Redactie (who may edit
        every answer) the answers they own or changed last."""
        pages = super().get_base_queryset()
        user = self.request.user
        if departments := member_department_ids(user):
            return pages.filter(owner_department__in=departments)
        return pages.filter(Q(owner=user) | Q(latest_revision__user=user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["answer_bulk_actions"] = answer_bulk_actions(self.request.user)
        return context


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.user_has_any_permission(request.user, {"add", "change", "publish"})


class MyAnswersViewSet(PageListingViewSet):
    """ "My answers": a department member's department's answers, the Redactie's own and last
    changed answers (MyAnswersIndexView)."""

    model = AnswerPage
    name = "my_answers"
    url_prefix = "kennisbank/my-answers"
    icon = "help"
    menu_label = _("My answers")
    menu_name = "my-answers"
    menu_order = 150
    add_to_admin_menu = True
    menu_item_class = EditorMenuItem
    index_view_class = MyAnswersIndexView
    filterset_class = MyAnswersFilterSet
    ordering = "review_date"
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Question"), sort_key="title", classname="title"),
        *ANSWER_COLUMNS,
        PageStatusColumn("status", label=_("Status"), sort_key="live"),
    ]


class AnswerPageViewSet(PageViewSet):
    """The answers in Wagtail's page explorer (the children of the answers index): owner
    department, review and language level beside the title, with filters on them."""

    model = AnswerPage
    filterset_class = AnswerExplorerFilterSet
    # The editor with the readability panel beside the text.
    add_view_class = AnswerCreateView
    edit_view_class = AnswerEditView
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Question"), sort_key="title", classname="title"),
        *ANSWER_COLUMNS,
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]
