"""`manage.py link_sso_account`: an editor's account linked by hand, then logged in with SSO."""

import pytest
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from people.groups import EDITORS
from tests.factories.people import UserFactory
from tests.people.sso_provider import log_in, logged_in_user_id

pytestmark = pytest.mark.django_db


def editor():
    user = UserFactory(username="redacteur", email="redacteur@westbetuwe.nl")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def claims():
    return {"email": "redacteur@westbetuwe.nl", "email_verified": True, "roles": ["Intranet.Coordinatiepunt"]}


def test_an_editor_linked_by_hand_logs_in_with_sso(client, sso, capsys):
    user = editor()

    call_command("link_sso_account", "redacteur", "sub-redacteur")

    assert "redacteur is linked to the SSO identity sub-redacteur" in capsys.readouterr().out
    response = log_in(client, sso, "sub-redacteur", claims())
    assert response.status_code == 302
    assert logged_in_user_id(client) == str(user.pk)
    assert user.groups.filter(name=EDITORS).exists()


def test_a_dry_run_links_nothing(capsys):
    editor()

    call_command("link_sso_account", "redacteur", "sub-redacteur", "--dry-run")

    assert "would be linked (dry run)" in capsys.readouterr().out
    assert not SocialAccount.objects.exists()


def test_an_identity_or_account_is_linked_once():
    editor()
    UserFactory(username="ander")
    call_command("link_sso_account", "redacteur", "sub-redacteur")

    with pytest.raises(CommandError, match="linked to an account already"):
        call_command("link_sso_account", "ander", "sub-redacteur")
    with pytest.raises(CommandError, match="linked to an SSO identity already"):
        call_command("link_sso_account", "redacteur", "sub-ander")
    with pytest.raises(CommandError, match="no user named"):
        call_command("link_sso_account", "niemand", "sub-niemand")
