"""Infrastructure views: protected media and a health check for the load balancer."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join

from intranet.sendfile import FILE_CONTENT_SECURITY_POLICY, accel_redirect_response, media_relative_path

# The folders of MEDIA_ROOT whose files any logged-in user may fetch under /media/: Wagtail's
# original images, their renditions and the admin's profile pictures. Wagtail has no privacy
# for images, so the login is the whole rule. Everything else is not served here; documents
# in particular only go through Wagtail's document view, which applies their collection's
# privacy (a private document fetched as /media/documents/... is a 404).
PUBLIC_TO_EMPLOYEES_FOLDERS = ("original_images", "images", "avatar_images")

# Images change name when they change (renditions carry the filter and a hash), so the browser
# may keep them for an hour; "private" keeps them out of shared caches.
MEDIA_CACHE_CONTROL = "private, max-age=3600"


def serve_protected_media(request, path):
    """Serve an image, rendition or profile picture to a logged-in user.

    The login check happens in LoginRequiredEverywhereMiddleware before this view runs. With
    MEDIA_ACCEL_REDIRECT_PREFIX set, the web server sends the file (nginx X-Accel-Redirect);
    otherwise Django streams it.
    """
    try:
        full_path = Path(safe_join(settings.MEDIA_ROOT, path))
    except SuspiciousFileOperation as exc:  # a path that leaves MEDIA_ROOT
        raise Http404 from exc
    # Checked on the resolved path, so "images/../documents/x.pdf" or a link cannot slip through.
    relative_path = media_relative_path(full_path)
    if relative_path.split("/", 1)[0] not in PUBLIC_TO_EMPLOYEES_FOLDERS or not full_path.is_file():
        raise Http404
    content_type, _encoding = mimetypes.guess_type(full_path.name)
    if settings.MEDIA_ACCEL_REDIRECT_PREFIX:
        response = accel_redirect_response(relative_path, content_type)
    else:
        response = FileResponse(full_path.open("rb"), content_type=content_type)
    response["Cache-Control"] = MEDIA_CACHE_CONTROL
    response["Content-Security-Policy"] = FILE_CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    return response


def health(request):
    return HttpResponse("ok", content_type="text/plain")
