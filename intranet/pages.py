"""What the intranet's page models share."""

from functools import cache

from django.db.models import Q
from wagtail.models import PageViewRestriction

from intranet.memo import VersionedMemo
from intranet.models import ContentVersion

_unrestricted = VersionedMemo(max_entries=10_000)
_restricted_pages = VersionedMemo(max_entries=1)


def public(queryset, request=None):
    """``queryset.public()`` (no page with a view restriction on it or an ancestor), with the
    restricted pages remembered per content version instead of read on every call.

    Wagtail's ``public()`` reads every view restriction to build its filter; restrictions only
    change together with the content version, so the restricted pages are kept and the filter is
    built from them with Wagtail's own ``descendant_of_q``.
    """
    version = ContentVersion.for_request(request)
    restricted = _restricted_pages.get(version, "pages")
    if restricted is None:
        restricted = [
            restriction.page
            for restriction in PageViewRestriction.objects.select_related("page").only(
                "page__path", "page__depth"
            )
        ]
        _restricted_pages.set(version, "pages", restricted)
    private = Q()
    for page in restricted:
        private |= queryset.descendant_of_q(page, inclusive=True)
    return queryset.exclude(private) if private else queryset


class RememberedRestrictionsMixin:
    """For page models: no queries for view restrictions when neither the page nor an ancestor has one.

    Wagtail checks the view restrictions of the page and all its ancestors on every request
    (two queries), although on this intranet almost no page has one: the whole site already
    requires a login. Whether the page or an ancestor has a restriction changes only with the
    content version (saving or deleting a restriction, changing its groups and moving a page
    all change it), so the answer "none" is remembered per page and version. A page with a
    restriction gets Wagtail's queryset as always, and its restrictions are checked against the
    reader on every request. Only a page routed by ``intranet.routing.serve`` knows its content version;
    any other use of the page gets Wagtail's behaviour unchanged.
    """

    def get_view_restrictions(self):
        version = getattr(self, "_content_version", None)
        if version is None or self.pk is None:
            return super().get_view_restrictions()
        if _unrestricted.get(version, self.pk):
            return _no_restrictions()
        restrictions = super().get_view_restrictions()
        if restrictions.exists():
            return restrictions
        _unrestricted.set(version, self.pk, True)
        return _no_restrictions()


@cache
def _no_restrictions():
    """An empty queryset of restrictions, evaluated once: going through a fresh ``none()`` builds
    its SQL again on every request only to find it needs no query."""
    restrictions = PageViewRestriction.objects.none()
    list(restrictions)
    return restrictions
