from wagtail import hooks

from toptaken import reports

# --- Search analytics, part B: "Top task advice" (it reads the top tasks, so it lives here) ---
hooks.register("register_reports_menu_item", reports.menu_item)


@hooks.register("register_admin_urls")
def register_top_task_advice_urls():
    return reports.urlpatterns
