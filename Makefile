# Resonance: `make run` serves the demo dashboard; `make check` lints, checks the format and the types;
# `make test` runs the check, then the whole suite.
# Each target does all of its own set-up on a fresh machine.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501
RESONANCE_HOME ?= $(HOME)/.resonance
DEMO := $(RESONANCE_HOME)/demo.duckdb
CHROMIUM_PATH ?= /usr/bin/chromium
CI_ARTIFACTS ?= $(CURDIR)/artifacts
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

export RESONANCE_HOME CHROMIUM_PATH CI_ARTIFACTS
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false

.PHONY: run check test demo browser office clean

run: demo
	$(VENV)/bin/resonance serve --workspace $(DEMO) --port $(PORT)

# Built when missing or when sample_data/ changed since it was built.
demo: $(VENV)/.installed
	$(VENV)/bin/resonance demo --workspace $(DEMO)

# The fast part: lint, format and types (configured in pyproject.toml).
check: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: check browser office
	$(PY) -m pytest

# The virtual environment, rebuilt when the pinned requirements change.
$(VENV)/.installed: requirements.lock pyproject.toml
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv; }
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.lock
	$(PY) -m pip install -q -r requirements-test.lock
	@touch $@

# Debian's chromium when it is missing and apt is available, else Playwright's own browser.
browser: $(VENV)/.installed-test
	@if [ -x "$(CHROMIUM_PATH)" ]; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  mkdir -p $(CI_ARTIFACTS); echo "installing chromium (log: $(CI_ARTIFACTS)/apt.log)"; \
	  { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      -o Dpkg::Use-Pty=0 --no-install-recommends chromium; } > $(CI_ARTIFACTS)/apt.log 2>&1 \
	  || { tail -n 40 $(CI_ARTIFACTS)/apt.log; exit 1; }; \
	else $(PY) -m playwright install chromium; fi

# LibreOffice (headless) and poppler: the reports' tests open the PPTX as PowerPoint would and render its pages.
office:
	@if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then :; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  mkdir -p $(CI_ARTIFACTS); echo "installing LibreOffice (log: $(CI_ARTIFACTS)/apt-office.log)"; \
	  { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      -o Dpkg::Use-Pty=0 --no-install-recommends libreoffice-impress-nogui poppler-utils; } \
	      > $(CI_ARTIFACTS)/apt-office.log 2>&1 || { tail -n 40 $(CI_ARTIFACTS)/apt-office.log; exit 1; }; \
	else echo "LibreOffice is needed for the reports' tests: install soffice and pdftoppm"; exit 1; fi

clean:
	rm -rf $(VENV) artifacts .pytest_cache .mypy_cache .ruff_cache
