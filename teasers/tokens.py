"""Feed tokens: making one, and checking the one a machine client sends."""

import secrets

from django.db import transaction
from django.utils import timezone

from teasers.models import FeedToken, hash_token


class TokenRefused(Exception):
    """The token is missing, unknown or revoked; `status` is the HTTP status to answer."""

    def __init__(self, status, reason):
        super().__init__(reason)
        self.status = status
        self.reason = reason


def new_raw_token():
    return secrets.token_urlsafe(32)


@transaction.atomic
def issue_token(token):
    """Give the unsaved FeedToken `token` a fresh secret, save it and return the secret.

    Only its hash is stored: the caller shows the secret once and then forgets it.
    """
    raw = new_raw_token()
    token.set_token(raw)
    token.save()
    return raw


def check_token(raw, now=None):
    """The FeedToken for the secret `raw`, with its last use recorded.

    Raises TokenRefused (401) for a missing or unknown token, (403) for a revoked one.
    """
    if not raw:
        raise TokenRefused(401, "missing")
    token = FeedToken.objects.select_related("team", "group").filter(token_hash=hash_token(raw)).first()
    if token is None:
        raise TokenRefused(401, "unknown")
    if token.is_revoked:
        raise TokenRefused(403, "revoked")
    now = now or timezone.now()
    FeedToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
    return token


def revoke(token, now=None):
    """Revoke the token from now on; revoking twice keeps the first moment."""
    FeedToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=now or timezone.now())
    token.refresh_from_db(fields=["revoked_at"])
