"""Shared helpers of the Academy admin tests."""

PARTICIPANTS_URL = "/admin/academy/sessions/{pk}/participants/"


def participants_url(session):
    return PARTICIPANTS_URL.format(pk=session.pk)
