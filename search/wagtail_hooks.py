from wagtail.snippets.models import register_snippet

from search.viewsets import SearchViewSetGroup

register_snippet(SearchViewSetGroup)
