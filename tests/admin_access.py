"""How the Wagtail admin turns a request away, for the tests that check it does.

An account without admin access (an employee) is sent to the admin login page, which returns to
the address asked for. An editor without the permission one screen needs is sent to the admin
home page with a message. Neither gets the screen itself.
"""

from urllib.parse import urlencode

from django.contrib.messages import get_messages

ADMIN_HOME = "/admin/"
ADMIN_LOGIN = "/admin/login/"
NO_PERMISSION = "Sorry, je hebt geen toegang tot dit gedeelte."


def login_redirect(path, login_url=ADMIN_LOGIN):
    """Where Django's `redirect_to_login` sends a visitor who asked for `path`."""
    return f"{login_url}?{urlencode({'next': path}, safe='/')}"


def assert_sent_to_admin_login(response, path):
    """`response` sends the visitor to the admin login page, which returns to `path`."""
    assert (response.status_code, response["Location"]) == (302, login_redirect(path))


def assert_refused_by_admin(response):
    """`response` sends an editor without the permission to the admin home, saying why."""
    assert (response.status_code, response["Location"]) == (302, ADMIN_HOME)
    # wagtail.admin.messages appends the (here empty) buttons markup to the text.
    assert NO_PERMISSION in [str(message).strip() for message in get_messages(response.wsgi_request)]
