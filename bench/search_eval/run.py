"""`make search-eval`: the search evaluation on SQLite and PostgreSQL.

For each engine a fresh database (SQLite: a temporary file; PostgreSQL: the database
`search_eval` on 127.0.0.1, dropped afterwards), copied from a migrated template that is kept
between runs, is migrated and filled with the demo content and
the evaluation corpus by a worker process (`bench.search_eval.worker`); the worker asks every
query of `queries.py` through the search's JSON endpoint as a logged-in employee. This process
prints top-3 hit rate and MRR per kind and in total, and with `--write-docs` writes the tables
into docs/search.md between the markers.
"""

import argparse
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.search_eval.queries import KINDS
from bench.search_eval.scoring import TOP, QueryResult, summarise, table

ROOT = Path(__file__).resolve().parent.parent.parent
DOC = ROOT / "docs" / "search.md"
OUT_DIR = ROOT / "bench" / "out"
START = "<!-- search-eval:start -->"
END = "<!-- search-eval:end -->"
POSTGRES_SERVER = os.environ.get("SEARCH_EVAL_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")
POSTGRES_DATABASE = "search_eval"
ENGINES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def log(message):
    print(f"[search-eval {time.strftime('%H:%M:%S')}] {message}", flush=True)


def run_worker(database_url, workdir, migrate_only=False, query_set="main"):
    output = Path(workdir) / "answers.json"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.search_eval.settings",
        "DATABASE_URL": database_url,
        "SEARCH_EVAL_MEDIA_ROOT": str(Path(workdir) / "media"),
        "PYTHONPATH": str(ROOT),
        "SEARCH_EVAL_SET": query_set,
    }
    env.pop("REDIS_URL", None)
    argument = "--migrate-only" if migrate_only else str(output)
    command = [sys.executable, "-m", "bench.search_eval.worker", argument]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    if migrate_only:
        return None
    data = json.loads(output.read_text(encoding="utf-8"))
    results = [
        QueryResult(
            a["query"], a["kind"], tuple(a["expected"]), tuple(a["urls"]), tuple(a["titles"]), a["suggestion"]
        )
        for a in data["results"]
    ]
    return results, data["timings"]


def schema_key():
    """Changes with every migration and every installed package: names the migrated template."""
    digest = hashlib.sha256()
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    for distribution in sorted(importlib.metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        digest.update(f"{distribution.metadata['Name']}=={distribution.version}".encode())
    return digest.hexdigest()[:12]


# Migrating takes most of a run, so each engine keeps a migrated, empty database as a template
# (bench/out/ for SQLite, a database for PostgreSQL), named by schema_key(). Every run still starts
# from a copy of it, and the worker's migrate confirms nothing is left to do.


def sqlite_database(workdir):
    key = schema_key()
    template = OUT_DIR / f"search_eval-{key}.sqlite3"
    if not template.exists():
        OUT_DIR.mkdir(exist_ok=True)
        for old in OUT_DIR.glob("search_eval-*.sqlite3"):
            old.unlink()
        building = Path(workdir) / "template.sqlite3"
        run_worker(f"sqlite:///{building}", workdir, migrate_only=True)
        shutil.move(building, template)
    database = Path(workdir) / "eval.sqlite3"
    shutil.copyfile(template, database)
    return f"sqlite:///{database}"


def postgres_database():
    """A fresh evaluation database from the migrated template; (url, version) or (None, why not)."""
    import psycopg

    template = f"{POSTGRES_DATABASE}_{schema_key()}"
    try:
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=3, autocommit=True) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            names = [row[0] for row in conn.execute("SELECT datname FROM pg_database")]
            conn.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_DATABASE}" WITH (FORCE)')
            if template not in names:
                for old in names:
                    if old.startswith(f"{POSTGRES_DATABASE}_"):
                        conn.execute(f'DROP DATABASE "{old}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{template}"')
                with tempfile.TemporaryDirectory(prefix="search-eval-") as workdir:
                    run_worker(f"{POSTGRES_SERVER}/{template}", workdir, migrate_only=True)
            conn.execute(f'CREATE DATABASE "{POSTGRES_DATABASE}" TEMPLATE "{template}"')
    except psycopg.OperationalError as error:
        return None, str(error).strip().splitlines()[0]
    return f"{POSTGRES_SERVER}/{POSTGRES_DATABASE}", f"PostgreSQL {version.split()[0]}"


