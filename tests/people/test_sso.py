"""Single sign-on, the whole code flow against a real OpenID Connect provider (sso_provider.py)."""

import time

import pytest
import requests
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from people.groups import EDITORS, EMPLOYEES
from people.models import EmployeeProfile
from tests.factories.people import EmployeeProfileFactory, TeamFactory, UserFactory
from tests.people.sso_provider import (
    CLIENT_ID,
    log_in,
    logged_in_user_id,
    provider_settings,
    query_of,
    start_login,
    with_query,
)

pytestmark = pytest.mark.django_db

User = get_user_model()

UNTRUSTED = "Inloggen met je West Betuwe-account is niet gelukt"
CANNOT_LINK = "kan niet automatisch aan je West Betuwe-account worden gekoppeld"


def jan(**changes):
    return {
        "email": "jan.jansen@westbetuwe.nl",
        "email_verified": True,
        "preferred_username": "jan.jansen@westbetuwe.nl",
        "given_name": "Jan",
        "family_name": "Jansen",
        "department": "Team Dienstverlening",
        "jobtitle": "Adviseur dienstverlening",
        **changes,
    }


def password_login(client, username):
    return client.post(reverse("people:login"), {"username": username, "password": "geheim-wachtwoord"})


def assert_refused(response, client, text=UNTRUSTED):
    assert response.status_code in {401, 403}
    assert text in response.content.decode()
    assert logged_in_user_id(client) is None


# --- Accounts --------------------------------------------------------------------------------


def test_the_login_page_offers_the_button_only_with_sso(client, settings):
    assert "West Betuwe-account" not in client.get(reverse("people:login")).content.decode()
    assert client.post(reverse("openid_connect_login")).status_code == 404


def test_the_button_on_the_login_page(client, sso):
    page = client.get(reverse("people:login")).content.decode()

    assert "Inloggen met je West Betuwe-account" in page
    assert f'action="{reverse("openid_connect_login")}"' in page
    assert 'name="password"' in page  # the password form stays without the switch


def test_the_authorization_request_uses_pkce_state_and_nonce(client, sso):
    query = query_of(start_login(client))

    assert query["client_id"] == CLIENT_ID
    assert query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256" and query["code_challenge"]
    assert query["state"] and query["nonce"]
    assert query["redirect_uri"] == "http://testserver" + reverse("openid_connect_callback")


def test_the_first_login_creates_the_account_and_profile(client, sso):
    TeamFactory(name="Team Dienstverlening")

    response = log_in(client, sso, "sub-jan", jan())

    assert response.status_code == 302 and response["Location"] == "/"
    user = User.objects.get(username="jan.jansen@westbetuwe.nl")
    assert logged_in_user_id(client) == str(user.pk)
    assert (user.first_name, user.last_name, user.email) == ("Jan", "Jansen", "jan.jansen@westbetuwe.nl")
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == [EMPLOYEES]
    profile = EmployeeProfile.objects.get(user=user)
    assert profile.team.name == "Team Dienstverlening"
    assert profile.job_title == "Adviseur dienstverlening"
    assert SocialAccount.objects.get(user=user).uid == "sub-jan"
    home = client.get("/")
    assert home.status_code == 200 and "Jan Jansen" in home.content.decode()


def test_the_employee_s_data_download_shows_the_link_and_its_claims(client, sso):
    log_in(client, sso, "sub-jan", jan())

    [profile] = client.get(reverse("people:my_data")).json()["kinds"]["people.profile"]["records"]

    [link] = profile["single_sign_on"]
    assert link["account_id"] == "sub-jan"
    assert link["claims_at_last_login"]["jobtitle"] == "Adviseur dienstverlening"


def test_the_login_returns_to_the_page_asked_for(client, sso):
    response = log_in(client, sso, "sub-jan", jan(), next_url="/zoeken/?q=verlof")

    assert response["Location"] == "/zoeken/?q=verlof"


def test_the_login_never_returns_to_another_site(client, sso):
    response = log_in(client, sso, "sub-jan", jan(), next_url="https://elders.example/")

    assert response["Location"] == "/"


