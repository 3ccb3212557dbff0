from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from kennisbank import (
    dashboard,
    feedback_views,
    readability_publishing,
    reports,
    review_report,
    review_views,
    views,
)
from kennisbank.viewsets import KennisbankViewSetGroup, MyAnswersViewSet

register_snippet(KennisbankViewSetGroup)

hooks.register("after_publish_page", readability_publishing.warn_about_hard_answer)
hooks.register("register_reports_menu_item", reports.menu_item)
hooks.register("register_reports_menu_item", review_report.menu_item)
hooks.register("construct_homepage_panels", dashboard.add_review_panels)
hooks.register("construct_homepage_panels", dashboard.add_feedback_panel)
hooks.register("register_log_actions", review_views.register_log_actions)
hooks.register("register_page_header_buttons", review_views.reassign_button)
hooks.register("after_create_page", review_views.warn_about_past_review_date)
hooks.register("after_edit_page", review_views.warn_about_past_review_date)
hooks.register("register_bulk_action", review_views.SignOffBulkAction)
hooks.register("register_bulk_action", review_views.ReassignBulkAction)


@hooks.register("register_admin_viewset")
def register_my_answers():
    return MyAnswersViewSet()


@hooks.register("register_admin_urls")
def register_kennisbank_urls():
    return [
        path(
            "kennisbank/readability/analyse/",
            views.analyse_readability,
            name="kennisbank_readability",
        ),
        path(
            "kennisbank/answers/<int:answer_id>/sign-off/",
            review_views.sign_off,
            name="kennisbank_sign_off",
        ),
        path("kennisbank/feedback/", feedback_views.feedback_index, name="kennisbank_feedback"),
        path(
            "kennisbank/feedback/<int:feedback_id>/handled/",
            feedback_views.mark_handled,
            name="kennisbank_feedback_handled",
        ),
        *reports.urlpatterns,
        *review_report.urlpatterns,
    ]
