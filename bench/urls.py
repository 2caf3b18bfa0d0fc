"""The intranet's URLs plus the one-line view every benchmark figure is compared with."""

from django.http import HttpResponse
from django.urls import path

from intranet.urls import urlpatterns as intranet_urlpatterns


def ping(request):
    return HttpResponse("ok")


# Before the intranet's patterns: Wagtail's catch-all page route comes last there.
urlpatterns = [path("bench/ping/", ping, name="bench_ping"), *intranet_urlpatterns]
