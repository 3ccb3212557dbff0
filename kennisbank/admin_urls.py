"""Kennisbank's admin URLs, under /admin/kennisbank/ in the namespace "kennisbank"."""

from django.urls import path

from kennisbank import ids  # noqa: F401 - registers the <id:...> URL converter
from kennisbank.callbacks import views as callbacks
from kennisbank.corrections import views as corrections
from kennisbank.readability_check import views as readability
from kennisbank.reports.base import report_urlpatterns
from kennisbank.reports.readability import ReadabilityReportView
from kennisbank.reports.review import ReviewReportView
from kennisbank.reports.upl import UplReportView
from kennisbank.review import actions as review

app_name = "kennisbank"
urlpatterns = [
    path("readability/analyse/", readability.analyse_readability, name="analyse_readability"),
    path("answers/<id:answer_id>/sign-off/", review.sign_off, name="sign_off"),
    path("corrections/", corrections.corrections_index, name="corrections"),
    path(
        "corrections/<id:correction_id>/handled/",
        corrections.mark_handled,
        name="correction_handled",
    ),
    path("callbacks/", callbacks.callbacks_index, name="callbacks"),
    path("callbacks/<id:callback_id>/done/", callbacks.mark_done, name="callback_done"),
    *report_urlpatterns("reports/readability", ReadabilityReportView, "readability_report"),
    *report_urlpatterns("reports/review", ReviewReportView, "review_report"),
    *report_urlpatterns("reports/without-upl", UplReportView, "upl_report"),
]
