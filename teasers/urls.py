"""The feed's URLs, mounted at /feed/ in intranet/urls.py."""

from django.urls import path

from teasers.views import feeds, site

app_name = "teasers"

urlpatterns = [
    path("", site.feed, name="feed"),
    path("klik/<int:pk>/", site.click, name="click"),
    path("rss/", feeds.rss, name="rss"),
    path("json/", feeds.json_feed, name="json"),
]
