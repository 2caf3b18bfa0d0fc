"""Home page benchmark: the personal start page under load, next to the one-line view.

`python -m bench.home` migrates a fresh SQLite database (bench/out/bench_home.sqlite3), fills it
with 1,000 live teasers (a mix of audiences, some pinned), 50 knowledge base articles and an
employee with Academy registrations (confirmed and on a waiting list), serves the site with
gunicorn like `bench.run` does, and loads `/bench/ping/` and `/` with wrk in the same run. The
target of issue 10: the home page reaches at least 25% of the one-line view's requests per
second; p50 and p95 are reported. The section between the markers below in docs/benchmarks.md is
rewritten; `--quick` writes bench/out/benchmarks-home-quick.md instead.

The first home page request of a session each day counts a view for each teaser shown (two
small writes), as in production; later requests that day write nothing.
"""

import argparse
import datetime
import json
import os
import platform
import sys
from pathlib import Path

from bench.academy import RESULTS_MARKER
from bench.run import (
    DOC,
    OUT_DIR,
    Scenario,
    Server,
    log,
    prepare_sqlite,
    run_django,
    run_wrk,
)

START = "<!-- bench:home:start (rewritten by `python -m bench.home`) -->"
END = "<!-- bench:home:end -->"
RATIO_TARGET = 0.25
TEASERS = 1000
REGISTRATIONS = 5
ARTICLES = 50


def populate(teasers=TEASERS, registrations=REGISTRATIONS, articles=ARTICLES):
    """The bench data; returns the logged-in employee's cookie. Runs inside Django."""
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from wagtail.models import Site

    from academy_pages import notifications
    from academy_pages.models import (
        AcademyIndexPage,
        CourseCategory,
        CoursePage,
        TrainingProvider,
    )
    from bench.generate import employee_session, ensure_structure, top_up
    from people.models import EmployeeProfile
    from teasers.models import Audience, Campaign, Teaser

    _index, _topics, teams, editor, employee = ensure_structure()
    top_up(articles)
    for user in (editor, employee):
        if not user.email:
            user.email = f"{user.username}@bench.example"
            user.save(update_fields=["email"])
    profile, _ = EmployeeProfile.objects.get_or_create(user=employee)
    profile.team = teams[0]
    profile.start_date = timezone.localdate() - datetime.timedelta(days=30)
    profile.save()

    campaigns = [Campaign.objects.get_or_create(name=name)[0] for name in ("Academie", "Leercafé", "Lean")]
    now = timezone.now()
    audiences = [
        Audience.EVERYONE,
        Audience.EVERYONE,
        Audience.TEAMS,
        Audience.GROUPS,
        Audience.NEW_COLLEAGUES,
    ]
    made = Teaser.objects.bulk_create(
        Teaser(
            title=f"Teaser {number}",
            text="Kom naar de Academie en leer iets nieuws met collega's.",
            link_url="https://www.westbetuwe.nl/",
            campaign=campaigns[number % len(campaigns)],
            audience=audiences[number % len(audiences)],
            pinned=number % 100 == 0,
            display_from=now - datetime.timedelta(hours=number + 1),
            display_until=None if number % 3 else now + datetime.timedelta(days=30),
            live=True,
        )
        for number in range(teasers)
    )
    Teaser.teams.through.objects.bulk_create(
        Teaser.teams.through(teaser_id=teaser.pk, team_id=teams[0].pk)
        for teaser in made
        if teaser.audience == Audience.TEAMS
    )
    employees = Group.objects.get(name="Medewerkers")
    Teaser.groups.through.objects.bulk_create(
        Teaser.groups.through(teaser_id=teaser.pk, group_id=employees.pk)
        for teaser in made
        if teaser.audience == Audience.GROUPS
    )

    home = Site.objects.get(is_default_site=True).root_page
    academy = home.add_child(instance=AcademyIndexPage(title="Academie", slug="academie"))
    course = academy.add_child(
        instance=CoursePage(
            title="Presenteren met impact",
            slug="presenteren",
            summary="Presenteren zonder zenuwen.",
            # The employee holds several sessions of it (a series), as the page has to show.
            allow_multiple_registrations=True,
            description="<p>In twee dagdelen oefen je met echte situaties uit je werk.</p>",
            category=CourseCategory.objects.get_or_create(
                slug="effectief-werken", defaults={"name": "Effectief werken"}
            )[0],
            provider=TrainingProvider.objects.get_or_create(
                name="Bench Training", defaults={"email": "bench@example.org"}
            )[0],
        )
    )
    today = timezone.localdate()
    with notifications.paused():  # bench registrations are not real: no mails
        _register(course, registrations, today, editor, employee)
    return employee_session()


