"""Admin registration for meaning-based search: the duplicate check in the answer editor.

Registered from search (kennisbank never imports search): the script only runs on the answer
editor, where it finds the title field.
"""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html

from wagtail import hooks

from search.embeddings import duplicates


@hooks.register("register_admin_urls")
def register_duplicate_urls():
    return duplicates.urlpatterns


@hooks.register("insert_editor_js")
def duplicate_check_js():
    return format_html(
        '<script src="{}" data-similar-url="{}" defer></script>',
        static("search/js/duplicate-check.js"),
        reverse("search_similar_answers"),
    )
