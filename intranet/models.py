"""Version tokens: values in the database that change whenever what they stand for changes.

Facts that are the same for every request until an editor or an administrator changes something
are kept in per-process memories and caches (``intranet.memo``) keyed by such a token. Each
process reads the token from the database when a request needs it, so a change is seen at once
by every process, with or without a shared cache.

- ``ContentVersion`` stands for published content: the main menu, rendered article shells,
  page routes and search answers are keyed by it. ``intranet.signals`` changes it.
- ``people.models.AccountsVersion`` stands for the user accounts (``people.auth``).
"""

import uuid

from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class VersionToken(models.Model):
    """One row holding a random token; ``changed()`` replaces it."""

    token = models.CharField(max_length=32)

    class Meta:
        abstract = True

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        return cls._read()[0]

    @classmethod
    def changed(cls):
        if not cls.objects.update(token=uuid.uuid4().hex):
            cls.objects.create(token=uuid.uuid4().hex)

    @classmethod
    def _read(cls, *more_columns):
        """The token row (with ``more_columns``), read in one plain statement instead of through
        the ORM: it is read on every page request, and the ORM's query building would cost more
        than the query."""
        quote = connection.ops.quote_name
        columns = ", ".join([quote("token"), *more_columns])
        with connection.cursor() as cursor:
            table = quote(cls._meta.db_table)
            cursor.execute(f"SELECT {columns} FROM {table} ORDER BY {quote('id')} LIMIT 1")
            row = cursor.fetchone()
        if row is None:
            cls.changed()
            return cls._read(*more_columns)
        return row


class ContentVersion(VersionToken):
    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content version")

    @classmethod
    def current(cls):
        """The token plus the newest page id: bulk loads that bypass signals still count."""
        quote = connection.ops.quote_name
        token, newest_page = cls._read(f"(SELECT MAX({quote('id')}) FROM {quote(Page._meta.db_table)})")
        return f"{token}-{newest_page}"

    @classmethod
    def for_request(cls, request):
        """``current()``, read at most once per request (all caches of one request share it)."""
        if request is None:
            return cls.current()
        token = getattr(request, "_content_version", None)
        if token is None:
            token = request._content_version = cls.current()
        return token
