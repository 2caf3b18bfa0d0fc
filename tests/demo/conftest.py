import pytest
from django.db import transaction
from django.test import override_settings

from tests.demo.commands import run_command


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once per test module, in a transaction that is rolled back afterwards.

    Loading takes seconds; each test still runs in its own savepoint inside this transaction,
    so what one test changes, the next does not see. Yields the command's output.
    """
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        yield run_command()
        transaction.set_rollback(True)


@pytest.fixture
def media_root(settings, tmp_path):
    """Keep the files of a test that loads the demo itself in a folder of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
