"""The top-task site's admin URLs, under /admin/toptaken/ in the namespace "toptaken"."""

from kennisbank.reports.base import report_urlpatterns
from toptaken.reports.toptask_advice import TopTaskAdviceReportView

app_name = "toptaken"
urlpatterns = report_urlpatterns(
    "reports/top-task-advice", TopTaskAdviceReportView, "advice_report"
)
