"""Academy benchmark: registrations per second under concurrent load on PostgreSQL.

`python -m bench.academy` creates a fresh PostgreSQL database (`bench_academy`), migrates it, and
lets N threads call `academy_pages.registration.register` at the same moment, each thread with its
own database connection, exactly as simultaneous requests would. Two loads:

- contended: every attempt targets one session with 20 places (the issue's "200 simultaneous
  attempts for 20 places"): all registrations queue for the same row lock;
- spread: the attempts are spread over 20 sessions of 20 places each, so the locks rarely meet.

Each run checks its outcome (no errors, exactly the capacity confirmed, the rest on the waiting
list) and the figures are written into docs/benchmarks.md, in a section of their own between the
markers below (the rest of the file is left alone). The workflow runs in-process, without HTTP,
so the figures are the cost of the registration rules and the database: the mails and invites the
workflow's signals trigger are sent to Django's in-memory mail backend (test settings).

Options: `--quick` (fewer attempts, output to bench/out/), `--threads 1,4,16`, `--output FILE`.
Nothing here talks to anything but the PostgreSQL server given by BENCH_POSTGRES_SERVER
(default postgres://postgres@127.0.0.1:5432).
"""

import argparse
import datetime
import os
import platform
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
OUT_DIR = ROOT / "bench" / "out"
START = "<!-- bench:academy:start (rewritten by `python -m bench.academy`) -->"
END = "<!-- bench:academy:end -->"
# The general bench's marker: our section goes above it, so `make bench` keeps it.
RESULTS_MARKER = "<!-- bench:results (everything below this line is rewritten by `make bench`) -->"
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")
DATABASE = "bench_academy"
PLACES = 20


@dataclass
class Run:
    load: str
    threads: int
    sessions: int
    attempts: int
    seconds: float
    latencies: list
    confirmed: int
    waiting: int
    errors: list

    @property
    def per_second(self):
        return self.attempts / self.seconds

    @property
    def correct(self):
        expected_confirmed = min(self.attempts, self.sessions * PLACES)
        return (
            not self.errors
            and self.confirmed == expected_confirmed
            and self.waiting == self.attempts - expected_confirmed
        )

    def percentile(self, fraction):
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


def prepare_database(name):
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=3, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = f"{POSTGRES_SERVER}/{name}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def build_course():
    from wagtail.models import Site

    from academy_pages.models import AcademyIndexPage, CourseCategory, CoursePage, TrainingProvider

    home = Site.objects.get(is_default_site=True).root_page
    index = AcademyIndexPage(title="West Betuwe Academie", slug="academie")
    home.add_child(instance=index)
    course = CoursePage(
        title="Presenteren met impact",
        slug="presenteren-met-impact",
        summary="Benchmark",
        description="<p>Benchmark</p>",
        category=CourseCategory.objects.create(name="Effectief werken", slug="effectief-werken"),
        provider=TrainingProvider.objects.create(name="Trainingshuis De Linge"),
    )
    index.add_child(instance=course)
    return course


def make_sessions(course, count):
    from django.utils import timezone

    from academy_pages.models import Session, SessionDay

    day = timezone.localdate() + datetime.timedelta(days=30)
    sessions = [Session.objects.create(course=course, capacity=PLACES) for _ in range(count)]
    SessionDay.objects.bulk_create([SessionDay(session=session, date=day) for session in sessions])
    return sessions


def make_users(prefix, count):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    User.objects.bulk_create(
        [
            User(
                username=f"{prefix}-{n}",
                first_name="Bench",
                last_name=str(n),
                email=f"{prefix}-{n}@bench.example",
            )
            for n in range(count)
        ]
    )
    return list(User.objects.filter(username__startswith=f"{prefix}-").order_by("pk"))