def test_anonymous_visitors_get_only_the_start_of_a_login(client, sso):
    """The two SSO URLs are open to anonymous visitors (LOGIN_EXEMPT_URL_NAMES): a GET of the
    button's target goes to the login page, a POST only sends the visitor to the provider, and
    the callback without a login in progress shows the refusal, changing nothing."""
    assert client.get(reverse("openid_connect_login"))["Location"] == reverse("people:login")
    assert client.post(reverse("openid_connect_login"))["Location"].startswith(sso.url + "/oauth2/authorize?")
    assert_refused(client.get(reverse("openid_connect_callback")), client)
    assert client.post(reverse("openid_connect_callback")).status_code == 405
    assert not User.objects.exists() and not SocialAccount.objects.exists()


def test_the_second_login_updates_name_team_and_job_title(client, sso):
    TeamFactory(name="Team Dienstverlening")
    TeamFactory(name="Team Financiën")
    log_in(client, sso, "sub-jan", jan())
    client.logout()

    response = log_in(
        client,
        sso,
        "sub-jan",
        jan(family_name="Jansen-de Vries", department="team financiën", jobtitle="Controller"),
    )

    assert response.status_code == 302
    user = User.objects.get(username="jan.jansen@westbetuwe.nl")
    assert logged_in_user_id(client) == str(user.pk)
    assert user.last_name == "Jansen-de Vries"
    assert user.profile.team.name == "Team Financiën"
    assert user.profile.job_title == "Controller"
    assert User.objects.count() == 1 and SocialAccount.objects.count() == 1


def test_an_unknown_department_creates_no_team_unless_the_setting_says_so(client, sso, settings):
    team = TeamFactory(name="Team Dienstverlening")
    log_in(client, sso, "sub-jan", jan())
    client.logout()

    log_in(client, sso, "sub-jan", jan(department="Afdeling Onbekend"))
    user = User.objects.get(username="jan.jansen@westbetuwe.nl")
    assert user.profile.team == team

    client.logout()
    settings.SSO_CREATE_TEAMS = True
    log_in(client, sso, "sub-jan", jan(department="Afdeling Onbekend"))
    user.profile.refresh_from_db()
    assert user.profile.team.name == "Afdeling Onbekend"


def test_the_roles_claim_gives_and_takes_the_editor_role(client, sso):
    log_in(client, sso, "sub-jan", jan(roles=["Intranet.Coordinatiepunt"]))
    user = User.objects.get(username="jan.jansen@westbetuwe.nl")
    assert set(user.groups.values_list("name", flat=True)) == {EDITORS, EMPLOYEES}
    assert client.get("/admin/").status_code == 200

    client.logout()
    log_in(client, sso, "sub-jan", jan(roles=[]))

    assert set(user.groups.values_list("name", flat=True)) == {EMPLOYEES}
    assert client.get("/admin/").status_code in {302, 403}


def test_an_imported_employee_is_linked_by_a_verified_email_address(client, sso):
    imported = EmployeeProfileFactory(
        user=UserFactory(username="jjansen", email="Jan.Jansen@westbetuwe.nl", password=None),
        job_title="Oud",
    ).user
    imported.groups.add(Group.objects.get(name=EMPLOYEES))

    response = log_in(client, sso, "sub-jan", jan())

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(imported.pk)
    assert SocialAccount.objects.get(uid="sub-jan").user == imported
    assert User.objects.count() == 1
    imported.profile.refresh_from_db()
    assert imported.profile.job_title == "Adviseur dienstverlening"


def test_an_unverified_email_address_links_no_account(client, sso):
    imported = UserFactory(username="jjansen", email="jan.jansen@westbetuwe.nl")

    response = log_in(client, sso, "sub-jan", jan(email_verified=False))

    assert_refused(response, client, CANNOT_LINK)
    assert not SocialAccount.objects.exists()
    assert list(User.objects.all()) == [imported]


