"""Limits on guessing passwords and on password reset mails.

Logins (the site's /account/inloggen/ and Wagtail's /admin/login/) are counted by django-axes in
its AccessAttempt table, so every server process sees the same counts. Axes' backend comes
first in AUTHENTICATION_BACKENDS and refuses a login while it is locked; the rules are ours:

- a user name is locked after AXES_FAILURE_LIMIT failures within the cool-off, from anywhere;
- a client address is locked after LOGIN_FAILURE_LIMIT_PER_CLIENT failures within the
  cool-off, over any user names;
- a lock ends AXES_COOLOFF_TIME after the failure that caused it; tries while locked are
  refused without being counted. The coordination point can end it earlier (`unlock`, on the
  admin screen "Geblokkeerde inlogpogingen");
- a successful login forgets the failures of that user name from that client address only.

Both login forms show the Dutch lock-out message with the time to try again
(people.forms.ThrottledLoginMixin); `lockout_response` keeps that form as axes' response.

The client address is the connection's (REMOTE_ADDR) unless settings.CLIENT_IP_HEADER names
the header a reverse proxy of our own fills in (see `client_ip`).

Password reset mails are limited per e-mail address and per client address, counted in the
database (PasswordResetRequest) for the same reason. A limited request looks exactly like any
other to the visitor: the page never tells whether an address exists or was limited.
"""

import datetime
import ipaddress
from dataclasses import dataclass

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.db import transaction
from django.db.models import Max, Sum
from django.http import HttpResponse
from django.utils import formats, timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from people.models import PasswordResetRequest

USERNAME = "username"
CLIENT = "ip_address"


def client_ip(request):
    """The client's address: REMOTE_ADDR, or the configured proxy header (AXES_CLIENT_IP_CALLABLE).

    Each proxy of our own appends the address it got the request from to X-Forwarded-For, so
    with N trusted proxies the client is the N-th entry from the right; entries further left
    were sent by the client and can be anything. A missing or malformed header falls back to
    REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    header = settings.CLIENT_IP_HEADER
    if not header:
        return remote
    entries = [entry.strip() for entry in request.META.get(header, "").split(",") if entry.strip()]
    proxies = max(1, settings.CLIENT_IP_TRUSTED_PROXIES)
    if len(entries) < proxies:
        return remote
    try:
        return str(ipaddress.ip_address(entries[-proxies]))
    except ValueError:
        return remote


# Logins.


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with separate limits per user name and per client address."""

    def get_failures(self, request, credentials=None):
        """Failures measured against AXES_FAILURE_LIMIT, the limit axes compares with.

        The user name's own count, or the limit itself once the client address has reached its
        own (higher) limit, so either lock makes axes refuse the login.
        """
        counts = _failure_counts(request, credentials)
        if counts[CLIENT] >= settings.LOGIN_FAILURE_LIMIT_PER_CLIENT:
            return max(counts[USERNAME], settings.AXES_FAILURE_LIMIT)
        return counts[USERNAME]

    def user_logged_in(self, sender, request, user, **kwargs):
        super().user_logged_in(sender, request, user, **kwargs)
        own = AccessAttempt.objects.filter(username=user.get_username(), ip_address=request.axes_ip_address)
        own.delete()


def _recent_attempts(request):
    return AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - get_cool_off(request))


