"""The intranet is closed: every request needs a logged-in user, with a short list of exceptions."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseForbidden
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LoginRequiredEverywhereMiddleware:
    """Send anonymous visitors to the login page; files get a 403 instead of a redirect.

    Django's own LoginRequiredMiddleware works per view; Wagtail serves pages, documents and
    images through views we do not own, so the rule is applied here, once, for all of them.
    """

    FILE_PREFIXES = ("/documents/", "/media/", "/images/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated or self.is_exempt(request):
            return self.get_response(request)
        if request.path.startswith(self.FILE_PREFIXES):
            return HttpResponseForbidden()
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)

    def is_exempt(self, request):
        if request.path.startswith(tuple(settings.LOGIN_EXEMPT_PATH_PREFIXES)):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.view_name in settings.LOGIN_EXEMPT_URL_NAMES


class DutchFirstLocaleMiddleware:
    """Dutch for everyone, English only for those who chose it on their account page.

    Django's LocaleMiddleware follows the browser's Accept-Language, which would show Dutch
    content inside an English frame to anyone with an English browser. The choice is stored in
    the language cookie (and, for the Wagtail admin, in the user's admin preference).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response
