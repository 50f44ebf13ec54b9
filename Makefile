# Ikhtisar: `make site` builds the site from seeds/, `make test` runs every test.
# Works on a fresh Debian machine with Python 3.11: creates .venv, installs
# requirements.txt once (stamp file), and, as root, installs what Debian must
# provide (python3.x-venv for the venv, chromium for the browser tests).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.ikhtisar-installed
CHROMIUM := /usr/bin/chromium

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1
export DEBIAN_FRONTEND := noninteractive
export NO_MKDOCS_2_WARNING := 1

# A shell function: install Debian packages when root, after one `apt-get update`
# per make run; fails (returns 1) when not root or without apt-get.
APT_INSTALL := apt_install() { \
	  [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1; \
	  updated="$${TMPDIR:-/tmp}/ikhtisar-apt-updated.$$PPID"; \
	  if [ ! -f "$$updated" ]; then apt-get update -qq || return 1; touch "$$updated"; fi; \
	  apt-get install -y -qq --no-install-recommends "$$@"; \
	}

.PHONY: help setup site serve test lint golden browser pdf-deps clean distclean

help:
	@echo "make site   build the site from seeds/ into site/ (sets up .venv first)"
	@echo "make serve  preview the site at http://127.0.0.1:8000 with live rebuilds"
	@echo "make test   run all tests, browser tests included (installs chromium as root)"
	@echo "make lint   ruff check builder tests"
	@echo "make golden record the reviewed content/ tree of seeds/ in tests/golden/content"
	@echo "make clean  remove generated content/, site/ and caches (distclean: .venv too)"

setup: $(STAMP)

$(STAMP): requirements.txt
	@if [ -z "$(PYTHON)" ]; then echo "make: no python3.11 or python3 on PATH" >&2; exit 1; fi
	@if [ ! -x $(PY) ]; then \
	  rm -rf $(VENV); \
	  echo "Creating $(VENV) with $(PYTHON) ($$($(PYTHON) --version))"; \
	  if ! $(PYTHON) -m venv $(VENV) >/dev/null 2>&1; then \
	    rm -rf $(VENV); \
	    pkg=$$($(PYTHON) -c 'import sys; print("python%d.%d-venv" % sys.version_info[:2])'); \
	    echo "The venv module is missing; installing Debian's $$pkg"; \
	    $(APT_INSTALL); apt_install $$pkg python3-venv || { \
	      echo "make: cannot create a venv: install $$pkg (sudo apt-get install $$pkg) and run make again" >&2; exit 1; }; \
	    $(PYTHON) -m venv $(VENV); \
	  fi; \
	fi
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	@touch $(STAMP)

site: setup pdf-deps
	$(PY) -m builder build
	@echo
	@echo "Site built in site/. Open it from disk:  file://$(CURDIR)/site/index.html"
	@echo "or preview it with live rebuilds:        make serve"

serve: setup
	$(PY) -m builder serve

# Browser tests use Debian's chromium (never a downloaded browser build).
browser:
	@if [ -x $(CHROMIUM) ]; then exit 0; fi; \
	echo "Installing Debian's chromium for the browser tests"; \
	$(APT_INSTALL); apt_install chromium fonts-liberation || \
	echo "make test: $(CHROMIUM) is missing and cannot be installed here (not root?); browser tests will be skipped. Install it with: sudo apt-get install chromium"

# WeasyPrint prints dossiers to PDF with Pango and system fonts; the PDF tests
# read them back with poppler-utils (pdftotext, pdftoppm).
PDF_LIBS := /usr/lib/$(shell uname -m)-linux-gnu/libpangoft2-1.0.so.0
pdf-deps:
	@if [ -e $(PDF_LIBS) ] && command -v pdftotext >/dev/null && [ -d /usr/share/fonts/truetype/dejavu ]; then exit 0; fi; \
	echo "Installing Debian's libraries for PDF dossiers (Pango, DejaVu fonts, poppler-utils)"; \
	$(APT_INSTALL); apt_install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fonts-dejavu-core poppler-utils || \
	echo "make: cannot install Pango/poppler here (not root?); dossier PDFs and their tests will be skipped. Install with: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core poppler-utils"

test: setup browser pdf-deps
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check builder tests

# After reviewing a change in output: record it as the golden tree test_build compares with.
golden: setup
	rm -rf tests/golden/content
	$(PY) -m builder build --no-site --articles seeds --content tests/golden/content
	rm -f tests/golden/content/.ikhtisar-pages.json

clean:
	rm -rf site site.building site.previous content content.building content.previous
	rm -rf .pytest_cache .ruff_cache .hypothesis .cache
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -print0 | xargs -0 -r rm -rf

distclean: clean
	rm -rf $(VENV)
