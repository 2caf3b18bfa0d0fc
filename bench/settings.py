"""Settings for `make bench`: production behaviour, on a throwaway database, over plain HTTP.

The production module refuses to start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL, so the
bench supplies fixed, bench-only values for the first two before importing it. DATABASE_URL comes
from `bench.run` (SQLite file under bench/out/ or the bench_intranet PostgreSQL database).
"""

import os
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"

os.environ["SECRET_KEY"] = "bench-only-not-secret-6f1d0c7e"
os.environ["ALLOWED_HOSTS"] = "127.0.0.1"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{OUT_DIR / 'bench.sqlite3'}")

from intranet.settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
LOGIN_EXEMPT_URL_NAMES = [*LOGIN_EXEMPT_URL_NAMES, "bench_ping"]  # noqa: F405

# Persistent connections: without them every PostgreSQL request logs in again (STACK-NOTES.md).
DATABASES["default"]["CONN_MAX_AGE"] = None  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# The load generator talks plain HTTP on the loopback interface; no TLS in between.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# WhiteNoise serves the collected, hashed and compressed files as in production.
STATIC_ROOT = OUT_DIR / "static"
MEDIA_ROOT = OUT_DIR / "media"