def measure(course, load, threads, sessions_count, attempts):
    from django.db import connections

    from academy_pages import registration as workflow
    from academy_pages.models import Registration, RegistrationStatus

    sessions = make_sessions(course, sessions_count)
    users = make_users(f"{load}-{threads}-{time.monotonic_ns()}", attempts)
    jobs = [(sessions[n % sessions_count], user) for n, user in enumerate(users)]
    start = threading.Barrier(threads)
    latencies, errors = [], []
    lock = threading.Lock()

    def worker(part):
        start.wait()
        try:
            for session, user in part:
                began = time.perf_counter()
                try:
                    workflow.register(session, user)
                except Exception as exc:  # every error is reported in the results
                    with lock:
                        errors.append(repr(exc))
                with lock:
                    latencies.append(time.perf_counter() - began)
        finally:
            connections.close_all()

    parts = [jobs[n::threads] for n in range(threads)]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        began = time.perf_counter()
        list(pool.map(worker, parts))
        seconds = time.perf_counter() - began
    statuses = list(Registration.objects.filter(session__in=sessions).values_list("status", flat=True))
    return Run(
        load=load,
        threads=threads,
        sessions=sessions_count,
        attempts=attempts,
        seconds=seconds,
        latencies=latencies,
        confirmed=statuses.count(RegistrationStatus.CONFIRMED),
        waiting=statuses.count(RegistrationStatus.WAITING),
        errors=errors,
    )


def render(runs, quick):
    import django

    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        START,
        "## Academy: registrations under concurrent load (PostgreSQL)",
        "",
        "`python -m bench.academy` (not part of `make test`; about a minute) lets N threads, each with "
        "its own PostgreSQL connection, call `academy_pages.registration.register` at the same moment. "
        "Every registration locks its session row (`select_for_update`), recounts the confirmed places "
        "inside the transaction and writes the registration and its history row. *Contended*: all "
        f"attempts on one session with {PLACES} places; *spread*: the attempts over {PLACES} sessions "
        f"of {PLACES} places. Each run is checked: no errors, exactly the places confirmed, the rest on "
        "the waiting list. In-process (no HTTP); mails go to the in-memory backend.",
        "",
        f"Measured {when}{' (quick run)' if quick else ''}: Python {platform.python_version()}, "
        f"Django {django.get_version()}, PostgreSQL at {POSTGRES_SERVER.split('@')[-1]}, "
        f"{os.cpu_count()} cores shared with other work (load average {os.getloadavg()[0]:.1f} at the "
        "end; the figures are indicative).",
        "",
        "| load | threads | sessions | attempts | registrations/s | p50 ms | p95 ms | confirmed | waiting "
        "| check |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        lines.append(
            f"| {run.load} | {run.threads} | {run.sessions} | {run.attempts} | {run.per_second:.0f} | "
            f"{run.percentile(0.5):.1f} | {run.percentile(0.95):.1f} | {run.confirmed} | {run.waiting} | "
            f"{'ok' if run.correct else 'FAILED: ' + '; '.join(run.errors[:3])} |"
        )
    median = statistics.median(run.per_second for run in runs)
    lines += ["", f"Median over the runs: {median:.0f} registrations per second.", END]
    return "\n".join(lines) + "\n"


def write(section, path):
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    elif RESULTS_MARKER in text:
        before, after = text.split(RESULTS_MARKER, 1)
        text = before.rstrip("\n") + "\n\n" + section + "\n" + RESULTS_MARKER + after
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer attempts; writes bench/out/ instead")
    parser.add_argument("--threads", default="1,4,16", help="comma-separated thread counts")
    parser.add_argument("--output", type=Path, help="file to write (default docs/benchmarks.md)")
    options = parser.parse_args(argv)
    threads = [int(value) for value in options.threads.split(",")]
    output = options.output or (OUT_DIR / "benchmarks-academy-quick.md" if options.quick else DOC)
    contended, spread = (40, 80) if options.quick else (200, 400)

    try:
        prepare_database(DATABASE + ("_quick" if options.quick else ""))
    except Exception as exc:  # no server: say so and stop without a traceback
        print(f"PostgreSQL is not reachable at {POSTGRES_SERVER}: {exc}", file=sys.stderr)
        return 1
    course = build_course()
    runs = []
    for count in threads:
        for load, sessions, attempts in (("contended", 1, contended), ("spread", PLACES, spread)):
            run = measure(course, load, count, sessions, attempts)
            print(f"{load:9} threads={count:2} {run.per_second:6.0f}/s {'ok' if run.correct else 'FAILED'}")
            runs.append(run)
    write(render(runs, options.quick), output)
    print(f"Written to {output}")
    return 0 if all(run.correct for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
