# The project's commands: `make run` and `make test` on a fresh machine, `make bench`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
CHROMIUM := /usr/bin/chromium
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install lock setup run serve test lint bench messages chromium clean

help:
	@echo "make run    - set up everything, load the demo content, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   - set up everything, then run the whole test suite"
	@echo "make bench  - run the benchmarks"
	@echo "make lint   - ruff check, ruff format --check, the import layers (lint-imports)"
	@echo "make lock   - regenerate requirements.lock and requirements-dev.lock after a pyproject change"

# Development and tests install requirements-dev.lock (production's requirements.lock
# plus the embedded PostgreSQL, pytest, Playwright, ...). The virtualenv is
# updated whenever a lock file changes.
$(VENV)/.installed: requirements-dev.lock requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

install: $(VENV)/.installed

# After a change to the dependencies in pyproject.toml: both lock files, the
# development one constrained to production's versions so both install the same.
lock:
	@test -x $(VENV)/bin/uv || $(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes \
		-o requirements.lock
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes \
		-c requirements.lock -o requirements-dev.lock

# Compiled catalogues are build output (.gitignore); msgfmt comes with gettext.
messages: install
	@command -v msgfmt >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext; }
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.local -v0

setup: install messages
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py setup_site --name "Landkreis Lindenau" -v0
	$(PY) manage.py load_demo_content
	$(PY) manage.py update_index --backend site -v0

# No shell between make and the server: stopping make (Ctrl-C, SIGTERM) stops the
# server, and the embedded PostgreSQL with it (site/database.py).
RUNSERVER = $(PY) manage.py runserver 127.0.0.1:$(PORT)

run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: setup
	$(PY) manage.py create_dev_admin
	@echo
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/   (development login: admin / admin)"
	@echo
	$(RUNSERVER)

# The development server alone, on what `make setup` left.
serve:
	$(RUNSERVER)

# Debian's Chromium for the browser tests (never a browser download of Playwright's own).
chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# pytest-xdist workers, each with its own test database; PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 2
# Empty: the whole suite. CI's second run names the tests a server or Redis can change.
PYTEST_ARGS ?=

# What a reviewer checks comes first: lint and format, the import layers, Django's
# system checks and missing migrations.
test: install messages chromium
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run -v0
	$(PY) -m pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# `make bench BENCH=pages` runs one benchmark; default: all of them.
bench: setup
	$(PY) -m bench $(BENCH)

clean:
	rm -rf $(VENV) .local static
