"""Django's authentication middleware, with the logged-in user remembered per accounts version.

Every page request needs its user: Django loads the user row from the database and checks it
against the session. That one query costs more than everything else of a cached article page.
The answer only changes when the user row does (a new password ends other sessions, a
deactivated account logs out, a new name shows), and every save or delete of a user changes
the accounts version (``people.models.AccountsVersion``). So the user Django found for a
session is remembered per process under that version, as a pickled copy taken straight after
loading; later requests with the same session values unpickle their own copy, with no
permission or profile caches carried over from an earlier request.

Only a user that Django verified without touching the session is remembered: an anonymous
visitor, a session that was flushed and a session re-signed with a fallback secret all go to
Django as before.
"""

import pickle

from django.conf import settings
from django.contrib import auth
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.utils.functional import SimpleLazyObject

from intranet.memo import VersionedMemo
from people.models import AccountsVersion

_users = VersionedMemo(max_entries=10_000)


class RememberedUserAuthenticationMiddleware(AuthenticationMiddleware):
    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: remembered_user(request))


def remembered_user(request):
    """``django.contrib.auth.get_user(request)``, remembered per session values and accounts version."""
    session = request.session
    user_id = session.get(auth.SESSION_KEY)
    if user_id is None:
        return auth.get_user(request)
    # The session's hash was made with the secret key; a new secret must verify it afresh.
    key = (
        user_id,
        session.get(auth.BACKEND_SESSION_KEY),
        session.get(auth.HASH_SESSION_KEY),
        settings.SECRET_KEY,
    )
    version = AccountsVersion.for_request(request)
    remembered = _users.get(version, key)
    if remembered is not None:
        return pickle.loads(remembered)
    user = auth.get_user(request)
    if user.is_authenticated and session.get(auth.HASH_SESSION_KEY) == key[2]:
        _users.set(version, key, pickle.dumps(user))
    return user
