# The two commands a new colleague needs: `make run` and `make test` (see README.md).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev migrate demo serve lint format check pytest bench bench-large search-eval css messages clean

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.12, for example).")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo_content

serve: install
	$(MANAGE) runserver $(HOST):$(PORT)

## Install, migrate, load the demo content and serve on http://127.0.0.1:8000
run: demo serve

## The whole suite: lint, Django checks, migrations up to date, pytest
test: install-dev lint check pytest

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install-dev
	DJANGO_SETTINGS_MODULE=intranet.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=intranet.settings.test $(MANAGE) makemigrations --check --dry-run --no-input

pytest: install-dev
	$(VENV)/bin/pytest $(PYTEST_ARGS)

## Load test with a real server and load generator, then Academy registrations per second on
## PostgreSQL, then the onboarding overview; each writes its section of docs/benchmarks.md
bench: install-dev
	$(PY) -m bench.run
	$(PY) -m bench.academy
	$(PY) -m bench.onboarding
	$(PY) -m bench.home

## Search evaluation: top-3 hit rate and MRR of Dutch queries per kind, on SQLite and PostgreSQL
## (docs/search.md; `$(PY) -m bench.search_eval --verbose` lists the misses)
search-eval: install-dev
	$(PY) -m bench.search_eval

## Search and article pages at 10,000 and 100,000 articles on PostgreSQL (30,000 on SQLite);
## writes its own section of docs/benchmarks.md. Generating 100,000 articles takes about an hour on
## 2 shared cores; BENCH_ARGS=--reuse measures the database of an earlier large run again.
bench-large: install-dev
	$(PY) -m bench.run --large $(BENCH_ARGS)

## Rebuild the vendored NL Design System CSS from the pinned npm packages (needs Node)
css:
	cd frontend && npm ci --no-audit --no-fund && npm run build

## Extract and compile the Dutch and English message catalogues (needs GNU gettext)
messages: install-dev
	$(MANAGE) makemessages --no-location --no-obsolete --locale nl --locale en --ignore '.venv/*' --ignore 'node_modules/*' --ignore 'tests/*' --ignore 'bench/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) .test-media staticfiles