def _register(course, registrations, today, editor, employee):
    from academy_pages import registration as workflow
    from academy_pages.models import Session, SessionDay

    for number in range(registrations):
        # The last session is full, so the employee lands on its waiting list.
        capacity = 1 if number == registrations - 1 else 10
        session = Session.objects.create(course=course, capacity=capacity, location="Gemeentehuis")
        SessionDay.objects.create(
            session=session,
            date=today + datetime.timedelta(days=7 * (number + 1)),
            start_time=datetime.time(9),
            end_time=datetime.time(12),
        )
        if capacity == 1:
            workflow.register(session, editor)
        workflow.register(session, employee)


def measure(options):
    log("collecting static files for WhiteNoise")
    run_django(["manage.py", "collectstatic", "--no-input", "-v0"], "sqlite:///unused.sqlite3")
    database_url, version = prepare_sqlite("bench_home_quick" if options.quick else "bench_home")
    log(f"home: migrating a fresh database ({version})")
    run_django(["manage.py", "migrate", "--no-input", "-v0"], database_url)
    info_file = OUT_DIR / "home.json"
    run_django(["-m", "bench.home", "--populate", str(info_file)], database_url)
    cookie = json.loads(info_file.read_text(encoding="utf-8"))["cookie"]
    server = Server(database_url, OUT_DIR / "gunicorn-home.log")
    try:
        status, location, body = server.get("/", cookie)
        if status != 200 or b"teaser-card" not in body:
            raise RuntimeError(f"the home page answered {status} {location or ''} without teasers")
        results = {}
        for scenario in (
            Scenario("ping", "one-line view", ["/bench/ping/"], cookie=False),
            Scenario("home", "home page", ["/"], cookie=True),
        ):
            paths_file = OUT_DIR / f"paths-home-{scenario.key}.txt"
            run_wrk(server, scenario, cookie, options.warmup, paths_file)
            results[scenario.key] = result = run_wrk(server, scenario, cookie, options.duration, paths_file)
            log(
                f"{scenario.label}: {result['rps']:.0f} req/s, p50 {result['p50_us'] / 1000:.1f} ms, "
                f"p95 {result['p95_us'] / 1000:.1f} ms, {result['errors']} errors"
            )
    finally:
        server.stop()
    return version, results


def render(version, results, options):
    import django

    ping, home = results["ping"], results["home"]
    ratio = home["rps"] / ping["rps"]
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = [
        f"| {label} | {result['rps']:.0f} | {result['p50_us'] / 1000:.1f} | {result['p95_us'] / 1000:.1f} "
        f"| {result['errors']} |"
        for label, result in (("one-line view `/bench/ping/`", ping), ("home page `/`", home))
    ]
    lines = [
        START,
        "## Home page with 1,000 teasers",
        "",
        f"`python -m bench.home`: {TEASERS} live teasers, {ARTICLES} articles, an employee with "
        f"{REGISTRATIONS} Academy registrations (one on a waiting list); gunicorn with 2 workers, wrk "
        f"with 2 threads and 4 connections, {options.duration} s after {options.warmup} s of warm-up. "
        "The first home page request of the session each day counts the views of the teasers it "
        "shows; later ones write nothing.",
        "",
        f"Measured {when}{' (quick run)' if options.quick else ''}: {version}, Python "
        f"{platform.python_version()}, Django {django.get_version()}, {os.cpu_count()} cores shared "
        "with other work (the figures are indicative).",
        "",
        "| request | requests/s | p50 ms | p95 ms | errors |",
        "|---|---:|---:|---:|---:|",
        *rows,
        "",
        f"Home page at {ratio:.0%} of the one-line view (target: at least {RATIO_TARGET:.0%}): "
        f"{'met' if ratio >= RATIO_TARGET else 'NOT met'}.",
        END,
    ]
    return "\n".join(lines) + "\n"


def write_section(section, path):
    """Put `section` between this bench's markers in `path`, keeping everything else."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1]
    elif RESULTS_MARKER in text:
        before, after = text.split(RESULTS_MARKER, 1)
        text = before.rstrip("\n") + "\n\n" + section + "\n" + RESULTS_MARKER + after
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 s runs; writes bench/out/")
    parser.add_argument("--duration", type=int, help="seconds per measurement (default 10)")
    parser.add_argument("--warmup", type=int, help="seconds of warm-up (default 5)")
    parser.add_argument("--output", type=Path, help="file to write (default docs/benchmarks.md)")
    parser.add_argument("--populate", metavar="JSON", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.populate:
        import django

        django.setup()
        Path(options.populate).write_text(json.dumps({"cookie": populate()}), encoding="utf-8")
        return 0
    options.duration = options.duration or (3 if options.quick else 10)
    options.warmup = options.warmup or (1 if options.quick else 5)
    output = options.output or (OUT_DIR / "benchmarks-home-quick.md" if options.quick else DOC)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    version, results = measure(options)
    write_section(render(version, results, options), output)
    log(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
