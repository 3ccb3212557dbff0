from django.urls import path

from kennisbank import ids  # noqa: F401 - registers the <id:...> URL converter
from search.workbench import views

app_name = "workbench"

urlpatterns = [
    path("", views.start, name="start"),
    path("zoeken/", views.search_results, name="search"),
    path("contactmoment/", views.register_contact, name="register"),
    path("antwoord/<id:page_id>/", views.answer_view, name="answer"),
    path("antwoord/<id:page_id>/open/", views.open_result, name="open"),
    path("antwoord/<id:page_id>/afdrukken/", views.print_view, name="print"),
    path("antwoord/<id:page_id>/feedback/", views.report_correction, name="feedback"),
]
