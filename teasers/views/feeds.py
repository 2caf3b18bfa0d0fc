"""The feed for other systems: RSS 2.0 and JSON Feed 1.1.

A logged-in browser reads its own feed. A machine client sends a feed token (see teasers.tokens)
as "Authorization: Bearer <token>" or as ?token=<token>, and reads the feed of the token's
audience. These two URLs are exempt from the login redirect (LOGIN_EXEMPT_URL_NAMES) because
they check the token themselves: without a valid one they answer 401 or 403 and nothing else.
"""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from teasers import tokens
from teasers.audience import Viewer
from teasers.models import Teaser

FEED_SIZE = 50
NO_STORE = "private, no-store"


def viewer_for(request):
    """The audience whose feed the request may read; raises tokens.TokenRefused otherwise."""
    if request.user.is_authenticated:
        return Viewer.of_user(request.user)
    raw = request.GET.get("token", "")
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        raw = header[7:].strip()
    return tokens.check_token(raw).viewer


def refused(problem):
    messages = {
        401: _("A valid feed token is needed to read this feed."),
        403: _("This feed token has been revoked."),
    }
    response = HttpResponse(messages[problem.status], status=problem.status, content_type="text/plain")
    if problem.status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="feed"'
    response["Cache-Control"] = NO_STORE
    return response


def feed_items(viewer):
    return list(Teaser.objects.live_for(viewer).select_related("campaign")[:FEED_SIZE])


def feed_title():
    return _("Samen West Betuws Werken: news and offers")


class TeaserRssFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "nl"

    def get_object(self, request, *args, **kwargs):
        return request.teaser_viewer

    def title(self):
        return feed_title()

    def description(self):
        return _("Teasers of the learning organisation of the municipality of West Betuwe.")

    def link(self):
        return reverse("teasers:feed")

    def feed_url(self):
        return reverse("teasers:rss")

    def items(self, viewer):
        return feed_items(viewer)

    def item_title(self, teaser):
        return teaser.title

    def item_description(self, teaser):
        return teaser.text

    def item_link(self, teaser):
        return teaser.click_url

    def item_guid(self, teaser):
        return f"urn:westbetuwe:teaser:{teaser.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, teaser):
        return teaser.display_from

    def item_updateddate(self, teaser):
        return teaser.updated_at

    def item_categories(self, teaser):
        return [teaser.campaign.name]


rss_feed = TeaserRssFeed()


@require_safe
def rss(request):
    try:
        request.teaser_viewer = viewer_for(request)
    except tokens.TokenRefused as problem:
        return refused(problem)
    response = rss_feed(request)
    response["Cache-Control"] = NO_STORE
    return response


@require_safe
def json_feed(request):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the same teasers as the RSS feed."""
    try:
        viewer = viewer_for(request)
    except tokens.TokenRefused as problem:
        return refused(problem)
    absolute = request.build_absolute_uri
    data = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed_title(),
        "home_page_url": absolute(reverse("teasers:feed")),
        "feed_url": absolute(reverse("teasers:json")),
        "language": "nl",
        "items": [
            {
                "id": f"urn:westbetuwe:teaser:{teaser.pk}",
                "url": absolute(teaser.click_url),
                "title": teaser.title,
                "content_text": teaser.text,
                "date_published": timezone.localtime(teaser.display_from).isoformat(),
                "date_modified": timezone.localtime(teaser.updated_at).isoformat(),
                "tags": [teaser.campaign.name],
                "_westbetuwe": {"pinned": teaser.pinned, "call_to_action": str(teaser.button_label)},
            }
            for teaser in feed_items(viewer)
        ],
    }
    response = JsonResponse(
        data, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = NO_STORE
    return response
