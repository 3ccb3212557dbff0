from django.urls import path

from search.workbench import views

app_name = "workbench"

urlpatterns = [
    path("", views.start, name="start"),
    path("zoeken/", views.search_results, name="search"),
    path("contactmoment/", views.register_contact, name="register"),
    path("antwoord/<int:page_id>/", views.answer_view, name="answer"),
    path("antwoord/<int:page_id>/open/", views.open_result, name="open"),
    path("antwoord/<int:page_id>/afdrukken/", views.print_view, name="print"),
    path("antwoord/<int:page_id>/feedback/", views.report_correction, name="feedback"),
]
