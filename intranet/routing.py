"""Wagtail's page serving, with the site and the route to each page kept in Django's cache.

Wagtail finds the page for a URL by looking up the site for the host name (one query) and then
walking the page tree from the site's root, two queries per level of the URL (the page and its
specific type): about seven queries, the larger part of an article request. The answer only
changes when a page is published, unpublished, moved, renamed or deleted, or a site changes,
and each of those changes the content version (``intranet.models.ContentVersion``).

So the route is cached per site, path, language and content version as (the page as Wagtail
found it, the rest of the path). A request with a cached route lets that page route the rest of
the path (a routable page's sub-path, such as an article's feedback form), which checks that it
is live. The site is cached per host name, port and content version. A cached page holds
the published page as it was when the version began; its editing fields (draft title, lock,
latest revision) may be older, and the published page does not show them.

Nothing about the reader is cached: the login, the page's view restrictions and every
permission are checked on every request by the middleware and Wagtail's own hooks.
"""

import hashlib

from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from intranet.models import ContentVersion

# Upper bound for a cached route or site; the key changes as soon as the content does.
ROUTE_SECONDS = 600


def serve(request, path):
    """Drop-in for ``wagtail.views.serve``: the same response, found with fewer queries."""
    route_from_cache(request, path)
    return wagtail_views.serve(request, path)


def route_from_cache(request, path):
    """Set the route on the request the way ``Page.route_for_request`` caches it on the request."""
    site = site_for_request(request)
    if site is None:
        return
    components = [component for component in path.split("/") if component]
    key = _key("route", ContentVersion.for_request(request), site.pk, translation.get_language(), path)
    cached = cache.get(key)
    if cached is not None:
        page, remaining = cached
        try:
            request._wagtail_route_for_request = page.route(request, list(remaining))
        except Http404:
            request._wagtail_route_for_request = None
        return

    result = Page.route_for_request(request, path)
    if result is not None:
        own = _own_components(site, result[0])
        if own is not None and components[: len(own)] == own:
            cache.set(key, (result[0], components[len(own) :]), ROUTE_SECONDS)


def site_for_request(request):
    """``Site.find_for_request``, cached per host name, port and content version.

    Sets the site on the request as Wagtail does, so Wagtail's own lookups of this request
    (page URLs, settings) use it too.
    """
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = split_domain_port(request._get_raw_host())[0]
    key = _key("site", ContentVersion.for_request(request), host, request.get_port())
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, ROUTE_SECONDS)
    request._wagtail_site = site
    return site


def _own_components(site, page):
    """The path components that lead from the site's root to ``page``, or None for a page
    outside the site's tree (a custom ``route()`` that answers with another page)."""
    root_path = site.root_page.url_path
    if not page.url_path.startswith(root_path):
        return None
    return [component for component in page.url_path[len(root_path) :].split("/") if component]


def _key(kind, *parts):
    # Hashed: paths and host names may hold characters some cache backends refuse in keys.
    return f"intranet:{kind}:" + hashlib.sha256(repr(parts).encode()).hexdigest()
