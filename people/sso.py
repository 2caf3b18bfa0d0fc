"""Single sign-on with the municipality's Entra ID account over OpenID Connect (docs/sso.md).

django-allauth's OpenID Connect provider runs the authorisation code flow (state, PKCE). This
module adds what that generic provider leaves out, and the intranet's own rules:

- a nonce in every authorisation request, compared with the one in the ID token;
- the ID token's signature always verified (allauth skips it for a token fetched from the token
  endpoint), only with the asymmetric algorithms the provider announces, and its issuer, audience
  and expiry checked against the configured issuer and client;
- which local account a login belongs to (`account_for_login`): the one linked to the provider's
  stable id, else one with the same e-mail address when the provider vouches for that address and
  the account is an ordinary employee's; else a new account;
- what the claims change at every login (`apply_claims`): name, e-mail, the groups of
  SSO_ROLE_GROUPS, team and job title;
- who keeps the password login when SSO_HIDE_LOCAL_LOGIN is on (`keeps_password_login`);
- the offer to log out at the provider too (`end_session_url`).

Every refusal is a `LoginRefused` with a message for the employee; the login then ends without a
session.
"""

import hmac
import logging
import secrets

import jwt
import requests
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.adapter import get_adapter as get_socialaccount_adapter
from allauth.socialaccount.models import SocialAccount, SocialApp
from allauth.socialaccount.providers.base.constants import AuthError
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.oauth2.views import OAuth2CallbackView, OAuth2LoginView
from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from people import backends
from people.groups import EMPLOYEES
from people.models import EmployeeProfile, Team
from people.rights import Rights, has_more_rights

logger = logging.getLogger(__name__)

# The provider's id in URLs, sessions and linked accounts (SocialAccount.provider).
PROVIDER_ID = "entra"
# Signature algorithms accepted for ID tokens: public-key ones only, never "none" or a shared secret.
ASYMMETRIC_ALGORITHMS = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"}
# Clock difference tolerated between the provider and us when checking exp and iat.
CLOCK_LEEWAY_SECONDS = 60
# Session keys: the ID token (the hint for the provider's logout) and the logout offer.
SESSION_ID_TOKEN = "sso_id_token"
SESSION_LOGOUT_OFFER = "sso_logout_url"


def is_enabled():
    return bool(settings.SSO_ENABLED)


def hides_local_login():
    return is_enabled() and bool(settings.SSO_HIDE_LOCAL_LOGIN)


def keeps_password_login(user):
    """Whether `user` may log in with a password while SSO_HIDE_LOCAL_LOGIN is on, and is safe from
    being linked by an e-mail claim: superusers, staff and anyone with more rights than an ordinary
    employee (editors of the Coördinatiepunt, people.rights)."""
    return user.is_superuser or user.is_staff or has_more_rights(user, Rights.of_group(EMPLOYEES))


class LoginRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


# --- The ID token ---------------------------------------------------------------------------------


def verify_id_token(id_token, *, openid_config, issuer, client_id, nonce, keys):
    """The claims of `id_token` once its signature, issuer, audience, expiry and nonce are right.

    `keys` is the provider's JWKS (a dict). Raises OAuth2Error otherwise.
    """
    if not nonce:
        raise OAuth2Error("No nonce was sent with this login")
    if openid_config.get("issuer") != issuer:
        raise OAuth2Error("The discovery document names another issuer")
    announced = openid_config.get("id_token_signing_alg_values_supported") or ["RS256"]
    algorithms = [alg for alg in announced if alg in ASYMMETRIC_ALGORITHMS]
    try:
        header = jwt.get_unverified_header(id_token)
        if header.get("alg") not in algorithms:
            raise OAuth2Error(f"ID token signed with {header.get('alg')!r}")
        key = signing_key(keys, header.get("kid"))
        claims = jwt.decode(
            id_token,
            key=key,
            algorithms=algorithms,
            audience=client_id,
            issuer=issuer,
            leeway=CLOCK_LEEWAY_SECONDS,
            options={"require": ["iss", "sub", "aud", "exp", "iat"]},
        )
    except (jwt.PyJWTError, KeyError, TypeError, ValueError) as error:
        raise OAuth2Error(f"Invalid ID token: {error}") from error
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if len(audiences) > 1 and claims.get("azp") != client_id:
        raise OAuth2Error("ID token for several audiences without us as the authorised party")
    if not hmac.compare_digest(str(claims.get("nonce", "")), nonce):
        raise OAuth2Error("The ID token's nonce is not the one of this login")
    return claims


