"""Wagtail's userbar is drawn for editors only, without permission queries for employees."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_editor_sees_the_userbar_employee_does_not(client, home_page, employee, editor):
    client.force_login(employee)
    assert b"wagtail-userbar" not in client.get(home_page.url).content
    client.force_login(editor)
    assert b"wagtail-userbar" in client.get(home_page.url).content


def test_employee_page_view_checks_no_permissions(client, home_page, employee):
    client.force_login(employee)
    client.get(home_page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(home_page.url)
    assert not [q for q in queries.captured_queries if "auth_permission" in q["sql"]]
