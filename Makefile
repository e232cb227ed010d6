# Two commands do all set-up: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# -rfEs lists failures, errors and skipped tests (with the reason) in the closing summary.
PYTEST_ARGS ?= -q -rfEs
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint imports check-migrations pytest browser-deps test-postgres bench \
	bench-import bench-policy bench-import-resolutions bench-search demo clean slow-clients stack test-stack load

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"

# pip's output goes to a log so that a failed install stops make (a pipe would hide its status).
PIP_INSTALL = $(PY) -m pip install -q -c constraints.txt

$(STAMP): $(PY) pyproject.toml constraints.txt
	$(PY) scripts/requirements.py > $(VENV)/requirements.txt
	$(PIP_INSTALL) -r $(VENV)/requirements.txt > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	$(PY) -m pip check
	touch $@

$(TEST_STAMP): $(STAMP)
	$(PY) scripts/requirements.py test > $(VENV)/requirements-test.txt
	$(PIP_INSTALL) -r $(VENV)/requirements-test.txt > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	$(PY) -m pip check
	touch $@

# The development settings always (a shell's own DJANGO_SETTINGS_MODULE is not for make run),
# told which port the site is served on.
DEV_ENV = DJANGO_SETTINGS_MODULE=config.settings.dev DEV_PORT=$(PORT)

demo: $(STAMP)
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_demo_content
	$(DEV_ENV) $(PY) manage.py ensure_dev_admin --port $(PORT)

# runserver and the scheduler that lifts embargoes (publish_scheduled every 30 s), stopped together.
run: demo
	$(DEV_ENV) PY=$(PY) PORT=$(PORT) bash scripts/run-dev.sh

lint: $(TEST_STAMP) imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Fails on any import cycle between the project's modules or any import of a wagtail_hooks module.
imports: $(PY)
	$(PY) scripts/import_graph.py

check-migrations: $(STAMP)
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

browser-deps:
	@bash scripts/install-chromium.sh
	@bash scripts/install-vnu.sh
	@bash scripts/install-lighthouse.sh

# The test settings always, whatever DJANGO_SETTINGS_MODULE the shell exports.
pytest: $(TEST_STAMP) browser-deps
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) -m pytest $(PYTEST_ARGS)

test: lint check-migrations pytest

# The same suite on a throwaway PostgreSQL server on 127.0.0.1 (installed and started by the script).
test-postgres: $(TEST_STAMP) browser-deps
	DJANGO_SETTINGS_MODULE=config.settings.test bash scripts/with-postgres.sh $(PY) -m pytest $(PYTEST_ARGS)

# Production settings under gunicorn, bare and behind nginx, against 30 half-sent requests.
slow-clients: $(STAMP)
	bash scripts/slow-clients.sh

# The serving stack on 127.0.0.1 (PostgreSQL, Redis, two gunicorns, Varnish): see scripts/stack.sh.
stack: $(STAMP)
	bash scripts/stack.sh

# One stack for both: the load run first (the failover test stops an app server).
test-stack: $(TEST_STAMP)
	bash scripts/stack.sh sh -c '$(PY) scripts/load.py && $(PY) -m pytest $(PYTEST_ARGS) tests/scale'

load: $(TEST_STAMP)
	bash scripts/stack.sh $(PY) scripts/load.py

# 1,000 / 10,000 / 50,000 press items: queries, CPU ms and growth ratio per page.
# `make bench DB=postgres` runs it on a throwaway PostgreSQL server.
bench: $(TEST_STAMP)
	$(if $(filter postgres,$(DB)),bash scripts/with-postgres.sh) $(PY) scripts/bench.py --growth

# The WordPress import of 5,000 generated posts, on SQLite and then on a throwaway PostgreSQL.
bench-import: $(TEST_STAMP)
	$(PY) scripts/bench_import.py
	bash scripts/with-postgres.sh $(PY) scripts/bench_import.py

# Site search at 1,000 / 10,000 / 50,000 press items on a throwaway PostgreSQL, with growth ratios.
bench-search: $(TEST_STAMP)
	bash scripts/with-postgres.sh $(PY) scripts/bench_search.py

bench-policy: $(TEST_STAMP)
	$(PY) scripts/bench_policy.py

bench-import-resolutions: $(TEST_STAMP)
	$(PY) scripts/bench_policy.py --import-only

clean:
	rm -rf $(VENV) db.sqlite3 bench-import.sqlite3 .test-media collected-static test-results
