"""The WSGI handler of the intranet: Django's, with a request that only decodes UTF-8.

Django takes the charset a client declares in its Content-Type header as the encoding of the
request, for the form data and for the query string, and it does so while it builds the request
object, before any middleware runs. A declared charset such as ``base64``, ``rot13`` or ``idna``
then raises in the middle of building the request (a ``LookupError`` or ``UnicodeError`` that
ends as a server error), and ``utf-7`` or ``utf-16`` hand strings to the views that the database
and the templates cannot store or show.

Browsers send our forms as UTF-8 (the pages say so), so the request keeps UTF-8 whatever the
client declares; ``intranet.middleware.UnreadableRequestMiddleware`` then answers a request that
declared another charset with a 400 page, which is where the visitor learns why.
"""

import codecs

from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.utils.http import parse_header_parameters

# Codec names (as codecs.lookup() spells them) whose text Django decodes without surprises.
SAFE_CHARSETS = frozenset({"utf-8", "ascii"})


def is_safe_charset(charset):
    """Whether a declared charset may be used to decode a request: UTF-8 or US-ASCII only."""
    try:
        return codecs.lookup(charset).name in SAFE_CHARSETS
    except (LookupError, ValueError):  # unknown, or not a name at all (a NUL byte, ...)
        return False


class IntranetWSGIRequest(WSGIRequest):
    """A WSGI request that is always decoded as UTF-8, whatever charset the client declared.

    ``content_params`` still holds the declared charset, so the middleware can refuse it.
    """

    def _set_content_type_params(self, meta):
        self.content_type, self.content_params = parse_header_parameters(meta.get("CONTENT_TYPE", ""))
        if self.content_params.get("charset"):
            # US-ASCII is a subset of UTF-8, and Django reads urlencoded forms only as UTF-8.
            self.encoding = "utf-8"


class IntranetWSGIHandler(WSGIHandler):
    request_class = IntranetWSGIRequest
