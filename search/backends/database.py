"""Wagtail's database search backend (placeholder until Dutch stemming lands)."""

from wagtail.search.backends.database import SearchBackend  # noqa: F401
