"""The site's URLs plus one that fails, so that the browser sees the real 500 page."""

from django.urls import path

from kennisbank.urls import urlpatterns as site_urlpatterns

ERROR_PATH = "/testfout/"


def fail(request):
    raise RuntimeError("Deliberate error: the browser tests look at the 500 page.")


urlpatterns = [path(ERROR_PATH.strip("/") + "/", fail), *site_urlpatterns]
