# Two commands do all set-up: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint check-migrations pytest browser-deps test-postgres bench demo clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"

$(STAMP): $(PY) pyproject.toml constraints.txt
	$(PY) scripts/requirements.py > $(VENV)/requirements.txt
	$(PY) -m pip install -q -c constraints.txt -r $(VENV)/requirements.txt 2>&1 | grep -v '^WARNING: Location' || true
	$(PY) -c "import wagtail" && touch $@

$(TEST_STAMP): $(STAMP)
	$(PY) scripts/requirements.py test > $(VENV)/requirements-test.txt
	$(PY) -m pip install -q -c constraints.txt -r $(VENV)/requirements-test.txt 2>&1 | grep -v '^WARNING: Location' || true
	$(PY) -c "import pytest, playwright" && touch $@

demo: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_dev_admin

run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check-migrations: $(STAMP)
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

browser-deps:
	@bash scripts/install-chromium.sh

pytest: $(TEST_STAMP) browser-deps
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint check-migrations pytest

# The same suite on a throwaway PostgreSQL server on 127.0.0.1 (installed and started by the script).
test-postgres: $(TEST_STAMP)
	bash scripts/with-postgres.sh $(PY) -m pytest $(PYTEST_ARGS)

bench: $(TEST_STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) db.sqlite3 .test-media collected-static test-results
