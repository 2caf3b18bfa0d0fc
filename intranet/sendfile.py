"""Handing an uploaded file to the browser once a view has allowed it.

With MEDIA_ACCEL_REDIRECT_PREFIX set, Django answers with an empty response carrying
`X-Accel-Redirect` and nginx sends the file from an internal location; without it Django
streams the file itself. Both the protected media view (images) and Wagtail's document view use
this: Wagtail's view calls the module named in SENDFILE_BACKEND (this one) only after it has
applied the document's collection privacy.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse
from wagtail.utils import sendfile_streaming_backend

# Every file response forbids scripts, styles and frames of its own: a document or image
# opened in the browser can then never run code in the intranet's origin.
FILE_CONTENT_SECURITY_POLICY = "default-src 'none'"


def media_relative_path(filename):
    """`filename` as a path inside MEDIA_ROOT ("documents/plan.pdf"); Http404 when it is not inside."""
    media_root = Path(settings.MEDIA_ROOT).resolve()
    try:
        return Path(filename).resolve().relative_to(media_root).as_posix()
    except ValueError as exc:
        raise Http404 from exc


def accel_redirect_response(relative_path, content_type):
    """An empty response telling nginx to send MEDIA_ROOT/`relative_path` itself.

    nginx keeps only a few headers of this response (Content-Type, Content-Disposition,
    Cache-Control, Expires, Set-Cookie); the internal location adds the security headers.
    """
    response = HttpResponse(content_type=content_type or "application/octet-stream")
    # Quoted, because a header must be plain ASCII; nginx decodes it again.
    prefix = settings.MEDIA_ACCEL_REDIRECT_PREFIX.rstrip("/")
    response["X-Accel-Redirect"] = f"{prefix}/{quote(relative_path)}"
    return response


def sendfile(request, filename, mimetype=None, **kwargs):
    """SENDFILE_BACKEND for Wagtail's document serve view.

    Wagtail calls this after its `before_serve_document` hooks (the collection's view
    restrictions) have passed, and then sets Content-Type, Content-Disposition and its own
    `Content-Security-Policy: default-src 'none'` on what this returns.
    """
    if not settings.MEDIA_ACCEL_REDIRECT_PREFIX:
        return sendfile_streaming_backend.sendfile(request, filename, mimetype=mimetype, **kwargs)
    return accel_redirect_response(media_relative_path(filename), mimetype)
