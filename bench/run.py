"""`make bench`: load-test the intranet with a real server and a real load generator.

For each database engine (SQLite, then PostgreSQL when it is reachable) this

1. creates a fresh bench database and migrates it (`bench.settings`, production behaviour);
2. generates synthetic Dutch knowledge base articles (`bench.generate`), first 1,000, then tops
   them up to 10,000;
3. serves the site with gunicorn (2 sync workers, DEBUG off, WhiteNoise for static files) on
   127.0.0.1 and loads it with wrk on the loopback interface: the one-line view `/bench/ping/`,
   article pages and searches with Dutch queries, each after a warm-up;
4. writes the figures, the targets and the machine into docs/benchmarks.md (below the marker;
   text above it is kept).

Run `python -m bench.run --help` for the options; `--quick` is a one-minute smoke run, `--large`
measures the knowledge base at 10,000 and then 100,000 articles on PostgreSQL (30,000 on SQLite)
and writes its own section of docs/benchmarks.md.
Nothing here talks to anything but 127.0.0.1.
"""

import argparse
import datetime
import http.client
import importlib.metadata
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
OUT_DIR = BENCH_DIR / "out"
LUA_SCRIPT = BENCH_DIR / "lua" / "rotate.lua"
DOC = ROOT / "docs" / "benchmarks.md"
MARKER = "<!-- bench:results (everything below this line is rewritten by `make bench`) -->"
# The large run (`--large`) keeps its results between these markers, above MARKER.
LARGE_START = "<!-- bench:large:start (rewritten by `python -m bench.run --large`) -->"
LARGE_END = "<!-- bench:large:end -->"
# Sizes of the large run per engine: SQLite is the embedded default for small sites, and
# generating and indexing 100,000 articles on it takes long; see docs/search.md.
LARGE_SIZES = {"sqlite": [10_000, 30_000], "postgresql": [10_000, 100_000]}

POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")
# Sessions in Redis as in production (REDIS_URL, see intranet/settings/base.py), when it runs here.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
GUNICORN_WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 4
WRK_TIMEOUT = 10  # seconds; a slower answer counts as a timeout
GUNICORN_TIMEOUT = 30  # seconds; gunicorn restarts a worker that takes longer
ARTICLE_SAMPLE = 50

# Targets from the issues.
SEARCH_P95_TARGET_MS = 100
ARTICLE_RATIO_TARGET = 0.15
# Above 10,000 articles only PostgreSQL has targets (SQLite: docs/search.md says up to what size
# it keeps SEARCH_P95_TARGET_MS).
LARGE_FROM = 10_001
LARGE_SEARCH_P95_TARGET_MS = 150
LARGE_ARTICLE_P95_TARGET_MS = 20


def search_target_ms(engine, size):
    if engine == "postgresql" and size >= LARGE_FROM:
        return LARGE_SEARCH_P95_TARGET_MS
    return SEARCH_P95_TARGET_MS


# What employees type: single words, other word forms, two-word queries, and typos.
SEARCH_QUERIES = [
    "ontwikkelgesprek",
    "trainingen",
    "training",
    "medewerker",
    "medewerkers",
    "procesverbetering",
    "teamontwikkeling",
    "leercafé",
    "verspillingen",
    "opleidingsbudget",
    "nieuwsbrief",
    "lean verspillingen",
    "ontwikkelgesprek voorbereiden",
    "belbin teamrollen",
    "workshop mindfulness",
    "training aanvragen",
    "procesverbeteing",
    "mindfulnes",
]


@dataclass
class Scenario:
    key: str
    label: str
    paths: list
    cookie: bool
    threads: int = WRK_THREADS
    connections: int = WRK_CONNECTIONS


@dataclass
class EngineResult:
    name: str
    version: str = ""
    skipped: str = ""
    failed: str = ""
    sizes: dict = field(default_factory=dict)  # articles -> {scenario key -> wrk result}
    timings: dict = field(default_factory=dict)  # articles -> seconds to generate


