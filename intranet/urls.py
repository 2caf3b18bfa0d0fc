from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from intranet import routing, views
from people.urls import sso_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^images/([^/]*)/(\d*)/([^/]*)/[^/]*$", ServeView.as_view(), name="wagtailimages_serve"),
    re_path(r"^media/(?P<path>.+)$", views.serve_protected_media, name="protected_media"),
    path("health/", views.health, name="health"),
    path("account/", include(sso_urlpatterns)),
    path("account/", include("people.urls")),
    path("zoeken/", include("search.urls")),
    path("academie/", include("academy_pages.urls")),
    path("inwerkprogramma/", include("onboarding.urls")),
    path("feed/", include("teasers.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Every other path is a page: Wagtail's serve view with the route cached per content version
# (intranet.routing). Wagtail's own URLs follow for its _util/ views (password-protected pages).
# These must stay last.
urlpatterns += [
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]