def _total(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def _failure_counts(request, credentials):
    recent = _recent_attempts(request)
    return {
        USERNAME: _total(recent.filter(username=get_client_username(request, credentials))),
        CLIENT: _total(recent.filter(ip_address=request.axes_ip_address)),
    }


def _lock_ends(attempts, limit, cool_off):
    """When the lock over `attempts` (within the cool-off) ends, or None when it is not locked.

    The oldest attempts drop out first; the lock ends when the newer ones add up to less than
    the limit, which is when the attempt that completes the limit, counting from the newest,
    drops out.
    """
    total = 0
    for failures, attempt_time in attempts.order_by("-attempt_time").values_list(
        "failures_since_start", "attempt_time"
    ):
        total += failures
        if total >= limit:
            return attempt_time + cool_off
    return None


def locked_until(request, username):
    """When a login for `username` from this request's client address is possible again."""
    cool_off = get_cool_off(request)
    recent = _recent_attempts(request)
    ends = [
        _lock_ends(recent.filter(username=username), settings.AXES_FAILURE_LIMIT, cool_off),
        _lock_ends(
            recent.filter(ip_address=client_ip(request)), settings.LOGIN_FAILURE_LIMIT_PER_CLIENT, cool_off
        ),
    ]
    ends = [end for end in ends if end is not None]
    return max(ends) if ends else timezone.now() + cool_off


def lockout_message(request, username):
    until = timezone.localtime(locked_until(request, username))
    return _(
        "You entered a wrong password too often, so logging in is blocked for a while. Try again "
        "after %(time)s. Still no luck then? Contact the coordination point."
    ) % {"time": formats.time_format(until, "H:i")}


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the login form as it was rendered, with its lock-out message.

    The forms put the message on themselves (people.forms.ThrottledLoginMixin); this only sets
    the status to 429 Too Many Requests. A login that did not come through a form gets the
    message as text.
    """
    if isinstance(original_response, HttpResponse) and original_response.status_code == 200:
        original_response.status_code = 429
        return original_response
    username = (credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD)
    message = lockout_message(request, username)
    return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")


@dataclass
class Lockout:
    """A current lock on a user name or a client address, for the unlock screen."""

    kind: str  # USERNAME or CLIENT
    value: str
    failures: int
    last_attempt: datetime.datetime
    until: datetime.datetime

    @property
    def kind_label(self):
        return _("user name") if self.kind == USERNAME else _("client address")


def current_lockouts(request=None):
    """The user names and client addresses that are locked now, the longest-locked first."""
    cool_off = get_cool_off(request)
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off)
    lockouts = []
    limits = {USERNAME: settings.AXES_FAILURE_LIMIT, CLIENT: settings.LOGIN_FAILURE_LIMIT_PER_CLIENT}
    for kind, limit in limits.items():
        totals = (
            recent.exclude(**{f"{kind}__isnull": True})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
            .filter(failures__gte=limit)
        )
        for row in totals:
            until = _lock_ends(recent.filter(**{kind: row[kind]}), limit, cool_off)
            lockouts.append(Lockout(kind, row[kind], row["failures"], row["last_attempt"], until))
    return sorted(lockouts, key=lambda lockout: lockout.until or lockout.last_attempt)


def unlock(kind, value):
    """Forget the failed logins of a user name or client address; returns how many records went."""
    if kind == USERNAME:
        return axes_reset(username=value)
    if kind == CLIENT:
        return axes_reset(ip=value)
    raise ValueError(kind)


# Password reset mails.


def _reset_key(value):
    hmac = salted_hmac("people.throttling.password_reset", (value or "").lower(), algorithm="sha256")
    return hmac.hexdigest()


def allow_reset_mail(email, client_address):
    """Count a password reset request; True when its mail may be sent.

    Every request counts against its client address (PASSWORD_RESET_REQUESTS_PER_CLIENT per
    window); a request that may send counts against its e-mail address
    (PASSWORD_RESET_MAILS_PER_ADDRESS per window). Old records are deleted on the way.
    """
    now = timezone.now()
    since = now - settings.PASSWORD_RESET_LIMIT_WINDOW
    Kind = PasswordResetRequest.Kind
    with transaction.atomic():
        PasswordResetRequest.objects.filter(requested_at__lt=since).delete()
        recent = PasswordResetRequest.objects.filter(requested_at__gte=since)
        client_key, email_key = _reset_key(client_address), _reset_key(email)
        PasswordResetRequest.objects.create(kind=Kind.CLIENT, key=client_key, requested_at=now)
        # This request is counted for the client already, so up to the limit itself passes.
        requests = recent.filter(kind=Kind.CLIENT, key=client_key).count()
        if requests > settings.PASSWORD_RESET_REQUESTS_PER_CLIENT:
            return False
        mails = recent.filter(kind=Kind.EMAIL, key=email_key).count()
        if mails >= settings.PASSWORD_RESET_MAILS_PER_ADDRESS:
            return False
        PasswordResetRequest.objects.create(kind=Kind.EMAIL, key=email_key, requested_at=now)
    return True
