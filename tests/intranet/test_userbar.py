"""Wagtail's userbar is drawn for editors only, and the role is asked afresh on every request."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from people.groups import EDITORS
from tests.factories.people import UserFactory

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


def test_the_admin_permission_given_to_the_account_itself_shows_the_userbar(client, home_page, employee):
    client.force_login(employee)
    assert b"wagtail-userbar" not in client.get(home_page.url).content
    employee.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    assert b"wagtail-userbar" in client.get(home_page.url).content


def test_a_superuser_without_groups_sees_the_userbar(client, home_page):
    client.force_login(UserFactory(username="beheer", is_superuser=True))
    assert b"wagtail-userbar" in client.get(home_page.url).content


def test_another_permission_of_a_group_does_not_show_the_userbar(client, home_page, employee):
    group = Group.objects.create(name="Alleen lezen")
    group.permissions.add(Permission.objects.get(codename="view_document"))
    employee.groups.add(group)
    client.force_login(employee)
    assert b"wagtail-userbar" not in client.get(home_page.url).content


def test_the_role_is_read_with_the_user_in_one_statement(client, home_page, employee, editor):
    """The admin permission is part of the statement that loads the request's user: asking it
    for the userbar and the admin link costs no round trip of its own."""
    for user in (employee, editor):
        client.force_login(user)
        with CaptureQueriesContext(connection) as queries:
            client.get(home_page.url)
        asking = [query["sql"] for query in queries.captured_queries if "access_admin" in query["sql"]]
        assert len(asking) == 1
        assert '"auth_user"."username"' in asking[0]


def test_a_user_loaded_elsewhere_is_asked_with_one_statement(employee, editor, django_assert_num_queries):
    """`can_access_admin` also answers for a user that did not come from the request."""
    from django.contrib.auth.models import User

    from people.backends import can_access_admin

    for user, expected in ((employee, False), (editor, True)):
        fresh = User.objects.get(pk=user.pk)
        with django_assert_num_queries(1):
            assert can_access_admin(fresh) is expected