def signing_key(keys, kid):
    """The public key with id `kid` in the JWKS `keys`; without a kid, the only signing key."""
    candidates = [
        key
        for key in jwt.PyJWKSet.from_dict(keys).keys
        if key.public_key_use in (None, "sig") and (kid is None or key.key_id == kid)
    ]
    if len(candidates) != 1:
        raise OAuth2Error(f"No unique signing key for kid {kid!r}")
    return candidates[0].key


class EntraOAuth2Adapter(OpenIDConnectOAuth2Adapter):
    """allauth's OpenID Connect adapter with our ID token checks."""

    # The login's stashed state (with its nonce), set by CallbackView.
    state = None

    def complete_login(self, request, app, token, **kwargs):
        id_token = kwargs["response"].get("id_token")
        if not id_token:
            raise OAuth2Error("The token response has no ID token")
        with get_socialaccount_adapter().get_requests_session() as session:
            response = session.get(self.openid_config["jwks_uri"])
            response.raise_for_status()
            keys = response.json()
        claims = verify_id_token(
            id_token,
            openid_config=self.openid_config,
            issuer=issuer_of(app),
            client_id=app.client_id,
            nonce=(self.state or {}).get("nonce"),
            keys=keys,
        )
        data = {"id_token": claims}
        if app.settings.get("fetch_userinfo"):
            userinfo = self._fetch_user_info(token.token)
            # OpenID Connect Core 5.3.2: userinfo about anyone else must not be used.
            if userinfo.get("sub") != claims["sub"]:
                raise OAuth2Error("The userinfo is about another subject")
            data["userinfo"] = userinfo
        login = self.get_provider().sociallogin_from_response(request, data)
        # Kept for the provider's logout (id_token_hint); never stored in the database.
        login.raw_id_token = id_token
        return login


def issuer_of(app):
    return app.settings["server_url"].split("/.well-known/")[0].rstrip("/")


class EntraProvider(OpenIDConnectProvider):
    """allauth's OpenID Connect provider that sends a nonce and uses EntraOAuth2Adapter."""

    oauth2_adapter_class = EntraOAuth2Adapter

    def redirect(self, request, process, next_url=None, data=None, **kwargs):
        nonce = secrets.token_urlsafe(32)
        auth_params = kwargs.pop("auth_params", None)
        if auth_params is None:
            auth_params = self.get_auth_params()
        auth_params = {**auth_params, "nonce": nonce}
        # The nonce goes into allauth's state, which lives in our session, not in the URL.
        return super().redirect(
            request, process, next_url, data, auth_params=auth_params, nonce=nonce, **kwargs
        )


class CallbackView(OAuth2CallbackView):
    def _get_state(self, request, provider):
        # allauth does not hand the state to the adapter; the nonce check needs it. Should this
        # private hook ever change, the state stays None and every login is refused (no nonce).
        state, response = super()._get_state(request, provider)
        self.adapter.state = state
        return state, response


def login_view(request):
    """Start the login at the provider (POST from the login page's button)."""
    try:
        return OAuth2LoginView.adapter_view(EntraOAuth2Adapter(request, PROVIDER_ID))(request)
    except SocialApp.DoesNotExist:
        raise Http404 from None
    except requests.RequestException:
        # The discovery document could not be read: Entra ID or the network is down.
        logger.warning("SSO: the provider's discovery document could not be read", exc_info=True)
        message = _(
            "The login service of the municipality cannot be reached at the moment. Try again in a "
            "few minutes."
        )
        return refusal_response(request, message, status=503)


def callback_view(request):
    """The provider's answer: the code, checked and exchanged, logs the employee in."""
    try:
        return CallbackView.adapter_view(EntraOAuth2Adapter(request, PROVIDER_ID))(request)
    except SocialApp.DoesNotExist:
        raise Http404 from None


# --- Accounts and claims ------------------------------------------------------------------------


def claims_of(sociallogin):
    """The person's claims: the verified ID token's, completed by userinfo where asked for."""
    data = sociallogin.account.extra_data or {}
    return {**(data.get("userinfo") or {}), **(data.get("id_token") or {})}


def email_is_verified(claims):
    """Whether the provider vouches for the e-mail claim: `email_verified`, or Entra's optional
    claim `xms_edov` (the address's domain is verified by the tenant)."""
    return any(str(claims.get(name, "")).lower() in {"true", "1"} for name in ("email_verified", "xms_edov"))


