"""Production settings start only with their secrets, and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")
# Set by developers or test tools, never in production; it would fail check --deploy.
NOT_INHERITED = (*REQUIRED, "DJANGO_ALLOW_ASYNC_UNSAFE")


def run_manage(*args, **env_overrides):
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    env.update(
        DJANGO_SETTINGS_MODULE="intranet.settings.production",
        SECRET_KEY="Zq8v-7nYt3pKx2Lw9RcB5mJfHd4Gs6Ae1Uo0Vi!bNyTrEqWzXc",
        ALLOWED_HOSTS="intranet.westbetuwe.nl",
        DATABASE_URL="sqlite:////tmp/intranet-check-deploy.db",
    )
    env.update(env_overrides)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("name", REQUIRED)
def test_production_refuses_to_start_without(name):
    result = run_manage("check", **{name: None})
    assert result.returncode != 0
    assert f"Set the environment variable {name}" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run_manage("check", SECRET_KEY="  ")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
