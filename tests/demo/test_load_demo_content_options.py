import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from knowledge_base.models import KnowledgeArticlePage
from tests.demo.commands import run_command

User = get_user_model()


@pytest.mark.django_db
def test_dry_run_changes_nothing(media_root):
    output = run_command(dry_run=True)

    assert "Would create" in output and "articles" in output
    assert not KnowledgeArticlePage.objects.exists()
    assert not User.objects.filter(username="medewerker").exists()
    assert [path for path in media_root.rglob("*") if path.is_file()] == []


@pytest.mark.django_db
def test_refuses_to_run_without_debug_unless_forced(settings, media_root):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_content")

    assert not User.objects.filter(username="redacteur").exists()