@pytest.mark.parametrize("role", ["superuser", "staff", "editor"])
def test_an_email_claim_never_takes_over_an_admin_or_editor(client, sso, role):
    admin = UserFactory(
        username="beheer",
        email="beheer@westbetuwe.nl",
        is_superuser=role == "superuser",
        is_staff=role == "staff",
    )
    if role == "editor":
        admin.groups.add(Group.objects.get(name=EDITORS))

    response = log_in(client, sso, "sub-aanvaller", jan(email="beheer@westbetuwe.nl"))

    assert_refused(response, client, CANNOT_LINK)
    assert not SocialAccount.objects.exists()
    assert list(User.objects.all()) == [admin]


def test_a_switched_off_account_is_not_logged_in(client, sso):
    log_in(client, sso, "sub-jan", jan())
    client.logout()
    User.objects.filter(username="jan.jansen@westbetuwe.nl").update(is_active=False)

    response = log_in(client, sso, "sub-jan", jan())

    assert_refused(response, client, "Je intranetaccount is uitgeschakeld")


# --- What the intranet refuses ------------------------------------------------------------------


def test_a_tampered_state_is_refused(client, sso):
    sso.set_user("sub-jan", jan())
    callback = sso.authorize(start_login(client), "sub-jan")

    response = client.get(with_query(callback, state="aangepast"))

    assert_refused(response, client)
    assert not User.objects.exists()


def test_a_callback_without_a_login_started_here_is_refused(client, sso):
    sso.set_user("sub-jan", jan())
    callback = sso.authorize(start_login(client), "sub-jan")
    other_browser = type(client)()

    response = other_browser.get(callback)

    assert_refused(response, other_browser)


def test_a_wrong_nonce_is_refused(client, sso):
    """A code obtained with another nonce (another login's, replayed or injected)."""
    sso.set_user("sub-jan", jan())
    authorize_url = with_query(start_login(client), nonce="nonce-van-een-andere-login")

    response = client.get(sso.authorize(authorize_url, "sub-jan"))

    assert_refused(response, client)
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "claims",
    [
        pytest.param({"aud": "een-andere-app"}, id="wrong audience"),
        pytest.param({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}, id="expired"),
        pytest.param({"iss": "https://login.microsoftonline.com/andere-tenant/v2.0"}, id="other issuer"),
    ],
)
def test_an_id_token_signed_by_the_provider_but_not_for_us_is_refused(client, sso, claims):
    response = log_in(client, sso, "sub-jan", jan(**claims))

    assert_refused(response, client)
    assert not User.objects.exists()


def test_a_provider_whose_discovery_names_another_issuer_is_refused(client, sso, settings):
    """The same provider reached under another name signs with that name as its issuer."""
    other_name = sso.url.replace("127.0.0.1", "localhost")
    settings.SOCIALACCOUNT_PROVIDERS = provider_settings(other_name)
    # Configured issuer and discovery agree, the token is checked against them: this login works.
    assert log_in(client, sso, "sub-jan", jan()).status_code == 302
    client.logout()
    # Discovery of 127.0.0.1 while the configured issuer is "localhost": refused.
    settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]["settings"][
        "openid_configuration_overrides"
    ] = {"issuer": sso.url}

    assert_refused(log_in(client, sso, "sub-jan", jan()), client)


def test_an_unreachable_provider_gives_a_message_not_an_error(client, sso, settings):
    settings.SOCIALACCOUNT_PROVIDERS = provider_settings("http://127.0.0.1:9")  # nothing listens

    response = client.post(reverse("openid_connect_login"))

    assert response.status_code == 503
    assert "De inlogdienst van de gemeente is nu niet bereikbaar" in response.content.decode()
    assert logged_in_user_id(client) is None


def test_cancelling_at_the_provider_logs_nobody_in(client, sso):
    authorize_url = start_login(client)

    denied = requests.post(authorize_url, data={"action": "deny"}, allow_redirects=False, timeout=5)
    callback = denied.headers["Location"]

    assert query_of(callback)["error"] == "access_denied"
    # The test provider leaves the state out of its "access denied" answer; Entra sends it back.
    response = client.get(with_query(callback, state=query_of(authorize_url)["state"]))
    assert_refused(response, client, "Je hebt het inloggen met je West Betuwe-account afgebroken")


