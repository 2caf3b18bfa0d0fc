"""Anonymous search statistics: per query and day, how often searched, without results, clicked.

Nothing here stores who searched: only the cleaned query text and counters.

Counts are gathered in memory and written at most every ``FLUSH_SECONDS`` per process (and
when the process exits, and before the insights report reads them), so a search does not pay
for a database write and its commit; on SQLite that write also locks out the other workers.
"""

import atexit
import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from search.models import QueryStatistic

logger = logging.getLogger(__name__)

FIELDS = ("searches", "zero_result_searches", "clicks")

_lock = threading.Lock()
_pending = {}  # (query, date) -> Counter of FIELDS
_last_flush = 0.0


def flush_seconds():
    return getattr(settings, "SEARCH_STATISTICS_FLUSH_SECONDS", 10)


def _record(query, **increments):
    global _last_flush
    query = (query or "")[:200]
    if not query:
        return
    with _lock:
        _pending.setdefault((query, timezone.localdate()), Counter()).update(increments)
        due = time.monotonic() - _last_flush >= flush_seconds()
    if due:
        flush()


def flush():
    """Write the counts gathered in this process to the database (one transaction)."""
    global _last_flush
    with _lock:
        pending = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    if not pending:
        return
    try:
        with transaction.atomic():
            # Always in the same order, so two processes flushing at once (e.g. workers
            # stopping together) wait for each other instead of deadlocking on PostgreSQL.
            for (query, date), counts in sorted(pending.items()):
                _add(query, date, {name: counts[name] for name in FIELDS})
    except DatabaseError:
        # Statistics must never cost an employee their search (e.g. a locked SQLite file).
        logger.warning("%d search statistics not recorded", len(pending), exc_info=True)


def _add(query, date, increments):
    updates = {name: F(name) + value for name, value in increments.items()}
    if QueryStatistic.objects.filter(query=query, date=date).update(**updates):
        return
    try:
        with transaction.atomic():
            QueryStatistic.objects.create(query=query, date=date, **increments)
    except IntegrityError:  # another process created the row first
        QueryStatistic.objects.filter(query=query, date=date).update(**updates)


def record_search(query, total):
    """Count one search for ``query`` that found ``total`` results."""
    _record(query, searches=1, zero_result_searches=0 if total else 1)


def record_click(query):
    """Count one click on a result of ``query``."""
    _record(query, clicks=1)


# Popular searches offered on an empty results page: over this many days, searched with results
# at least this often (a query typed once or twice may hold a colleague's name).
POPULAR_DAYS = 90
POPULAR_MIN_SEARCHES = 3


def popular_queries(limit=5, exclude=""):
    """The queries most often searched with results lately (one query, no user data)."""
    since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
    rows = (
        QueryStatistic.objects.filter(date__gte=since)
        .exclude(query=exclude)
        .values("query")
        .annotate(found=Sum("searches") - Sum("zero_result_searches"))
        .filter(found__gte=POPULAR_MIN_SEARCHES)
        .order_by("-found", "query")
        .values_list("query", flat=True)[:limit]
    )
    return list(rows)


def _flush_at_exit():
    try:
        flush()
    except Exception:  # noqa: BLE001 (the process is going away; nothing left to tell)
        logger.warning("Search statistics lost at exit", exc_info=True)


atexit.register(_flush_at_exit)
