"""Wagtail's page serving, with the route to each page remembered per content version.

Wagtail finds the page for a URL by looking up the site for the host name and then walking the
page tree from the site's root, one query (plus one for the specific page) per level of the URL.
The answer only changes when a page is published, unpublished, moved, renamed or deleted, or a
site changes, and every one of those changes the content version. So the first request for a
path routes as Wagtail does and remembers the site and the page it led to, as a pickled copy;
later requests in the same content version unpickle their own copy (tens of microseconds instead
of a query that costs most of a millisecond) and let it route the rest of the path itself (a
routable page's sub-path, such as an article's feedback form), which checks again that it is live.

The copy is exact for everything a reader sees: published content only changes with a publish,
which changes the content version. What may be older than the database are the page row's
editing fields (draft title, latest revision, lock), which the published page does not show.

What is remembered is the same for every reader: which site and which page. Login, view
restrictions and everything else that depends on the reader are checked on every request by
the middleware and Wagtail's own hooks, exactly as without this memory. The page routed here
carries the request's content version (``_content_version``), which lets
``intranet.pages.RememberedRestrictionsMixin`` skip the view restriction queries.
"""

import pickle

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from intranet.memo import VersionedMemo
from intranet.models import ContentVersion

_sites = VersionedMemo(max_entries=100)
_routes = VersionedMemo(max_entries=10_000)


def serve(request, path):
    """Drop-in for ``wagtail.views.serve``: the same response, found with fewer queries."""
    remember_route(request, path)
    return wagtail_views.serve(request, path)


def remember_route(request, path):
    """Set the site and page route on the request the way ``Page.route_for_request`` caches them."""
    version = ContentVersion.for_request(request)
    site = site_for_request(request)
    if site is None:
        return

    components = [component for component in path.split("/") if component]
    route_key = (site.pk, translation.get_language(), tuple(components))
    remembered = _routes.get(version, route_key)
    if remembered is not None:
        pickled_page, remaining = remembered
        page = pickle.loads(pickled_page)
        page._content_version = version
        try:
            request._wagtail_route_for_request = page.route(request, list(remaining))
        except Http404:
            request._wagtail_route_for_request = None
        return

    result = Page.route_for_request(request, path)
    if result is not None:
        page = result[0]
        remembered = _remembered_route(site, page, components)
        if remembered is not None:
            _routes.set(version, route_key, remembered)
        page._content_version = version


def site_for_request(request):
    """``Site.find_for_request``, remembered per host name, port and content version.

    Sets the site on the request as Wagtail does, so Wagtail's own lookups of this request
    (page URLs, settings) use it too.
    """
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    version = ContentVersion.for_request(request)
    key = (split_domain_port(request._get_raw_host())[0], request.get_port())
    site = _sites.get(version, key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            _sites.set(version, key, site)
    request._wagtail_site = site
    return site


def _remembered_route(site, page, components):
    """(pickled page, path components left for the page itself), or None for an unusual route.

    Each page on the way consumes one component; the page that answered routes what is left
    (a routable page's sub-path). A page whose own URL does not start the path (a custom
    ``route()`` that answers with another page) is not remembered.
    """
    root_path = site.root_page.url_path
    if not page.url_path.startswith(root_path):
        return None
    own = [component for component in page.url_path[len(root_path) :].split("/") if component]
    if components[: len(own)] != own:
        return None
    return pickle.dumps(page, pickle.HIGHEST_PROTOCOL), tuple(components[len(own) :])
