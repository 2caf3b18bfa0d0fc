"""What every template may use to key a fragment cache (``{% wagtailpagecache %}``)."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from intranet.models import ContentVersion


def fragment_cache(request):
    """The content version (read only when a template uses it) and the fragments' lifetime."""
    return {
        "content_version": SimpleLazyObject(lambda: ContentVersion.for_request(request)),
        "fragment_cache_seconds": settings.FRAGMENT_CACHE_SECONDS,
    }
