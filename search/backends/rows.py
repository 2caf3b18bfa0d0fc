"""Reading many plain rows of a query without Django's per-value converters."""

from django.core.exceptions import EmptyResultSet
from django.db import connections


def plain_rows(queryset):
    """The rows of a ``values_list()`` queryset as the database driver returns them.

    For thousands of rows of numbers, such as the ranked matches of a common word, Django's
    row converters cost more time than the query. Only for columns the driver already returns
    as the wanted Python type (integers, floats, text).
    """
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # a condition that can match nothing, such as ``pk__in=[]``
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
