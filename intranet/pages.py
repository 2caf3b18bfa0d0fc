"""What the intranet's page models share."""

from functools import cache

from django.db.models import Q
from wagtail.models import PageViewRestriction

from intranet.memo import VersionedMemo
from intranet.models import ContentVersion

_restricted_pages = VersionedMemo(max_entries=1)


def restricted_pages(version):
    """The pages that carry a view restriction (path and depth only), remembered per content
    version: saving or deleting a restriction, changing its groups and moving a page all change
    it. On this intranet almost no page has one: the whole site already requires a login."""
    return _restricted_pages.get_or_set(
        version,
        "pages",
        lambda: [
            restriction.page
            for restriction in PageViewRestriction.objects.select_related("page").only(
                "page__path", "page__depth"
            )
        ],
    )


def public(queryset, request=None):
    """``queryset.public()`` (no page with a view restriction on it or an ancestor), built from
    the remembered restricted pages with Wagtail's own ``descendant_of_q`` instead of reading
    every view restriction on each call as Wagtail's ``public()`` does."""
    private = Q()
    for page in restricted_pages(ContentVersion.for_request(request)):
        private |= queryset.descendant_of_q(page, inclusive=True)
    return queryset.exclude(private) if private else queryset


class RememberedRestrictionsMixin:
    """For page models: no queries for view restrictions when neither the page nor an ancestor has one.

    Wagtail reads the view restrictions of the page and all its ancestors on every request. Here
    a page whose path starts with no restricted page's path (``restricted_pages``) gets none
    without a query. A page with a restriction on it or an ancestor gets Wagtail's queryset as
    always, and its restrictions are checked against the reader on every request. Only a page
    routed by ``intranet.routing.serve`` knows its content version; any other use of the page
    gets Wagtail's behaviour unchanged.
    """

    def get_view_restrictions(self):
        version = getattr(self, "_content_version", None)
        if version is None or self.pk is None:
            return super().get_view_restrictions()
        if any(self.path.startswith(page.path) for page in restricted_pages(version)):
            return super().get_view_restrictions()
        return _no_restrictions()


@cache
def _no_restrictions():
    """An empty queryset of restrictions, evaluated once: going through a fresh ``none()`` builds
    its SQL again on every request only to find it needs no query."""
    restrictions = PageViewRestriction.objects.none()
    list(restrictions)
    return restrictions