def account_for_email(claims):
    """An existing account the login may be linked to by its e-mail claim, or None.

    Raises LoginRefused when an account has the address but may not be linked: the address is not
    vouched for, the account is already linked to another identity, or it is not an ordinary
    employee's (an e-mail claim never takes over an editor's or admin's account).
    """
    email = (claims.get("email") or "").strip()
    if not email:
        return None
    users = list(get_user_model()._default_manager.filter(email__iexact=email))
    if not users:
        return None
    taken = _(
        "An intranet account with your e-mail address already exists, but it cannot be linked to "
        "your West Betuwe account automatically. Ask the Coördinatiepunt Lerende Organisatie to "
        "link it for you."
    )
    if not email_is_verified(claims) or len(users) > 1:
        raise LoginRefused(taken)
    user = users[0]
    if SocialAccount.objects.filter(user=user, provider=PROVIDER_ID).exists():
        raise LoginRefused(taken)
    if keeps_password_login(user):
        # The id is what `manage.py link_sso_account` needs to link this account by hand.
        logger.warning(
            "SSO login refused: the e-mail claim of %s matches the protected account %s",
            claims.get(settings.SSO_UID_CLAIM),
            user.get_username(),
        )
        raise LoginRefused(taken)
    return user


def link_account(user, uid, *, dry_run=False):
    """Link `user` to the SSO identity `uid` (the SSO_UID_CLAIM of their West Betuwe account), so
    their next SSO login logs them in: for editors and admins, whom an e-mail claim never links.

    Raises ValueError when the account or the identity is linked already.
    """
    with transaction.atomic():
        if SocialAccount.objects.filter(provider=PROVIDER_ID, uid=uid).exists():
            raise ValueError(f"The SSO identity {uid!r} is linked to an account already.")
        if SocialAccount.objects.filter(provider=PROVIDER_ID, user=user).exists():
            raise ValueError(f"The account {user.get_username()!r} is linked to an SSO identity already.")
        link = SocialAccount.objects.create(user=user, provider=PROVIDER_ID, uid=uid, extra_data={})
        if dry_run:
            transaction.set_rollback(True)
    return link


def unique_username(claims, uid):
    """A free user name: the provider's preferred_username (Entra: the UPN), else the e-mail
    address, else one made from the stable id."""
    User = get_user_model()
    validator = UnicodeUsernameValidator()
    for candidate in (claims.get("preferred_username"), claims.get("email"), f"sso-{uid}"):
        candidate = (candidate or "").strip()[:140]
        try:
            validator(candidate)
        except ValidationError:
            continue
        if not candidate:
            continue
        name, number = candidate, 1
        while User._default_manager.filter(username__iexact=name).exists():
            number += 1
            name = f"{candidate}-{number}"
        return name
    return f"sso-{secrets.token_hex(8)}"


def apply_claims(user, claims):
    """Bring the account in line with the provider's claims: name, e-mail address (when vouched for
    and not another account's), the mapped groups, team and job title."""
    User = get_user_model()
    fields = []
    for field, claim in (("first_name", "given_name"), ("last_name", "family_name")):
        value = (claims.get(claim) or "").strip()[:150]
        if value and getattr(user, field) != value:
            setattr(user, field, value)
            fields.append(field)
    email = (claims.get("email") or "").strip()
    if (
        email
        and email_is_verified(claims)
        and email.lower() != (user.email or "").lower()
        and not User._default_manager.filter(email__iexact=email).exclude(pk=user.pk).exists()
    ):
        user.email = email
        fields.append("email")
    if fields:
        user.save(update_fields=fields)

    roles = claims.get(settings.SSO_ROLES_CLAIM) or []
    roles = {roles} if isinstance(roles, str) else set(map(str, roles))
    managed = set(settings.SSO_ROLE_GROUPS.values())
    wanted = {group for value, group in settings.SSO_ROLE_GROUPS.items() if value in roles}
    if EMPLOYEES not in managed:
        wanted.add(EMPLOYEES)
    groups = {group.name: group for group in Group.objects.filter(name__in=managed | wanted)}
    for name in wanted - groups.keys():
        logger.warning("SSO role mapped to the group %r, which does not exist", name)
    user.groups.add(*(groups[name] for name in wanted if name in groups))
    user.groups.remove(*(groups[name] for name in managed - wanted if name in groups))

    profile = EmployeeProfile.objects.for_user(user)
    profile_fields = []
    team_name = str(claims.get(settings.SSO_TEAM_CLAIM) or "").strip()[:150]
    if team_name:
        team = Team.objects.filter(name__iexact=team_name).first()
        if team is None and settings.SSO_CREATE_TEAMS:
            team = Team.objects.create(name=team_name)
        if team is not None and profile.team_id != team.pk:
            profile.team = team
            profile_fields.append("team")
    if settings.SSO_JOB_TITLE_CLAIM in claims:
        job_title = str(claims.get(settings.SSO_JOB_TITLE_CLAIM) or "").strip()[:150]
        if profile.job_title != job_title:
            profile.job_title = job_title
            profile_fields.append("job_title")
    if profile_fields:
        profile.save(update_fields=profile_fields)


