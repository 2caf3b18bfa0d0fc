"""The content version: one value in the database that changes whenever published content does.

Caches of what every reader sees alike (rendered article fragments, the main menu, facts the
search keeps per process) are keyed by it, so a publish in one process is seen by every other
process at its next request, with or without a shared cache. ``intranet.signals`` changes it;
``docs/architecture.md`` lists every cache that uses it.

Who the user is and what they may see is never part of such a cache.
"""

import uuid

from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

# The token before anything was ever published (the row is created by the first change).
INITIAL_TOKEN = "initial"


class ContentVersion(models.Model):
    """One row holding a random token; ``changed()`` replaces it."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content version")

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        """The version as it is in the database now (one query, never a write).

        It also holds the newest page id, so pages added by a bulk load that bypasses Wagtail's
        signals (such as the benchmark's generator) still count as a change.
        """
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT (SELECT {quote('token')} FROM {quote(cls._meta.db_table)} "
                f"ORDER BY {quote('id')} LIMIT 1), "
                f"(SELECT MAX({quote('id')}) FROM {quote(Page._meta.db_table)})"
            )
            token, newest_page = cursor.fetchone()
        return f"{token or INITIAL_TOKEN}-{newest_page or 0}"

    @classmethod
    def for_request(cls, request):
        """The version as the request first saw it: every cache of one request uses the same one."""
        if request is None:
            return cls.current()
        version = getattr(request, "_content_version", None)
        if version is None:
            version = request._content_version = cls.current()
        return version

    @classmethod
    def changed(cls):
        if not cls.objects.update(token=uuid.uuid4().hex):
            cls.objects.create(token=uuid.uuid4().hex)
