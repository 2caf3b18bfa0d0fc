"""Test data that lives for a whole test module."""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def rolled_back():
    """A transaction around a module's data, rolled back at the end.

    Use it in a module-scoped fixture inside ``django_db_blocker.unblock()``: each test of the
    module (marked ``django_db``) then runs in a savepoint within it and sees the data, and
    what a test changes is rolled back after that test, on SQLite and PostgreSQL alike.
    """
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
