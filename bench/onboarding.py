"""Onboarding benchmark: the overview of new colleagues with many colleagues and steps.

`python -m bench.onboarding` migrates a fresh SQLite database (or PostgreSQL with
`--engine postgresql`), enrols 500 new colleagues in a programme of 30 steps with part of their
steps done, serves the site with gunicorn as `bench.run` does and loads it with wrk: the one-line
view `/bench/ping/` and the overview `/inwerkprogramma/nieuwe-collegas/` as the coordination point
sees it (all 500 colleagues, the first page of 50 shown), each after a warm-up. It also counts the overview's
database queries with 50 and with 500 colleagues: the count must not grow.

The figures go into docs/benchmarks.md between the markers below (the rest of the file is left
alone); `--quick` writes bench/out/ instead. Target from the issue: p95 of the overview at most
300 ms. Nothing here talks to anything but 127.0.0.1 (and PostgreSQL when asked).
"""

import argparse
import datetime
import json
import os
import platform
import random
import shutil
import sys
from pathlib import Path

from bench.run import (
    OUT_DIR,
    ROOT,
    Scenario,
    Server,
    load,
    log,
    prepare_postgres,
    prepare_sqlite,
    run_django,
)

DOC = ROOT / "docs" / "benchmarks.md"
START = "<!-- bench:onboarding:start (rewritten by `python -m bench.onboarding`) -->"
END = "<!-- bench:onboarding:end -->"
RESULTS_MARKER = "<!-- bench:results (everything below this line is rewritten by `make bench`) -->"
OVERVIEW = "/inwerkprogramma/nieuwe-collegas/"
P95_TARGET_MS = 300
COORDINATOR = "bench-coordinatiepunt"
SMALL = 50
PER_PAGE = 50  # onboarding.overview.PER_PAGE; not imported: this module runs outside Django too


# --- the data, made inside a Django process (`--generate`) ------------------------------------


