"""The intranet is closed: every request needs a logged-in user, with a short list of exceptions."""

import json
import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import BadRequest, RequestDataTooBig, SuspiciousOperation
from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from intranet.handlers import is_safe_charset


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


class UnreadableRequestMiddleware:
    """Answer a request whose form data or query string cannot be read with a 400 page.

    Django decodes the data lazily, in whatever view or middleware touches it first; an
    unreadable request then fails there, often as a server error. This reads it once, up front,
    for every view: a charset other than UTF-8 (see ``intranet.handlers``), a broken multipart
    body, or a body larger than Django accepts gets a short page that says what went wrong.

    It sits after the login check, so an anonymous visitor's body is only read on the few pages
    open to them (the login page, the password reset).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = self.problem(request)
        if problem is not None:
            return self.bad_request(request, problem)
        return self.get_response(request)

    def problem(self, request):
        """Why the request cannot be read (a message for the visitor), or None."""
        charset = request.content_params.get("charset")
        if charset:
            if not is_safe_charset(charset):
                return _(
                    "The form was sent in a character encoding the intranet does not accept (only UTF-8)."
                )
            # US-ASCII is a subset of UTF-8 (intranet.handlers does the same for its requests).
            request.encoding = "utf-8"
        try:
            request.GET  # noqa: B018 (read to decode)
            if request.method == "POST":
                request.POST  # noqa: B018 (read to decode; also reads the uploaded files)
            if request.content_type == "application/json" and is_unreadable_json(request.body):
                return _("The data you sent could not be read.")
        except RequestDataTooBig:
            return _("What you sent is too large for the intranet.")
        except (MultiPartParserError, BadRequest, SuspiciousOperation, UnicodeError, LookupError):
            return _("The data you sent could not be read.")
        return None

    def bad_request(self, request, problem):
        # Like Django's own 400 page, rendered without the request: nothing here may fail again.
        return HttpResponseBadRequest(render_to_string("400.html", {"problem": problem}))


# A NUL character or half of a surrogate pair: text that no database column (PostgreSQL's text
# and jsonb) and no UTF-8 page can hold. Form data never carries them (Django decodes it as
# UTF-8 and refuses NUL in form fields); JSON can, as "\u0000" and "\ud800".
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def is_unreadable_json(body):
    """Whether a JSON body is nested too deep to read, or holds a string (or key) with text no
    database can store. Whether it is JSON at all is for the view to say."""
    try:
        data = json.loads(body)
    except ValueError:  # not JSON (or not UTF-8)
        return False
    except RecursionError:  # [[[[...]]]] a hundred thousand deep
        return True
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if UNSTORABLE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