def drop_postgres_database():
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=3, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_DATABASE}" WITH (FORCE)')


def evaluate_engine(engine, query_set="main"):
    """(label, results, timings) for one engine, or (label, None, reason) when it was skipped."""
    with tempfile.TemporaryDirectory(prefix="search-eval-") as workdir:
        if engine == "sqlite":
            import sqlite3

            label = f"SQLite {sqlite3.sqlite_version}"
            results, timings = run_worker(sqlite_database(workdir), workdir, query_set=query_set)
            return label, results, timings
        url, label = postgres_database()
        if url is None:
            return "PostgreSQL", None, f"PostgreSQL is not reachable at {POSTGRES_SERVER} ({label})"
        try:
            results, timings = run_worker(url, workdir, query_set=query_set)
        finally:
            drop_postgres_database()
        return label, results, timings


def misses(results):
    lines = []
    for result in results:
        if result.hit:
            continue
        returned = "; ".join(result.titles[:TOP]) or "(nothing)"
        where = f"rank {result.rank}" if result.rank else "not on page 1"
        suggested = f"; suggestion {result.suggestion!r}" if result.suggestion else ""
        lines.append(
            f"  [{result.kind}] {result.query!r} -> expected {', '.join(result.expected)} ({where}); "
            f"top 3: {returned}{suggested}"
        )
    return lines


def section(measured):
    parts = [START, ""]
    for label, rows, seconds in measured:
        parts += [
            f"**{label}** ({seconds:.0f} s wall time)",
            "",
            table(rows),
            "",
        ]
    parts.append(END)
    return "\n".join(parts)


def write_docs(measured):
    text = DOC.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{DOC} lacks the markers {START} / {END}.")
    before, rest = text.split(START, 1)
    _old, after = rest.split(END, 1)
    DOC.write_text(before + section(measured) + after, encoding="utf-8")
    log(f"Wrote the tables into {DOC.relative_to(ROOT)}.")


def _timed(engine, query_set="main"):
    started = time.monotonic()
    outcome = evaluate_engine(engine, query_set)
    return engine, outcome, time.monotonic() - started


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.search_eval", description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--write-docs", action="store_true", help="Write the tables into docs/search.md.")
    parser.add_argument("--verbose", action="store_true", help="List the misses with the top 3 returned.")
    parser.add_argument(
        "--set",
        choices=["main", "holdout"],
        default="main",
        help="main: queries.py; holdout: holdout.py, queries written after the search was tuned.",
    )
    options = parser.parse_args(argv)
    if options.write_docs and options.set != "main":
        parser.error("--write-docs writes the main set's tables only.")

    engines = ["sqlite", "postgresql"] if options.engine == "both" else [options.engine]
    names = " and ".join(ENGINES[engine] for engine in engines)
    log(f"{names}: fresh databases, demo content and corpus, then the queries ...")
    # The engines run side by side: most of the time goes into migrating and loading the content.
    with ThreadPoolExecutor(max_workers=len(engines)) as pool:
        runs = list(pool.map(lambda engine: _timed(engine, options.set), engines))
    measured = []
    for engine, (label, results, timings), seconds in runs:
        if results is None:
            print(f"SKIPPED: {timings}; the {ENGINES[engine]} evaluation did not take place.")
            continue
        rows = summarise(results, KINDS)
        print(f"\n{label}: {len(results)} queries")
        print(table(rows))
        steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
        print(f"Wall time {seconds:.1f} s ({steps})\n")
        if options.verbose:
            print("Misses (not in the top 3):")
            print("\n".join(misses(results)) or "  none")
            print()
        measured.append((label, rows, seconds))
    if options.write_docs and measured:
        write_docs(measured)
    return 0
