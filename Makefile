# Kechuang — two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test bench lint typecheck checks pytest install install-test assets browser system audit clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q pip==26.3

$(VENV)/.base: requirements/base.txt requirements/constraints.txt requirements/experts.txt requirements/extraction.txt requirements/documents.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/base.txt -c requirements/constraints.txt
	touch $@

$(VENV)/.test: requirements/test.txt requirements/constraints.txt requirements/base.txt requirements/experts.txt requirements/extraction.txt requirements/documents.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/test.txt -c requirements/constraints.txt
	touch $@ $(VENV)/.base

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

kechuang/static/vendor/.built: node_modules/.installed scripts/build_assets.py
	$(BIN)/python scripts/build_assets.py
	touch $@

install: $(VENV)/.base assets system
install-test: $(VENV)/.test assets browser system
assets: kechuang/static/vendor/.built

# Debian's pango and CJK fonts for generated PDFs and chart images.
system:
	@bash scripts/ensure_system.sh

# Debian's chromium for the browser tests; installed when missing and we may install it.
browser:
	@bash scripts/ensure_chromium.sh

run: install
	$(BIN)/python manage.py migrate --noinput -v 0
	$(BIN)/python manage.py demo --scale small --if-empty
	$(BIN)/python manage.py collectstatic --noinput -v 0
	@bash scripts/serve.sh "$(HOST)" "$(PORT)"

checks: $(VENV)/.test
	DJANGO_SETTINGS_MODULE=kechuang.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=kechuang.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy .

pytest: install-test
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

test: install-test checks pytest

bench: install-test
	$(BIN)/python -m bench $(BENCH_ARGS)

audit: $(VENV)/.test
	@bash scripts/audit_dependencies.sh

clean:
	rm -rf var/kechuang.sqlite3* var/queue.sqlite3* var/static