def _programme(steps):
    from wagtail.models import Site

    from onboarding.models import (
        OnboardingIndexPage,
        OnboardingProgrammePage,
        Performer,
        Phase,
        ProgrammeStep,
    )

    home = Site.objects.get(is_default_site=True).root_page
    index = OnboardingIndexPage(title="Inwerken", slug="inwerken")
    home.add_child(instance=index)
    programme = OnboardingProgrammePage(title="Algemeen inwerkprogramma", slug="algemeen")
    phases = list(Phase)
    performers = [Performer.NEW_COLLEAGUE] * 4 + [Performer.BUDDY, Performer.TEAM_LEADER]
    for number in range(steps):
        programme.steps.add(
            ProgrammeStep(
                sort_order=number,
                title=f"Stap {number + 1}",
                phase=phases[min(number * len(phases) // steps, len(phases) - 1)],
                due_working_days=number * 2 - 2,
                performer=performers[number % len(performers)],
                checklist="Gedaan",
            )
        )
    index.add_child(instance=programme)
    programme.save_revision().publish()
    return programme


def _enrol(programme, start, count, rng):
    """`count` new colleagues with random start dates and part of their due steps done."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from intranet.working_days import add_working_days
    from onboarding.models import Enrolment, StepProgress
    from people.models import Team

    User = get_user_model()
    teams = [Team.objects.get_or_create(name=f"Bench team {n}")[0] for n in range(10)]
    users = User.objects.bulk_create(
        [
            User(
                username=f"bench-nieuw-{n}",
                first_name="Nieuwe",
                last_name=f"Collega {n}",
                email=f"n{n}@b.example",
            )
            for n in range(start, start + count)
        ]
    )
    leaders = list(User.objects.filter(username__startswith="bench-leider-"))
    today = timezone.localdate()
    enrolments = Enrolment.objects.bulk_create(
        [
            Enrolment(
                colleague=user,
                programme=programme,
                programme_title=programme.title,
                start_date=today - datetime.timedelta(days=rng.randint(-10, 90)),
                team=rng.choice(teams),
                team_leader=rng.choice(leaders),
                buddy=rng.choice(leaders),
            )
            for user in users
        ]
    )
    steps = list(programme.steps.all())
    now = timezone.now()
    progress = []
    for enrolment in enrolments:
        for step in steps:
            if add_working_days(enrolment.start_date, step.due_working_days) <= today and rng.random() < 0.7:
                progress.append(
                    StepProgress(
                        enrolment=enrolment,
                        step=step,
                        step_title=step.title,
                        step_phase=step.phase,
                        done_at=now - datetime.timedelta(hours=rng.randint(1, 2000)),
                    )
                )
    StepProgress.objects.bulk_create(progress, batch_size=2000)


def _overview_queries(cookie_user):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(cookie_user)
    client.get(OVERVIEW)  # the first request of a session reads more
    with CaptureQueriesContext(connection) as captured:
        response = client.get(OVERVIEW)
    if response.status_code != 200:
        raise RuntimeError(f"{OVERVIEW} answered {response.status_code}")
    return len(captured)


def generate(colleagues, steps, json_path):
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from bench.generate import employee_session
    from people.groups import EDITORS

    rng = random.Random(2022)
    User = get_user_model()
    coordinator = User.objects.create(username=COORDINATOR, first_name="Coördinatie", last_name="Punt")
    coordinator.groups.add(Group.objects.get(name=EDITORS))
    User.objects.bulk_create([User(username=f"bench-leider-{n}", last_name=f"Leider {n}") for n in range(20)])
    programme = _programme(steps)
    small = min(SMALL, colleagues)
    _enrol(programme, 0, small, rng)
    queries = {small: _overview_queries(coordinator)}
    _enrol(programme, small, colleagues - small, rng)
    queries[colleagues] = _overview_queries(coordinator)
    info = {"cookie": employee_session(COORDINATOR), "queries": queries}
    Path(json_path).write_text(json.dumps(info), encoding="utf-8")


# --- the run ------------------------------------------------------------------------------------


def render(engine, version, results, queries, options):
    import django

    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    overview, ping = results["overview"], results["ping"]
    p95 = overview["p95_us"] / 1000
    counts = sorted(queries.items(), key=lambda item: int(item[0]))
    steady = len({count for _size, count in counts}) == 1
    lines = [
        START,
        "## Onboarding: the overview of new colleagues",
        "",
        f"`python -m bench.onboarding` (not part of `make test`): {options.colleagues} new colleagues in a "
        f"programme of {options.steps} steps, about 70% of their due steps done, on a fresh {version} "
        f"database; gunicorn with 2 workers and wrk as in `make bench`, {options.duration} s per "
        f"measurement after {options.warmup} s of warm-up. The overview is the coordination point's "
        f"(all colleagues, {PER_PAGE} to a page, with progress, overdue steps and last activity; the "
        "export has them all).",
        "",
        f"Measured {when}{' (quick run)' if options.quick else ''}: Python {platform.python_version()}, "
        f"Django {django.get_version()}, {os.cpu_count()} cores shared with other work (load average "
        f"{os.getloadavg()[0]:.1f} at the end; the figures are indicative).",
        "",
        "| request | requests/s | p50 ms | p95 ms | errors |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, result in (("one-line view `/bench/ping/`", ping), (f"overview `{OVERVIEW}`", overview)):
        lines.append(
            f"| {label} | {result['rps']:.0f} | {result['p50_us'] / 1000:.1f} | "
            f"{result['p95_us'] / 1000:.1f} | {result['errors']} |"
        )
    lines += [
        "",
        f"Target p95 ≤ {P95_TARGET_MS} ms: {'met' if p95 <= P95_TARGET_MS else 'NOT met'} ({p95:.0f} ms).",
        "Database queries of one overview request: "
        + ", ".join(f"{count} with {size} colleagues" for size, count in counts)
        + (" (the same: the count does not grow)." if steady else " (it grows: a regression)."),
        END,
    ]
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
    parser.add_argument("--quick", action="store_true", help="3 s runs; writes bench/out/ instead")
    parser.add_argument("--engine", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--colleagues", type=int, default=500)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--duration", type=int, help="seconds per measurement (default 10)")
    parser.add_argument("--warmup", type=int, help="seconds of warm-up per measurement (default 5)")
    parser.add_argument("--output", type=Path, help="Markdown file to write (default docs/benchmarks.md)")
    parser.add_argument("--generate", help=argparse.SUPPRESS)  # internal: make the data, write JSON here
    options = parser.parse_args(argv)
    if options.generate:
        generate(options.colleagues, options.steps, options.generate)
        return 0
    options.duration = options.duration or (3 if options.quick else 10)
    options.warmup = options.warmup or (1 if options.quick else 5)
    output = (
        options.output or (OUT_DIR / "benchmarks-onboarding-quick.md" if options.quick else DOC)
    ).resolve()
    if not shutil.which("wrk"):
        sys.exit("The load generator wrk is missing: install it with `sudo apt-get install wrk`.")

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    log("collecting static files for WhiteNoise")
    run_django(["manage.py", "collectstatic", "--no-input", "-v0"], "sqlite:///unused.sqlite3")
    prepare = prepare_sqlite if options.engine == "sqlite" else prepare_postgres
    database_url, version = prepare("bench_onboarding_quick" if options.quick else "bench_onboarding")
    if database_url is None:
        sys.exit(f"PostgreSQL is not reachable ({version}).")
    log(f"onboarding: migrating a fresh database ({version})")
    run_django(["manage.py", "migrate", "--no-input", "-v0"], database_url)
    info_file = OUT_DIR / f"onboarding-{options.engine}.json"
    log(f"onboarding: enrolling {options.colleagues} colleagues in {options.steps} steps")
    run_django(
        [
            "-m",
            "bench.onboarding",
            "--generate",
            str(info_file),
            "--colleagues",
            str(options.colleagues),
            "--steps",
            str(options.steps),
        ],
        database_url,
    )
    info = json.loads(info_file.read_text(encoding="utf-8"))
    cookie = info["cookie"]
    server = Server(database_url, OUT_DIR / f"gunicorn-onboarding-{options.engine}.log")
    results = {}
    try:
        status, location, body = server.get(OVERVIEW, cookie)
        shown = min(options.colleagues, PER_PAGE)
        if (
            status != 200
            or body.count(b'scope="row"><a class="utrecht-link" href="/inwerkprogramma/') != shown
        ):
            raise RuntimeError(f"{OVERVIEW} answered {status} {location or ''} without {shown} colleagues")
        label = f"{options.engine}, {options.colleagues} colleagues"
        for scenario in (
            Scenario("ping", "one-line view", ["/bench/ping/"], cookie=False),
            Scenario("overview", "overview of new colleagues", [OVERVIEW], cookie=True),
        ):
            results[scenario.key] = load(server, scenario, cookie, options, label)
    finally:
        server.stop()
    write(render(options.engine, version, results, info["queries"], options), output)
    log(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
