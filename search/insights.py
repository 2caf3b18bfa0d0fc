"""Anonymous search statistics: per query and day, how often searched, without results, clicked.

Nothing here stores who searched: only the cleaned query text and counters.
"""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import QueryStatistic

logger = logging.getLogger(__name__)


def _bump(query, **increments):
    if not query:
        return
    try:
        with transaction.atomic():
            _add(query, increments)
    except DatabaseError:
        # Statistics must never cost an employee their search (e.g. a locked SQLite file).
        logger.warning("Search statistic for %r not recorded", query, exc_info=True)


def _add(query, increments):
    today = timezone.localdate()
    updates = {name: F(name) + value for name, value in increments.items()}
    if QueryStatistic.objects.filter(query=query, date=today).update(**updates):
        return
    try:
        with transaction.atomic():
            QueryStatistic.objects.create(query=query, date=today, **increments)
    except IntegrityError:  # another request created today's row first
        QueryStatistic.objects.filter(query=query, date=today).update(**updates)


def record_search(query, total):
    """Count one search for ``query`` that found ``total`` results."""
    _bump(query[:200], searches=1, zero_result_searches=0 if total else 1)


def record_click(query):
    """Count one click on a result of ``query``."""
    _bump(query[:200], clicks=1)
