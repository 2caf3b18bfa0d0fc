"""The intranet is closed: every request needs a logged-in user, with a short list of exceptions."""

from csp.middleware import CSPMiddleware
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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's own policy for paths under the admin.

    The site's policy (CONTENT_SECURITY_POLICY) is strict; Wagtail's admin needs a little more
    (settings.CONTENT_SECURITY_POLICY_ADMIN says what and why). A response that already has a
    Content-Security-Policy (Wagtail's documents: default-src 'none') keeps it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = settings.CONTENT_SECURITY_POLICY_ADMIN
        if not report_only and parts.config is None and request.path_info.startswith(admin["URL_PREFIX"]):
            parts.config = admin["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """A Permissions-Policy header (settings.PERMISSIONS_POLICY) on every response that has none."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(self.allowlist_item(item) for item in allowlist)})"
            for feature, allowlist in settings.PERMISSIONS_POLICY.items()
        )

    @staticmethod
    def allowlist_item(item):
        return item if item in {"self", "*"} else f'"{item}"'

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class PrivateResponsesMiddleware:
    """`Cache-Control: private, no-store` on every response to a logged-in user without one.

    Everything a logged-in employee gets is theirs: pages with their name, their registrations,
    search suggestions, calendar files, exports. No shared proxy may keep it, and the browser may
    not show it again from its caches (back button after logging out on a shared computer).
    Responses that set their own Cache-Control (images: private, max-age) keep it; static files
    never get here (WhiteNoise answers before this middleware).
    """

    VALUE = "private, no-store"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated and "Cache-Control" not in response:
            response["Cache-Control"] = self.VALUE
        return response
