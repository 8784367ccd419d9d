# The project's commands: `make run` and `make test` on a fresh machine, `make bench`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
CHROMIUM := /usr/bin/chromium
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install lock setup run test lint bench messages chromium clean

help:
	@echo "make run    - set up everything, load the demo content, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   - set up everything, then run the whole test suite"
	@echo "make bench  - run the benchmarks"
	@echo "make lint   - ruff"
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

run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: setup
	$(PY) manage.py create_dev_admin
	@echo
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/   (development login: admin / admin)"
	@echo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# Debian's Chromium for the browser tests (never a browser download of Playwright's own).
chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# pytest-xdist workers, each with its own test database; PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 2

test: install messages chromium
	$(PY) manage.py makemigrations --check --dry-run -v0
	$(PY) -m pytest -n $(PYTEST_WORKERS)

lint: install
	$(VENV)/bin/ruff check .

# `make bench BENCH=pages` runs one benchmark; default: all of them.
bench: setup
	$(PY) -m bench $(BENCH)

clean:
	rm -rf $(VENV) .local static
