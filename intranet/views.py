"""Infrastructure views: protected media and a health check for the load balancer."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join


def serve_protected_media(request, path):
    """Serve an uploaded file (image, rendition) to a logged-in user.

    The login check happens in LoginRequiredEverywhereMiddleware before this view runs. With
    MEDIA_ACCEL_REDIRECT_PREFIX set, the web server sends the file (nginx X-Accel-Redirect);
    otherwise Django streams it.
    """
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as exc:  # a path that leaves MEDIA_ROOT
        raise Http404 from exc
    if not full_path.is_file():
        raise Http404
    content_type, _encoding = mimetypes.guess_type(full_path.name)
    if settings.MEDIA_ACCEL_REDIRECT_PREFIX:
        response = HttpResponse(content_type=content_type or "application/octet-stream")
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT_PREFIX.rstrip("/") + "/" + path
        return response
    response = FileResponse(full_path.open("rb"), content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response


def health(request):
    return HttpResponse("ok", content_type="text/plain")