def refusal_response(request, message, status=403):
    return render(request, "people/sso_problem.html", {"message": message}, status=status)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """The intranet's rules for allauth's social login (SOCIALACCOUNT_ADAPTER)."""

    def get_provider(self, request, provider, client_id=None):
        found = super().get_provider(request, provider, client_id=client_id)
        if type(found) is OpenIDConnectProvider:
            return EntraProvider(request, app=found.app)
        return found

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None):
        if exception is not None:
            logger.warning("SSO login refused: %s", exception)
        if error == AuthError.CANCELLED:
            message = _("You cancelled logging in with your West Betuwe account. You are not logged in.")
        else:
            message = _(
                "Logging in with your West Betuwe account did not work: the answer of the login "
                "service could not be trusted. You are not logged in. Try again from the login page; "
                "if it keeps going wrong, contact the service desk."
            )
        raise ImmediateHttpResponse(refusal_response(request, message, status=401))

    def pre_social_login(self, request, sociallogin):
        """Link the login to its account (or refuse), and apply the claims to an existing one."""
        claims = claims_of(sociallogin)
        try:
            with transaction.atomic():
                user = sociallogin.user if sociallogin.is_existing else account_for_email(claims)
                if user is not None:
                    if not user.is_active:
                        raise LoginRefused(
                            _(
                                "Your intranet account has been switched off. Ask the "
                                "Coördinatiepunt Lerende Organisatie if this is a mistake."
                            )
                        )
                    if not sociallogin.is_existing:
                        sociallogin.connect(request, user)
                    apply_claims(user, claims)
        except LoginRefused as refusal:
            raise ImmediateHttpResponse(refusal_response(request, refusal.message)) from refusal

    def is_auto_signup_allowed(self, request, sociallogin):
        return True

    def save_user(self, request, sociallogin, form=None):
        """The first login of someone without an account: create it, with profile and claims."""
        claims = claims_of(sociallogin)
        with transaction.atomic():
            sociallogin.user.username = unique_username(claims, sociallogin.account.uid)
            user = super().save_user(request, sociallogin, form=form)
            apply_claims(user, claims)
        return user


class AccountAdapter(DefaultAccountAdapter):
    """allauth's account side, kept to what the SSO login needs (ACCOUNT_ADAPTER)."""

    def login(self, request, user):
        # The backend the session is tied to; allauth would pick the first, django-axes'.
        user.backend = backends.PATH
        super().login(request, user)

    def post_login(self, request, user, **kwargs):
        sociallogin = (kwargs.get("signal_kwargs") or {}).get("sociallogin")
        if sociallogin is not None:
            request.session[SESSION_ID_TOKEN] = getattr(sociallogin, "raw_id_token", "")
        return super().post_login(request, user, **kwargs)

    def add_message(self, *args, **kwargs):
        # The intranet says nothing after logging in, whichever way; allauth's messages are its own.
        pass


def end_session_url(request):
    """The provider's logout address for the session of `request` (RP-initiated logout), or None
    when the session did not start with SSO or the provider does not say where to log out."""
    id_token = request.session.get(SESSION_ID_TOKEN)
    if not is_enabled() or not id_token:
        return None
    try:
        adapter = EntraOAuth2Adapter(request, PROVIDER_ID)
        endpoint = adapter.openid_config.get("end_session_endpoint")
        client_id = adapter.get_provider().app.client_id
    except Exception:  # the provider being unreachable must never stop a logout
        logger.warning("SSO: the provider's logout address could not be read", exc_info=True)
        return None
    if not endpoint:
        return None
    params = {
        "id_token_hint": id_token,
        "client_id": client_id,
        "post_logout_redirect_uri": request.build_absolute_uri(reverse("people:login")),
    }
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(params)}"
