"""With REDIS_URL set, sessions are kept in Redis too: no session query per request, and a logout
ends the session for every process at once."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.run import redis_reachable
from tests.factories.people import UserFactory

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def settings_with(**env):
    """SESSION_ENGINE, the session cache's backend and location, from a fresh process."""
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "cache = s.CACHES.get(s.SESSION_CACHE_ALIAS, {}); "
        "print(s.SESSION_ENGINE, cache.get('BACKEND', '-'), cache.get('LOCATION', '-'))"
    )
    environment = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    environment.update(DJANGO_SETTINGS_MODULE="intranet.settings.dev", **env)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_redis_url_puts_sessions_in_a_shared_cache():
    assert settings_with(REDIS_URL="redis://cache.example:6379/2") == [
        "django.contrib.sessions.backends.cached_db",
        "django.core.cache.backends.redis.RedisCache",
        "redis://cache.example:6379/2",
    ]
    assert settings_with()[0] == "django.contrib.sessions.backends.db"


@pytest.fixture
def redis_sessions(settings):
    if not redis_reachable(REDIS_URL):
        pytest.skip(f"Redis is not reachable at {REDIS_URL}; the Redis session test did not run.")
    settings.CACHES = {
        **settings.CACHES,
        "sessions": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.SESSION_CACHE_ALIAS = "sessions"


@pytest.mark.django_db
def test_a_logged_in_request_reads_its_session_from_redis_and_logout_ends_it(redis_sessions, home_page):
    user = UserFactory(username="nieuwe.collega")
    user.set_password("samen-leren")
    user.save()
    browser = Client()
    response = browser.post("/account/inloggen/", {"username": "nieuwe.collega", "password": "samen-leren"})
    assert response.status_code == 302

    with CaptureQueriesContext(connection) as queries:
        assert browser.get("/account/").status_code == 200
    assert not any("django_session" in query["sql"] for query in queries)

    cookie = browser.cookies["sessionid"].value
    other_process = Client()
    other_process.cookies["sessionid"] = cookie
    assert other_process.get("/account/").status_code == 200

    browser.post("/account/uitloggen/")

    assert other_process.get("/account/").status_code == 302
