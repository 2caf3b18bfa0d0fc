"""WSGI entry point; production servers set DJANGO_SETTINGS_MODULE themselves."""

import os

import django

from intranet.handlers import IntranetWSGIHandler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.dev")


def get_wsgi_application():
    """Django's get_wsgi_application(), with the handler whose requests only decode UTF-8."""
    django.setup(set_prefix=False)
    return IntranetWSGIHandler()


application = get_wsgi_application()
