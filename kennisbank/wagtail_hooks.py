from wagtail.snippets.models import register_snippet

from kennisbank.viewsets import KennisbankViewSetGroup

register_snippet(KennisbankViewSetGroup)