def log(message):
    print(f"[bench {datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def venv_bin(name):
    return str(Path(sys.executable).parent / name)


def django_env(database_url, extra=None):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": database_url,
            "PYTHONPATH": str(ROOT),
            "PYTHONDONTWRITEBYTECODE": "1",
            **(extra or {}),
        }
    )
    env.pop("REDIS_URL", None)
    if redis_reachable():
        env["REDIS_URL"] = REDIS_URL
    return env


def redis_reachable(url=REDIS_URL):
    """Whether a Redis server answers at ``url`` (used by the bench and by the session tests)."""
    address = urllib.parse.urlsplit(url)
    try:
        with socket.create_connection((address.hostname, address.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def run_django(args, database_url):
    subprocess.run([sys.executable, *args], cwd=ROOT, env=django_env(database_url), check=True)


# --- databases -----------------------------------------------------------------------------


def prepare_sqlite(name, reuse=False):
    path = OUT_DIR / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm", "-journal"):
        if not reuse:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    import sqlite3

    return f"sqlite:///{path}", f"SQLite {sqlite3.sqlite_version}"


def prepare_postgres(name, reuse=False):
    """Drop and create the bench database; None when PostgreSQL cannot be reached.

    ``reuse``: keep the database when it exists (the generator then only tops it up).
    """
    import psycopg

    try:
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=3, autocommit=True) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if reuse and exists:
                return f"{POSTGRES_SERVER}/{name}", f"PostgreSQL {version}"
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
            # As recommended for production on SSD storage (docs/deployment.md).
            conn.execute(f'ALTER DATABASE "{name}" SET random_page_cost = 1.1')
    except psycopg.OperationalError as error:
        return None, str(error).strip().splitlines()[0]
    return f"{POSTGRES_SERVER}/{name}", f"PostgreSQL {version}"


# --- server and load generator -------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn serving bench.settings on 127.0.0.1, stopped by its own process id."""

    def __init__(self, database_url, log_path, extra_env=None):
        self.port = free_port()
        self.log_path = log_path
        self.process = subprocess.Popen(
            [
                venv_bin("gunicorn"),
                "intranet.wsgi:application",
                "--config",
                str(ROOT / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(GUNICORN_WORKERS),
                "--timeout",
                str(GUNICORN_TIMEOUT),
                "--log-level",
                "warning",
                "--error-logfile",
                str(log_path),
            ],
            cwd=ROOT,
            env=django_env(database_url, extra_env),
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start; see {log_path}")
            try:
                if self.get("/bench/ping/")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer within 30 s; see {log_path}")

    def get(self, path, cookie=None, timeout=30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
            response = conn.getresponse()
            return response.status, response.getheader("Location"), response.read()
        finally:
            conn.close()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def run_wrk(server, scenario, cookie, duration, paths_file):
    paths_file.write_text("\n".join(scenario.paths) + "\n", encoding="utf-8")
    command = [
        "wrk",
        f"-t{scenario.threads}",
        f"-c{scenario.connections}",
        f"-d{duration}s",
        "--timeout",
        f"{WRK_TIMEOUT}s",
        "--latency",
        "-s",
        str(LUA_SCRIPT),
        server.url,
        "--",
        str(paths_file),
        cookie if scenario.cookie else "",
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    for line in output.splitlines():
        if line.startswith("BENCH_RESULT "):
            result = json.loads(line.removeprefix("BENCH_RESULT "))
            result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
            result["errors"] = (
                sum(result[key] for key in result if key.endswith("_errors")) + result["timeouts"]
            )
            return result
    raise RuntimeError(f"wrk printed no result:\n{output}")


def check_pages(server, cookie, article_paths):
    """Fail early when the bench would measure redirects or errors instead of pages."""
    status, _location, body = server.get("/bench/ping/")
    if status != 200 or body != b"ok":
        raise RuntimeError(f"/bench/ping/ answered {status}")
    status, location, _body = server.get(article_paths[0])
    if status != 302 or "/account/" not in (location or ""):
        raise RuntimeError(f"an anonymous article request was not sent to the login page ({status})")
    for path in article_paths:
        status, location, _body = server.get(path, cookie)
        if status != 200:
            raise RuntimeError(f"{path} answered {status} {location or ''} for the logged-in employee")


def check_searches(server, cookie, search_paths):
    """Every query must answer 200 within the load generator's timeout, and some must find articles.

    Returns the number of queries that found articles, the slowest query with its time, and the
    reason not to load the search (empty when it can be loaded).
    """
    found, slowest = 0, ("", 0.0)
    for path in search_paths:
        query = urllib.parse.unquote_plus(path.split("q=", 1)[1])
        started = time.monotonic()
        try:
            status, location, body = server.get(path, cookie, timeout=WRK_TIMEOUT)
        except TimeoutError:
            return found, (query, float(WRK_TIMEOUT)), f"`{query}` took longer than {WRK_TIMEOUT} s"
        elapsed = time.monotonic() - started
        if status != 200:
            raise RuntimeError(f"{path} answered {status} {location or ''} for the logged-in employee")
        slowest = max(slowest, (query, elapsed), key=lambda item: item[1])
        if elapsed > WRK_TIMEOUT / 2:
            return found, slowest, f"`{query}` took {elapsed:.1f} s"
        found += b"/kennisbank/" in body
    if not found:
        raise RuntimeError("no search query found a single article")
    return found, slowest, ""


def load(server, scenario, cookie, options, label):
    paths_file = OUT_DIR / f"paths-{scenario.key}.txt"
    run_wrk(server, scenario, cookie, options.warmup, paths_file)
    result = run_wrk(server, scenario, cookie, options.duration, paths_file)
    log(
        f"{label}, {scenario.label}: {result['rps']:.0f} req/s, p50 {result['p50_us'] / 1000:.1f} ms, "
        f"p95 {result['p95_us'] / 1000:.1f} ms, {result['errors']} errors"
    )
    return result


def measure(engine, articles, database_url, options):
    label = f"{engine}, {articles} articles"
    info_file = OUT_DIR / f"{engine}-{articles}.json"
    started = time.monotonic()
    generate = ["-m", "bench.generate", "--articles", str(articles), "--sample", str(ARTICLE_SAMPLE)]
    run_django([*generate, "--json", str(info_file)], database_url)
    generated = time.monotonic() - started
    info = json.loads(info_file.read_text(encoding="utf-8"))
    if info.get("articles", articles) != articles:  # a reused database that holds more
        raise RuntimeError(f"the database holds {info['articles']:,} articles, not {articles:,}")
    cookie, article_paths = info["cookie"], info["article_paths"]
    search_paths = [f"/zoeken/?q={urllib.parse.quote_plus(query)}" for query in SEARCH_QUERIES]
    page_scenarios = [
        Scenario("ping", "one-line view", ["/bench/ping/"], cookie=False),
        Scenario("article", "article page", article_paths, cookie=True),
    ]
    search_scenarios = [
        Scenario("search", "search", search_paths, cookie=True),
        Scenario(
            "search_single", "search, one connection", search_paths, cookie=True, threads=1, connections=1
        ),
    ]

    results = {}
    server = Server(database_url, OUT_DIR / f"gunicorn-{engine}-{articles}.log")
    try:
        check_pages(server, cookie, article_paths)
        for scenario in page_scenarios:
            results[scenario.key] = load(server, scenario, cookie, options, label)
        # Searches last: a search that is too slow keeps a worker busy long after wrk gives up.
        found, slowest, problem = check_searches(server, cookie, search_paths)
        results["search_check"] = {"found": found, "slowest_query": slowest[0], "slowest_s": slowest[1]}
        if problem:
            log(f"{label}: search not loaded, {problem}")
            for scenario in search_scenarios:
                results[scenario.key] = {"failed": problem}
        else:
            log(f"{label}: {found}/{len(search_paths)} queries find articles")
            for scenario in search_scenarios:
                results[scenario.key] = load(server, scenario, cookie, options, label)
    finally:
        server.stop()
    return results, generated


def bench_engine(engine, options):
    db_name = "bench_intranet_quick" if options.quick else "bench_intranet"
    if options.large:
        db_name = "bench_intranet_large"
    prepare = prepare_sqlite if engine == "sqlite" else prepare_postgres
    database_url, version = prepare(db_name, reuse=options.reuse)
    if database_url is None:
        message = f"PostgreSQL is not reachable at {POSTGRES_SERVER} ({version}); skipped."
        log(message)
        return EngineResult(engine, skipped=message)
    result = EngineResult(engine, version=version)
    log(f"{engine}: migrating {'the' if options.reuse else 'a fresh'} database ({version})")
    try:
        run_django(["manage.py", "migrate", "--no-input", "-v0"], database_url)
        sizes = options.sizes.get(engine, []) if isinstance(options.sizes, dict) else options.sizes
        for articles in sizes:
            results, generated = measure(engine, articles, database_url, options)
            result.sizes[articles] = results
            result.timings[articles] = generated
    except (RuntimeError, subprocess.CalledProcessError) as error:
        # Keep what was measured and go on with the next engine; the report says what broke.
        result.failed = f"The run stopped: {error}"
        log(f"{engine}: {result.failed}")
    return result


# --- report --------------------------------------------------------------------------------


def command_output(command):
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return (completed.stdout or completed.stderr).strip().splitlines()[0]


def machine():
    memory = ""
    with open("/proc/meminfo", encoding="utf-8") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = ", ".join(
        f"{package} {importlib.metadata.version(package)}" for package in ("Django", "wagtail", "gunicorn")
    )
    return {
        "CPU": f"{os.cpu_count()} cores (`nproc`), {cpu}",
        "Memory": memory,
        "Load average at start": " ".join(f"{value:.2f}" for value in os.getloadavg()),
        "Software": f"Python {platform.python_version()}, {versions}",
        "Load generator": f"{command_output(['wrk', '-v'])}",
        "Commit": command_output(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]),
    }


def ms(value):
    return f"{value / 1000:.1f} ms"


def verdict(ok):
    return "met" if ok else "**not met**"


def engine_table(result):
    sizes = sorted(result.sizes)
    largest = sizes[-1]
    lines = [
        "| Measurement | " + " | ".join(f"{size:,} articles" for size in sizes) + " | Target |",
        "|" + " --- |" * (len(sizes) + 2),
    ]
    notes = []

    def cells(key, show):
        values = []
        for size in sizes:
            measured = result.sizes[size][key]
            if "failed" in measured:
                values.append("not loaded¹")
                note = f"¹ {size:,} articles: search not loaded, {measured['failed']}."
                if note not in notes:
                    notes.append(note)
            else:
                values.append(show(measured))
        return " | ".join(values)

    def row(label, key, show, target=""):
        lines.append(f"| {label} | {cells(key, show)} | {target} |")

    def search_ok(size):
        measured = result.sizes[size]["search"]
        return "failed" not in measured and measured["p95_us"] <= search_target_ms(result.name, size) * 1000

    # The default run is judged at its largest size; a large run at each size that has a target.
    judged = [size for size in sizes if size >= 10_000 and (size < LARGE_FROM or result.name == "postgresql")]
    judged = judged or [largest]
    search_target = "; ".join(
        f"≤ {search_target_ms(result.name, size)} ms at {size:,}: {verdict(search_ok(size))}"
        for size in judged
    )
    large_pg = [size for size in sizes if size >= LARGE_FROM and result.name == "postgresql"]
    article_target = "; ".join(
        f"≤ {LARGE_ARTICLE_P95_TARGET_MS} ms at {size:,}: "
        + verdict(result.sizes[size]["article"]["p95_us"] <= LARGE_ARTICLE_P95_TARGET_MS * 1000)
        for size in large_pg
    )
    ratios = {
        size: result.sizes[size]["article"]["rps"] / result.sizes[size]["ping"]["rps"] for size in sizes
    }
    ratio_ok = all(ratio >= ARTICLE_RATIO_TARGET for ratio in ratios.values())

    row("Search p50 (4 connections)", "search", lambda r: ms(r["p50_us"]))
    row(
        "Search p95 (4 connections)",
        "search",
        lambda r: ms(r["p95_us"]),
        search_target,
    )
    row("Search requests/s", "search", lambda r: f"{r['rps']:.0f}")
    row(
        "Search p50 / p95 (1 connection)",
        "search_single",
        lambda r: f"{ms(r['p50_us'])} / {ms(r['p95_us'])}",
    )
    lines.append(
        "| Slowest query, alone, in the check before the load | "
        + " | ".join(
            "{time} (`{query}`)".format(
                time=(
                    f"≥ {WRK_TIMEOUT} s"
                    if result.sizes[size]["search_check"]["slowest_s"] >= WRK_TIMEOUT
                    else ms(result.sizes[size]["search_check"]["slowest_s"] * 1e6)
                ),
                query=result.sizes[size]["search_check"]["slowest_query"],
            )
            for size in sizes
        )
        + " | |"
    )
    row("Article page requests/s", "article", lambda r: f"{r['rps']:.0f}")
    row("Article page p95 (4 connections)", "article", lambda r: ms(r["p95_us"]), article_target)
    row("One-line view requests/s", "ping", lambda r: f"{r['rps']:.0f}")
    lines.append(
        "| Article page / one-line view | "
        + " | ".join(f"{ratios[size]:.1%}" for size in sizes)
        + f" | ≥ {ARTICLE_RATIO_TARGET:.0%}: {verdict(ratio_ok)} |"
    )
    errors = {size: sum(r.get("errors", 0) for r in result.sizes[size].values()) for size in sizes}
    lines.append(
        "| Errors, timeouts and non-2xx/3xx answers | "
        + " | ".join(str(errors[size]) for size in sizes)
        + " | 0 |"
    )
    lines.append(
        "| Time to generate and index the articles (top-up) | "
        + " | ".join(f"{result.timings[size]:.0f} s" for size in sizes)
        + " | |"
    )
    return "\n".join(lines + ([""] + notes if notes else []))


def render(results, options, started):
    wrk = (
        f"`wrk -t{WRK_THREADS} -c{WRK_CONNECTIONS} -d{options.duration}s --latency --timeout {WRK_TIMEOUT}s`"
    )
    if options.large:
        lines = [LARGE_START, "", f"## Large knowledge base: results of {started:%Y-%m-%d %H:%M} UTC", ""]
    else:
        lines = [
            MARKER,
            "",
            f"## Results of {started:%Y-%m-%d %H:%M} UTC"
            + (" (quick run, indicative only)" if options.quick else ""),
            "",
        ]
    for key, value in machine().items():
        lines.append(f"- {key}: {value}")
    lines += [
        f"- Server: gunicorn, {GUNICORN_WORKERS} sync workers (worker timeout {GUNICORN_TIMEOUT} s), "
        "`bench.settings` (production settings, "
        "DEBUG off, persistent database connections, WhiteNoise), on 127.0.0.1",
        (
            f"- Sessions: in the database and in Redis (`REDIS_URL={REDIS_URL}`, Django's `cached_db`)"
            if redis_reachable()
            else f"- Sessions: in the database only (Redis was not reachable at {REDIS_URL})"
        ),
        f"- Load: {wrk} with bench/lua/rotate.lua, after a {options.warmup} s warm-up of the same requests; "
        "the single-connection search row uses `-t1 -c1`; every search does the whole work (no answer "
        "is cached)",
        f"- Article pages: rotating over {ARTICLE_SAMPLE} articles spread over the set; searches: "
        f"rotating over {len(SEARCH_QUERIES)} Dutch queries ({', '.join(SEARCH_QUERIES)})",
        "",
    ]
    for result in results:
        title = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[result.name]
        lines.append(f"### {title}" + (f" ({result.version})" if result.version else ""))
        lines.append("")
        if result.sizes:
            lines += [engine_table(result), ""]
        for message in (result.skipped, result.failed):
            if message:
                lines += [f"**{message}**", ""]
    if options.large:
        lines.append(LARGE_END)
    return "\n".join(lines)


def write_large_section(path, generated):
    """Put the large run's section between its markers, above the default run's results."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if LARGE_START in text and LARGE_END in text:
        before, rest = text.split(LARGE_START, 1)
        text = before + generated.rstrip("\n") + rest.split(LARGE_END, 1)[1]
    elif MARKER in text:
        before, after = text.split(MARKER, 1)
        text = before.rstrip("\n") + "\n\n" + generated.rstrip("\n") + "\n\n" + MARKER + after
    else:
        text = text.rstrip("\n") + "\n\n" + generated.rstrip("\n") + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_doc(path, generated):
    intro = ""
    if path.exists():
        intro = path.read_text(encoding="utf-8").split(MARKER, 1)[0]
    if not intro.strip():
        intro = "# Benchmarks\n\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(intro.rstrip("\n") + "\n\n" + generated.rstrip("\n") + "\n", encoding="utf-8")


def parse_sizes(text):
    """``1000,10000`` for every engine, or ``postgresql:100000,sqlite:30000`` per engine."""
    if ":" not in text:
        return [int(size) for size in text.split(",")]
    sizes = {}
    for item in text.split(","):
        engine, size = item.split(":", 1)
        sizes.setdefault(engine.strip(), []).append(int(size))
    return sizes


def main(argv=None):
    parser = argparse.ArgumentParser(description="Load-test the intranet and write docs/benchmarks.md.")
    parser.add_argument("--quick", action="store_true", help="200 articles, 3 s runs; writes bench/out/")
    parser.add_argument("--engines", default="sqlite,postgresql", help="comma-separated: sqlite,postgresql")
    parser.add_argument(
        "--large",
        action="store_true",
        help="10,000 then 100,000 articles on PostgreSQL, 10,000 then 30,000 on SQLite; "
        "writes its own section of docs/benchmarks.md",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the bench database of an earlier run and only top it up (the generation time "
        "in the report is then the top-up's)",
    )
    parser.add_argument(
        "--sizes",
        help="comma-separated article counts (default 1000,10000), or per engine: "
        "postgresql:10000,postgresql:100000,sqlite:30000",
    )
    parser.add_argument("--duration", type=int, help="seconds per measurement (default 10)")
    parser.add_argument("--warmup", type=int, help="seconds of warm-up per measurement (default 10)")
    parser.add_argument("--output", type=Path, help="Markdown file to write (default docs/benchmarks.md)")
    options = parser.parse_args(argv)
    if options.quick and options.large:
        parser.error("--quick and --large exclude each other")
    if options.sizes:
        options.sizes = parse_sizes(options.sizes)
    elif options.large:
        options.sizes = LARGE_SIZES
    else:
        options.sizes = [200] if options.quick else [1000, 10000]
    options.duration = options.duration or (3 if options.quick else 10)
    # Long enough for each worker to render and cache every sampled article once (its first
    # render at 10,000 articles includes the related-articles query) before the measurement.
    options.warmup = options.warmup or (1 if options.quick else 10)
    options.output = options.output or (OUT_DIR / "benchmarks-quick.md" if options.quick else DOC)
    engines = [engine.strip() for engine in options.engines.split(",") if engine.strip()]
    unknown = set(engines) - {"sqlite", "postgresql"}
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(sorted(unknown))}")

    if not shutil.which("wrk"):
        sys.exit("The load generator wrk is missing: install it with `sudo apt-get install wrk`.")
    if not Path(venv_bin("gunicorn")).exists():
        sys.exit("gunicorn is missing from the virtualenv: run `make install`.")

    started = datetime.datetime.now(datetime.UTC)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    log("collecting static files for WhiteNoise")
    run_django(["manage.py", "collectstatic", "--no-input", "-v0"], "sqlite:///unused.sqlite3")
    results = [bench_engine(engine, options) for engine in engines]
    finish(options.output, render(results, options, started), started, large=options.large)


def finish(output, generated, started, large=False):
    """Write the results to `output` (any path, inside the repository or not) and say where."""
    output = Path(output).resolve()
    (write_large_section if large else write_doc)(output, generated)
    elapsed = datetime.datetime.now(datetime.UTC) - started
    log(f"wrote {output} in {elapsed.seconds} s")
    return output


if __name__ == "__main__":
    main()
