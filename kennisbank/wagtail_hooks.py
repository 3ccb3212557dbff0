"""Kennisbank in the Wagtail admin: menus, viewsets, dashboard panels, editor hooks and the
admin URLs (admin_urls.py, namespace "kennisbank")."""

from django.urls import include, path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from kennisbank.access import approval
from kennisbank.access.rules import edits_every_answer
from kennisbank.callbacks import dashboard as callbacks_dashboard
from kennisbank.corrections import dashboard as corrections_dashboard
from kennisbank.editing import action_menu
from kennisbank.editing.character_count import character_count_js
from kennisbank.editing.question_form import hint_if_not_a_question
from kennisbank.interop.objects_api import admin as objects_api_admin
from kennisbank.readability_check import bulk_publish, publishing
from kennisbank.reports import readability as readability_report
from kennisbank.reports import review as review_report
from kennisbank.reports import upl as upl_report
from kennisbank.review import actions as review_actions
from kennisbank.review import dashboard as review_dashboard
from kennisbank.viewsets import (
    AnswerPageViewSet,
    KennisbankViewSetGroup,
    MyAnswersViewSet,
    UplProductViewSet,
)

register_snippet(KennisbankViewSetGroup)
register_snippet(UplProductViewSet)

hooks.register("after_publish_page", publishing.warn_about_hard_answer)
hooks.register("before_bulk_action", bulk_publish.refuse_bulk_publishing)
hooks.register("after_bulk_action", bulk_publish.warn_about_bulk_published)
# After Wagtail's own "publish" (kennisbank comes before wagtail.admin in INSTALLED_APPS), which
# this one replaces.
hooks.register("register_bulk_action", bulk_publish.PublishBulkActionWithReadability, order=100)
hooks.register("after_publish_page", approval.report_publish_without_approval)
hooks.register("before_edit_page", approval.no_autosave_by_approver)
hooks.register("before_edit_page", approval.show_the_changes_asked)
hooks.register("before_edit_page", approval.refuse_withdrawal_by_colleague)
hooks.register("construct_page_action_menu", approval.only_the_submitter_withdraws)
hooks.register("construct_page_action_menu", action_menu.approval_buttons_in_words)
hooks.register("after_edit_page", approval.tell_a_changing_approver_who_approves)
hooks.register("register_log_actions", approval.register_log_actions)
hooks.register("register_reports_menu_item", readability_report.menu_item)
hooks.register("register_reports_menu_item", review_report.menu_item)
hooks.register("register_reports_menu_item", objects_api_admin.reports_menu_item)
hooks.register("register_reports_menu_item", upl_report.menu_item)
# Reachable also when nothing is open (the dashboard panels show only open items).
hooks.register("register_reports_menu_item", corrections_dashboard.menu_item)
hooks.register("register_reports_menu_item", callbacks_dashboard.menu_item)
hooks.register("construct_homepage_panels", review_dashboard.add_review_panels)
hooks.register("construct_homepage_panels", corrections_dashboard.add_corrections_panel)
hooks.register("construct_homepage_panels", callbacks_dashboard.add_callbacks_panel)
hooks.register("register_log_actions", review_actions.register_log_actions)
hooks.register("register_page_header_buttons", review_actions.reassign_button)
hooks.register("after_create_page", review_actions.warn_about_past_review_date)
hooks.register("after_edit_page", review_actions.warn_about_past_review_date)
hooks.register("after_create_page", hint_if_not_a_question)
hooks.register("after_edit_page", hint_if_not_a_question)
hooks.register("register_bulk_action", review_actions.SignOffBulkAction)
hooks.register("register_bulk_action", review_actions.ReassignBulkAction)
hooks.register("insert_editor_js", character_count_js)


@hooks.register("register_admin_viewset")
def register_my_answers():
    return MyAnswersViewSet()


@hooks.register("register_admin_viewset")
def register_answer_explorer():
    return AnswerPageViewSet("answers")


@hooks.register("register_admin_viewset")
def register_objects_api_admin():
    return [objects_api_admin.ObjectsApiTokenViewSet(), objects_api_admin.VacSyncViewSet()]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("kennisbank/", include("kennisbank.admin_urls"))]


@hooks.register("construct_help_menu")
def hide_wagtails_own_guides(request, menu_items):
    """Wagtail's English "Editor Guide" and release notes are of no use to a municipality's
    editors; the README and the Dutch help texts in the editor are."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail")
    ]


# Wagtail's own reports, for those who run the site; a department finds its reports among
# Kennisbank's, not between "Workflows" and "Paginatypegebruik".
WAGTAIL_REPORTS = {"workflows", "workflow-tasks", "site-history", "aging-pages", "page-types-usage"}


@hooks.register("construct_reports_menu")
def hide_wagtails_reports_from_departments(request, menu_items):
    if edits_every_answer(request.user):
        return
    menu_items[:] = [item for item in menu_items if item.name not in WAGTAIL_REPORTS]
