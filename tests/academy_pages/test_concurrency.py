"""Capacity holds when many employees register at the same moment (PostgreSQL row locks)."""

import threading

import pytest
from django.db import connection, connections

from academy_pages import registration as workflow
from academy_pages.models import Registration, RegistrationStatus
from tests.factories.academy import SessionFactory
from tests.factories.people import UserFactory

ATTEMPTS = 200
PLACES = 20
# PostgreSQL allows 100 connections by default: at most this many threads hold one at a time,
# the others wait for a free connection as they would behind a connection pool.
MAX_CONNECTIONS = 60


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_simultaneous_registrations_fill_exactly_20_places(course):
    if connection.vendor != "postgresql":
        pytest.skip("Row locks (select_for_update) are only meaningful on PostgreSQL; CI runs this there.")
    session = SessionFactory(course=course, capacity=PLACES)
    users = UserFactory.create_batch(ATTEMPTS)
    start = threading.Barrier(ATTEMPTS)
    connection_slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
    errors = []

    def attempt(user):
        start.wait()
        with connection_slots:
            try:
                workflow.register(session, user)
            except Exception as exc:  # any error at all fails the test below
                errors.append(exc)
            finally:
                connections.close_all()

    threads = [threading.Thread(target=attempt, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Registration.objects.filter(session=session).values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == PLACES
    assert statuses.count(RegistrationStatus.WAITING) == ATTEMPTS - PLACES
    queued = list(
        Registration.objects.filter(session=session).waiting_list().values_list("queued_at", flat=True)
    )
    assert queued == sorted(queued)
