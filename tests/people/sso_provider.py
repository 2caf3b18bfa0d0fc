"""A real OpenID Connect provider for the SSO tests: oidc-provider-mock on 127.0.0.1.

The provider serves discovery, JWKS, authorize, token, userinfo and end-session, signs its ID
tokens with its own RSA key, and takes a user's claims through `PUT /users/{sub}`. A POST with
`sub=` to the authorization URL is its login form: it answers with the redirect to our callback.

Claims set for a user go into the ID token after the standard ones (authlib's generate_id_token
updates the payload with them last), so a test can have the provider itself sign a token for
another audience, with another issuer or already expired.
"""

import os
import threading
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import oidc_provider_mock
import pytest
import requests
import werkzeug.serving
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

CLIENT_ID = "intranet-test"
CLIENT_SECRET = "test-only-not-secret"


@dataclass
class Provider:
    url: str

    def set_user(self, sub, claims):
        response = requests.put(f"{self.url}/users/{sub}", json=claims, timeout=5)
        response.raise_for_status()

    def authorize(self, authorize_url, sub):
        """The employee logs in at the provider; returns the redirect back to the intranet."""
        response = requests.post(authorize_url, data={"sub": sub}, allow_redirects=False, timeout=5)
        assert response.status_code == 302, response.text
        return response.headers["Location"]


@pytest.fixture(scope="session")
def oidc_provider():
    # Plain HTTP on the loopback address; authlib refuses it without this.
    previous = os.environ.get("AUTHLIB_INSECURE_TRANSPORT")
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"
    server = werkzeug.serving.make_server("127.0.0.1", 0, oidc_provider_mock.app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield Provider(f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()
        if previous is None:
            os.environ.pop("AUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["AUTHLIB_INSECURE_TRANSPORT"] = previous


def provider_settings(url, **extra):
    return {
        "openid_connect": {
            "APPS": [
                {
                    "provider_id": "entra",
                    "name": "West Betuwe",
                    "client_id": CLIENT_ID,
                    "secret": CLIENT_SECRET,
                    "settings": {
                        "server_url": url,
                        "oauth_pkce_enabled": True,
                        "fetch_userinfo": False,
                        "uid_field": "sub",
                        **extra,
                    },
                }
            ]
        }
    }


@pytest.fixture
def sso(settings, oidc_provider):
    """The intranet with single sign-on against the test provider."""
    settings.SSO_ENABLED = True
    settings.SSO_ISSUER = oidc_provider.url
    settings.SSO_CLIENT_ID = CLIENT_ID
    settings.SSO_ROLE_GROUPS = {"Intranet.Coordinatiepunt": "Coördinatiepunt"}
    settings.SOCIALACCOUNT_PROVIDERS = provider_settings(oidc_provider.url)
    return oidc_provider


def start_login(client, next_url=None):
    """Press the button on the login page; returns the provider's authorization URL."""
    response = client.post(reverse("openid_connect_login"), {"next": next_url} if next_url else {})
    assert response.status_code == 302, response.content
    return response["Location"]


def with_query(url, **changes):
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def query_of(url):
    return dict(parse_qsl(urlsplit(url).query))


def log_in(client, provider, sub, claims=None, *, next_url=None):
    """The whole code flow through the intranet's own URLs; returns the callback's response."""
    if claims is not None:
        provider.set_user(sub, claims)
    callback = provider.authorize(start_login(client, next_url), sub)
    return client.get(callback)


def logged_in_user_id(client):
    return client.session.get(SESSION_KEY)
