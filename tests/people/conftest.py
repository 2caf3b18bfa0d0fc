"""Fixtures of the people tests: the OpenID Connect provider of the SSO tests."""

from tests.people.sso_provider import oidc_provider, sso  # noqa: F401 (fixtures)
