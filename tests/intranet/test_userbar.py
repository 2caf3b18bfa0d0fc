"""Wagtail's userbar is drawn for editors only, and the role is asked afresh on every request."""

import pytest
from django.contrib.auth.models import Group

from people.groups import EDITORS

pytestmark = pytest.mark.django_db


def test_editor_sees_the_userbar_employee_does_not(client, home_page, employee, editor):
    client.force_login(employee)
    assert b"wagtail-userbar" not in client.get(home_page.url).content
    client.force_login(editor)
    assert b"wagtail-userbar" in client.get(home_page.url).content


def test_a_role_taken_away_hides_the_userbar_on_the_next_request(client, home_page, editor):
    client.force_login(editor)
    assert b"wagtail-userbar" in client.get(home_page.url).content
    editor.groups.remove(Group.objects.get(name=EDITORS))
    assert b"wagtail-userbar" not in client.get(home_page.url).content