# --- Local login switch and logout ------------------------------------------------------------


def test_the_switch_hides_the_password_login_from_employees(client, sso, settings):
    settings.SSO_HIDE_LOCAL_LOGIN = True
    employee = UserFactory(username="medewerker")
    employee.groups.add(Group.objects.get(name=EMPLOYEES))
    editor = UserFactory(username="redacteur")
    editor.groups.add(Group.objects.get(name=EDITORS))
    UserFactory(username="noodbeheer", is_superuser=True, is_staff=True)

    page = client.get(reverse("people:login")).content.decode()
    assert "Inloggen met je West Betuwe-account" in page
    assert "<details" in page and "Inloggen met wachtwoord (redactie en beheer)" in page
    folded = page.split("<details", 1)[1].split("</details>", 1)[0]
    assert 'name="password"' in folded and reverse("people:password_reset") in folded
    assert page.count('name="password"') == 1

    refused = password_login(client, "medewerker")
    assert refused.status_code == 200
    assert "Log in met je West Betuwe-account" in refused.content.decode()
    assert logged_in_user_id(client) is None

    for username in ("redacteur", "noodbeheer"):
        response = password_login(client, username)
        assert response.status_code == 302, username
        assert logged_in_user_id(client) == str(User.objects.get(username=username).pk)
        client.logout()


def test_the_switch_also_refuses_employees_at_the_admin_login(client, sso, settings):
    settings.SSO_HIDE_LOCAL_LOGIN = True
    UserFactory(username="medewerker")

    credentials = {"username": "medewerker", "password": "geheim-wachtwoord"}
    response = client.post(reverse("wagtailadmin_login"), credentials)

    assert response.status_code == 200
    assert "Log in met je West Betuwe-account" in response.content.decode()
    assert logged_in_user_id(client) is None


def test_with_the_switch_only_editors_and_admins_get_a_password_reset_mail(client, sso, settings, mailoutbox):
    settings.SSO_HIDE_LOCAL_LOGIN = True
    UserFactory(username="medewerker", email="medewerker@westbetuwe.nl")
    editor = UserFactory(username="redacteur", email="redacteur@westbetuwe.nl")
    editor.groups.add(Group.objects.get(name=EDITORS))

    for email in ("medewerker@westbetuwe.nl", "redacteur@westbetuwe.nl"):
        client.post(reverse("people:password_reset"), {"email": email})

    assert [mail.to for mail in mailoutbox] == [["redacteur@westbetuwe.nl"]]


def test_without_the_switch_employees_keep_their_password(client, sso):
    UserFactory(username="medewerker")

    response = password_login(client, "medewerker")

    assert response.status_code == 302


def test_logout_ends_the_session_and_offers_the_providers_logout(client, sso):
    log_in(client, sso, "sub-jan", jan())
    assert logged_in_user_id(client) is not None

    response = client.post(reverse("people:logout"))

    assert response.status_code == 302
    assert logged_in_user_id(client) is None
    page = client.get(response["Location"]).content.decode()
    assert "Ook uitloggen bij je West Betuwe-account" in page
    link = next(part.split('"', 1)[0] for part in page.split('href="') if part.startswith(sso.url))
    query = query_of(link.replace("&amp;", "&"))
    assert query["id_token_hint"]
    assert query["client_id"] == CLIENT_ID
    assert query["post_logout_redirect_uri"] == "http://testserver" + reverse("people:login")
    ended = requests.post(
        f"{sso.url}/oauth2/end_session/confirm",
        data={"redirect_uri": query["post_logout_redirect_uri"]},
        allow_redirects=False,
        timeout=5,
    )
    assert ended.headers["Location"] == query["post_logout_redirect_uri"]
    # The offer is made once.
    assert "Ook uitloggen" not in client.get(reverse("people:login")).content.decode()


def test_a_password_logout_offers_no_provider_logout(client, sso):
    client.force_login(UserFactory())

    response = client.post(reverse("people:logout"))

    assert "Ook uitloggen" not in client.get(response["Location"]).content.decode()
