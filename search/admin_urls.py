"""Search's admin URLs (the analytics reports), under /admin/search/ in the namespace "search"."""

from django.urls import path

from kennisbank.reports.base import report_urlpatterns
from search.reports.contact_reasons import ContactReasonsReportView
from search.reports.missing_content import MissingContentActionView, MissingContentReportView
from search.reports.poor_answers import PoorAnswersReportView
from search.reports.popular import PopularReportView

app_name = "search"
urlpatterns = [
    *report_urlpatterns("analytics/missing-content", MissingContentReportView, "missing_content"),
    path(
        "analytics/missing-content/action/",
        MissingContentActionView.as_view(),
        name="missing_content_action",
    ),
    *report_urlpatterns("analytics/poorly-answered", PoorAnswersReportView, "poor_answers"),
    *report_urlpatterns("analytics/popular", PopularReportView, "popular"),
    *report_urlpatterns("analytics/contact-reasons", ContactReasonsReportView, "contact_reasons"),
]
