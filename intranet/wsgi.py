"""WSGI entry point; production servers set DJANGO_SETTINGS_MODULE themselves."""

import gc
import os

import django

from intranet.handlers import IntranetWSGIHandler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.dev")

# By then a worker has built nearly everything it keeps for its whole life.
WARM_UP_REQUESTS = 50


class FreezeWhenWarm:
    """Take what a worker keeps for life out of the garbage collector's rounds, once it is warm.

    A worker builds most of its long-lived objects in its first requests: modules, URL patterns,
    compiled templates, Wagtail's page types, the per-process memories of ``intranet.memo``.
    Python's full collection walks every one of them again; with the intranet loaded that took
    140-180 ms, in the middle of whichever request triggered it. After ``after`` requests the
    worker collects once and freezes what is left (``gc.freeze()``), so later collections only
    walk what was made since. Objects frozen that become garbage later are not reclaimed by
    the cycle collector (reference counting still frees them), which is why it waits until the
    worker's long-lived state is built.
    """

    def __init__(self, application, after=WARM_UP_REQUESTS):
        self.application = application
        self.remaining = after

    def __call__(self, environ, start_response):
        if self.remaining > 0:
            self.remaining -= 1
            if self.remaining == 0:
                gc.collect()
                gc.freeze()
        return self.application(environ, start_response)


def get_wsgi_application():
    """Django's get_wsgi_application(), with the handler whose requests only decode UTF-8."""
    django.setup(set_prefix=False)
    return IntranetWSGIHandler()


application = FreezeWhenWarm(get_wsgi_application())
