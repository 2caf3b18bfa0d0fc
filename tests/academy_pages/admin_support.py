"""Shared helpers of the Academy admin tests: registrations made through the real workflow."""

from academy_pages import registration as workflow
from tests.factories.people import UserFactory

PARTICIPANTS_URL = "/admin/academy/sessions/{pk}/participants/"


def register(session, user=None, **kwargs):
    user = user or UserFactory()
    return workflow.register(session, user, **kwargs).registration


def participants_url(session):
    return PARTICIPANTS_URL.format(pk=session.pk)
