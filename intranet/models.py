"""The content version: one token that changes whenever published content changes anywhere.

Everything the site keeps in a cache because it is the same for every reader until an editor
publishes again (the main menu, rendered article fragments, page routes, search answers) is keyed
by this token. Each process reads the token from the database once per request, so a publish is
seen at once by every process, with or without a shared cache. ``intranet.signals`` changes it.
"""

import uuid

from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class ContentVersion(models.Model):
    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content version")

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        """The token plus the newest page id: bulk loads that bypass signals still count.

        Read on every page request, so in one plain statement instead of through the ORM,
        whose query building would cost more than running the query.
        """
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote('token')}, (SELECT MAX({quote('id')}) FROM {quote(Page._meta.db_table)}) "
                f"FROM {quote(cls._meta.db_table)} ORDER BY {quote('id')} LIMIT 1"
            )
            row = cursor.fetchone()
        if row is None:
            cls.changed()
            return cls.current()
        token, newest_page = row
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

    @classmethod
    def changed(cls):
        if not cls.objects.update(token=uuid.uuid4().hex):
            cls.objects.create(token=uuid.uuid4().hex)
