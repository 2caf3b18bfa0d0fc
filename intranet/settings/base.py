"""Settings shared by every environment.

Values that differ per machine come from the environment (see `.env.example`);
`dev`, `test` and `production` only adjust what they must.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.oembed_providers import vimeo, youtube

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, without empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


INSTALLED_APPS = [
    "intranet",
    "people",
    "home",
    "knowledge_base",
    "academy_pages",
    "onboarding",
    "search",
    "teasers",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "intranet.middleware.PermissionsPolicyMiddleware",
    "intranet.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "intranet.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "intranet.middleware.PrivateResponsesMiddleware",
    "intranet.middleware.LoginRequiredEverywhereMiddleware",
    "intranet.middleware.UnreadableRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "intranet.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "intranet.context_processors.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "intranet.wsgi.application"

# Database: SQLite next to the code unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A 32 MB page cache per connection instead of SQLite's 2 MB: a search for a common word
    # reads the index row of every match (docs/search.md, "Database settings that help").
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA cache_size = -32000;"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches: per process by default. Everything cached is keyed by the content version
# (intranet.models.ContentVersion), so no process ever shows what another one has replaced;
# docs/architecture.md lists every cache. Nothing about the user is ever cached.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
}
# Upper bound for a cached page fragment; its key changes as soon as the content does.
FRAGMENT_CACHE_SECONDS = 600

# Sessions live in the database. With REDIS_URL set they are also kept in Redis, shared by all
# processes (so a logout ends the session everywhere at once), and a logged-in request reads its
# session from Redis instead of the database. Redis then belongs to the production set-up like
# the database: a session cannot be saved while it is down.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES["sessions"] = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Nothing on the intranet is public: see intranet.middleware.
LOGIN_URL = "people:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "people:login"
# URL names and path prefixes an anonymous visitor may reach.
LOGIN_EXEMPT_URL_NAMES = [
    "people:login",
    "people:password_reset",
    "people:password_reset_done",
    "people:password_reset_confirm",
    "people:password_reset_complete",
    "health",
    # Single sign-on: the button's target and the provider's way back (people/urls.py).
    "openid_connect_login",
    "openid_connect_callback",
    # The feeds check a feed token themselves and answer 401/403 without one (teasers.views.feeds).
    "teasers:rss",
    "teasers:json",
]
LOGIN_EXEMPT_PATH_PREFIXES = ["/admin/login/", "/static/"]

# Dutch first; English for colleagues who prefer it (the admin follows each user's preference).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Set to an internal nginx location (e.g. "/protected-media/") to let the web server send
# media files after Django has checked the login; empty means Django streams them itself.
MEDIA_ACCEL_REDIRECT_PREFIX = os.environ.get("MEDIA_ACCEL_REDIRECT_PREFIX", "")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Coördinatiepunt Lerende Organisatie <leren@westbetuwe.nl>"
)

# The Academy's coordination point: organiser of calendar invites, reply address of its mails,
# and where approval requests go for employees without a team leader ("Name <address>" is fine).
ACADEMY_COORDINATION_EMAIL = os.environ.get("ACADEMY_COORDINATION_EMAIL", DEFAULT_FROM_EMAIL)

# Personal data older than this many months is anonymised by `manage.py anonymise_personal_data`
# (run it from cron; see docs/privacy.md).
PERSONAL_DATA_RETENTION_MONTHS = int(os.environ.get("PERSONAL_DATA_RETENTION_MONTHS", "24"))

# Background work goes through Django's tasks API: run at once unless a queue is configured.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Samen West Betuws Werken"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents go through Wagtail's serve view, so the login check and the collection's privacy
# apply to them (never /media/documents/..., see intranet.views).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Video embeds give up quickly when the provider cannot be reached (see intranet/embeds.py).
# Only YouTube and Vimeo, the two the editors' help texts name; the Content-Security-Policy
# lets only their players into frames (VIDEO_EMBED_ORIGINS).
WAGTAILEMBEDS_FINDERS = [
    {"class": "intranet.embeds.FailFastOEmbedFinder", "connect_timeout": 3, "providers": [youtube, vimeo]}
]

# --- Files, security headers and caching -------------------------------------------------------
# Wagtail's document view hands a document it has allowed to intranet.sendfile: nginx sends it
# when MEDIA_ACCEL_REDIRECT_PREFIX is set, Django streams it otherwise (docs/deployment.md).
SENDFILE_BACKEND = "intranet.sendfile"

# The players of the video providers WAGTAILEMBEDS_FINDERS allows (YouTube's and Vimeo's oEmbed
# answers put these origins in their iframes).
VIDEO_EMBED_ORIGINS = ["https://www.youtube.com", "https://player.vimeo.com"]

# Content-Security-Policy of the site (django-csp 4, intranet.middleware.ContentSecurityPolicyMiddleware).
# Our JavaScript and CSS are static files: no inline scripts, no event handler attributes, no
# style attributes (video frames get classes instead of Wagtail's inline padding), no eval.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],  # data: for the small SVG icons inside NL Design System CSS
        "frame-src": VIDEO_EMBED_ORIGINS,  # video blocks of knowledge base articles
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],  # as X_FRAME_OPTIONS = SAMEORIGIN: no other site frames a page
    }
}
# The Wagtail admin (and the page previews it frames) gets its own policy, chosen by path. It was
# measured by loading the admin in Chromium under the site's policy and reading the violations
# (tests/browser/test_security_headers.py keeps checking it). On top of the site's policy it allows:
# - inline scripts: Wagtail 8's InlinePanel, date/time widgets and chooser modals start with inline
#   <script> blocks, and its vendor.js inserts some (no nonce support in Wagtail's templates);
# - inline styles: the editor's React components (vendor.js) insert <style> elements;
# - blob: images: the previews of images picked for upload;
# - frames of our own origin: the preview panel shows the page in an iframe.
# Still forbidden: eval, plugins, scripts, styles and connections to other hosts, other sites
# framing the admin, forms posting elsewhere.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIX": "/admin/",
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *VIDEO_EMBED_ORIGINS],
    },
}
# The admin's dashboard would ask releases.wagtail.org for new versions from each superuser's
# browser; upgrades go through requirements.txt, and the admin's policy allows no such request.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Permissions-Policy on every response (intranet.middleware.PermissionsPolicyMiddleware): the
# intranet uses no camera, microphone, location, payment or device; fullscreen for our own pages
# and the video players, which would otherwise not be allowed to go fullscreen in their frame.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
    "browsing-topics": [],
    "fullscreen": ["self", *VIDEO_EMBED_ORIGINS],
}
# No address of an intranet page leaves the intranet in a Referer header (YouTube's and Vimeo's
# embed codes carry their own referrerpolicy attribute for their players); a window opened from
# another site gets no handle on ours, nor ours on it.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Employees' e-mail addresses are not sent (hashed) to Gravatar for the admin's avatars, and the
# admin's policy needs no image host of a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Every response to a logged-in user without a Cache-Control of its own gets "private, no-store"
# (intranet.middleware.PrivateResponsesMiddleware): pages, search suggestions, .ics files,
# exports, documents. Images set "private, max-age=3600" themselves (intranet.views).
# --- end of files, security headers and caching ------------------------------------------------

# Search: the backend comes from the environment alone (search/ never names one).
# Dutch comes from search/analysis.py on every database; PostgreSQL only splits the analysed
# terms, with its "simple" configuration (docs/search.md, "Dutch on each database").
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": os.environ.get("SEARCH_BACKEND", "search.backends.database"),
        "SEARCH_CONFIG": "simple",
    }
}

# --- Login throttling and password reset limits ------------------------------------------------
# django-axes counts failed logins in the database (shared by all processes) and refuses a
# login while its user name or client address is locked; people/throttling.py has the rules,
# the lock-out message on both login forms and the limit on password reset mails.
INSTALLED_APPS.append("axes")
# Axes turns a locked-out login into its response; it wants to be the last middleware.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out login is refused before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend, reading with the user whether they may open the admin (one round trip less).
    "people.backends.EmployeeBackend",
]
AXES_HANDLER = "people.throttling.LoginThrottleHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A user name is locked after 10 failures in a row from anywhere: plenty for typing mistakes,
# and an attacker guessing one person's password gets 10 tries per cool-off (under 1,000 a day).
AXES_FAILURE_LIMIT = 10
# A client address is locked after 50 failures over any user names: this stops trying one
# common password against many names, which no single name's count sees. It is higher than
# the per-name limit because colleagues behind one address (an office network's NAT) share it.
LOGIN_FAILURE_LIMIT_PER_CLIENT = 50
# A lock ends by itself 15 minutes after the failure that caused it; tries while locked are
# refused without counting, so the time the form names stays true.
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Axes' reset on success would also forget the client address's failures against other names;
# LoginThrottleHandler forgets only the person's own mistakes from the address they logged in.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "people.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "people.throttling.client_ip"
# No record of every successful login: it is personal data the intranet does not need.
AXES_DISABLE_ACCESS_LOG = True
WAGTAILADMIN_USER_LOGIN_FORM = "people.forms.AdminLoginForm"
# Password resets go through the site's own page (people:password_reset), which is limited;
# Wagtail's admin copy of it would be a second, unlimited way to send reset mails.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Which request header holds the client's address when a reverse proxy is in front, e.g.
# HTTP_X_FORWARDED_FOR, and how many proxies of our own add to it (nginx alone: 1). Empty: the
# address of the connection (REMOTE_ADDR), because a header the client can send itself would
# let anyone pick their own address and dodge the per-address limits.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "").strip()
CLIENT_IP_TRUSTED_PROXIES = int(os.environ.get("CLIENT_IP_TRUSTED_PROXIES", "1"))
# Password reset mails: at most 3 per e-mail address an hour (enough to retry a lost mail, too
# few to flood a mailbox), and at most 20 requests an hour from one client address.
PASSWORD_RESET_MAILS_PER_ADDRESS = 3
PASSWORD_RESET_REQUESTS_PER_CLIENT = 20
PASSWORD_RESET_LIMIT_WINDOW = datetime.timedelta(hours=1)
# --- end of login throttling ---------------------------------------------------------------------

# --- Single sign-on with Entra ID over OpenID Connect (docs/sso.md) ---------------------------
# django-allauth runs the code flow; people/sso.py adds the nonce, the ID token checks and the
# intranet's rules for accounts and roles. Only allauth's OpenID Connect provider is installed and
# only its two views are mounted (people/urls.py): no allauth sign-up, password or e-mail pages.
# Without SSO_ISSUER and SSO_CLIENT_ID the site works as before: local login only.
INSTALLED_APPS += [
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
]
# allauth refuses to start without its middleware (it keeps the request for its adapters).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.messages.middleware.MessageMiddleware") + 1,
    "allauth.account.middleware.AccountMiddleware",
)
# The tenant's issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0: discovery is read
# from <issuer>/.well-known/openid-configuration and every ID token must name exactly this issuer.
SSO_ISSUER = os.environ.get("SSO_ISSUER", "").strip().rstrip("/")
SSO_CLIENT_ID = os.environ.get("SSO_CLIENT_ID", "").strip()
SSO_CLIENT_SECRET = os.environ.get("SSO_CLIENT_SECRET", "").strip()
SSO_ENABLED = bool(SSO_ISSUER and SSO_CLIENT_ID)
# Employees log in only through SSO: the password form is folded away and refuses them. Editors,
# staff and superusers (the break-glass admin) keep their password (people.sso.keeps_password_login).
SSO_HIDE_LOCAL_LOGIN = SSO_ENABLED and env_bool("SSO_HIDE_LOCAL_LOGIN")
# The claim that identifies a person for good: "sub" (per app) or Entra's "oid" (per tenant).
SSO_UID_CLAIM = os.environ.get("SSO_UID_CLAIM", "sub").strip() or "sub"
# App roles (or groups) to our groups: "claim value=group name", comma-separated. Only the groups
# named here are given and taken at each login; every SSO user is in "Medewerkers" unless
# "Medewerkers" itself is mapped.
SSO_ROLES_CLAIM = os.environ.get("SSO_ROLES_CLAIM", "roles").strip()
SSO_ROLE_GROUPS = {
    value.strip(): group.strip()
    for value, _sep, group in (item.partition("=") for item in env_list("SSO_ROLE_GROUPS"))
    if value.strip() and group.strip()
}
# The department claim names the team (matched by name, ignoring case); an unknown name creates a
# team only with SSO_CREATE_TEAMS, otherwise the profile keeps its team.
SSO_TEAM_CLAIM = os.environ.get("SSO_TEAM_CLAIM", "department").strip()
SSO_CREATE_TEAMS = env_bool("SSO_CREATE_TEAMS")
SSO_JOB_TITLE_CLAIM = os.environ.get("SSO_JOB_TITLE_CLAIM", "jobtitle").strip()
# Entra's userinfo endpoint (Microsoft Graph) knows fewer claims than the ID token: off by default.
SSO_FETCH_USERINFO = env_bool("SSO_FETCH_USERINFO")

SOCIALACCOUNT_ADAPTER = "people.sso.SocialAccountAdapter"
ACCOUNT_ADAPTER = "people.sso.AccountAdapter"
SOCIALACCOUNT_PROVIDERS = {}
if SSO_ENABLED:
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "APPS": [
            {
                "provider_id": "entra",
                "name": "West Betuwe",
                "client_id": SSO_CLIENT_ID,
                "secret": SSO_CLIENT_SECRET,
                "settings": {
                    "server_url": SSO_ISSUER,
                    "oauth_pkce_enabled": True,
                    "fetch_userinfo": SSO_FETCH_USERINFO,
                    "uid_field": SSO_UID_CLAIM,
                },
            }
        ]
    }
# The provider vouches for the e-mail address (people.sso decides when); allauth sends no mails and
# keeps no second e-mail uniqueness rule of its own, so it never falls back to its sign-up form.
ACCOUNT_EMAIL_VERIFICATION = "none"
SOCIALACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = False
SOCIALACCOUNT_STORE_TOKENS = False
# --- end of single sign-on -------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
