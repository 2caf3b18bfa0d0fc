"""Version tokens: values in the database that change whenever what they stand for changes.

Facts that are the same for every request until an editor or an administrator changes something
are kept in per-process memories and caches (``intranet.memo``) keyed by such a token. Each
process reads the tokens from the database when a request needs one, so a change is seen at once
by every process, with or without a shared cache.

- ``ContentVersion`` stands for published content: the main menu, rendered article shells,
  page routes and search answers are keyed by it. ``intranet.signals`` changes it.

A request reads all tokens together, in one plain statement, the first time it needs one.
"""

import uuid
from functools import cache

from django.apps import apps
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
        """The token as it is in the database now."""
        return read_tokens([cls])[cls]

    @classmethod
    def for_request(cls, request):
        """The token as the request first saw it: every cache of one request uses the same one."""
        if request is None:
            return cls.current()
        tokens = getattr(request, "_version_tokens", None)
        if tokens is None:
            tokens = request._version_tokens = read_tokens(version_token_models())
        return tokens[cls]

    @classmethod
    def changed(cls):
        if not cls.objects.update(token=uuid.uuid4().hex):
            cls.objects.create(token=uuid.uuid4().hex)

    @classmethod
    def token_columns(cls, quote):
        """SQL expressions whose values make up the token (None in the first: no row yet)."""
        table = quote(cls._meta.db_table)
        return [f"(SELECT {quote('token')} FROM {table} ORDER BY {quote('id')} LIMIT 1)"]

    @classmethod
    def token_from(cls, values):
        return values[0]


class ContentVersion(VersionToken):
    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content version")

    @classmethod
    def token_columns(cls, quote):
        # The newest page id as well: bulk loads that bypass signals still count.
        newest_page = f"(SELECT MAX({quote('id')}) FROM {quote(Page._meta.db_table)})"
        return [*super().token_columns(quote), newest_page]

    @classmethod
    def token_from(cls, values):
        token, newest_page = values
        return f"{token}-{newest_page}"


@cache
def version_token_models():
    return [model for model in apps.get_models() if issubclass(model, VersionToken)]


def read_tokens(token_models):
    """The tokens of ``token_models``, read in one plain statement instead of through the ORM:
    they are read on every page request, and the ORM's query building would cost more than the
    query."""
    quote = connection.ops.quote_name
    columns, spans = [], []
    for model in token_models:
        model_columns = model.token_columns(quote)
        spans.append((model, len(columns), len(model_columns)))
        columns.extend(model_columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)}")
        row = cursor.fetchone()
    tokens = {}
    for model, start, count in spans:
        values = row[start : start + count]
        if values[0] is None:
            model.changed()
            return read_tokens(token_models)
        tokens[model] = model.token_from(values)
    return tokens
