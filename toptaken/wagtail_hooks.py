"""The top-task site in the Wagtail admin: the "Top task advice" report (it reads the top tasks,
so it lives here rather than in search) and the admin URLs (admin_urls.py, namespace
"toptaken")."""

from django.urls import include, path

from wagtail import hooks

from toptaken.reports import toptask_advice

hooks.register("register_reports_menu_item", toptask_advice.menu_item)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("toptaken/", include("toptaken.admin_urls"))]
