# Healer developer commands. `make run` and `make test` set everything up themselves.

VENV := .venv
BIN := $(VENV)/bin

# PySide6 6.12 needs CPython >= 3.12 (on 3.11 it corrupts None's refcount and
# aborts); pyproject.toml gives 3.11 the 6.11 series instead. Prefer 3.12,
# then 3.13, then whatever python3 is, as long as it is >= 3.11.
PYTHON_CANDIDATES := python3.12 $(wildcard $(HOME)/.pyenv/versions/3.12*/bin/python3.12) \
	python3.13 $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python3.13) python3
PYTHON ?= $(shell for p in $(PYTHON_CANDIDATES); do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 \
	&& { command -v "$$p" 2>/dev/null || echo "$$p"; } && break; done)

.PHONY: run test lint typecheck bench screenshots clean package package-check translations \
	translations-update translations-pseudo

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Healer needs Python 3.11 or newer (3.12+ preferred)"; exit 1; }
	"$(PYTHON)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app translations
	$(BIN)/healer

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: lint typecheck translations
	$(BIN)/python -m pytest

# Translations: `translations-update` extracts every user-visible string into
# resources/translations/*.ts; `translations` compiles them into the .qm files the app loads
# (not committed: run, test, screenshots and package build them first).
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/healer_*.ts))

translations-update: $(VENV)/.installed-app
	PYTHON=$(BIN)/python bash packaging/translations.sh update

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-app
	PYTHON=$(BIN)/python bash packaging/translations.sh release $<

# A pseudo-locale (accented, ~40 % longer, in brackets) in build/translations, for layout checks.
translations-pseudo: $(VENV)/.installed-app
	PYTHON=$(BIN)/python bash packaging/translations.sh pseudo

bench: $(VENV)/.installed-test translations
	$(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -s

# Every tab, light and dark, rendered offscreen into docs/screenshots/.
screenshots: $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/render_screenshots.py

# Linux packages (packaging/build.sh): the PyInstaller bundle in dist/healer/, a per-user
# tarball with install.sh, and a .deb. package-check runs the frozen app and the installers.
# packaging/constraints.txt pins every version the bundle is built from (for Python 3.12).
$(VENV)/.installed-package: pyproject.toml packaging/constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c packaging/constraints.txt -e '.[package]'
	touch $@ $(VENV)/.installed-app

package: $(VENV)/.installed-package translations
	PYTHON=$(BIN)/python bash packaging/build.sh

package-check: package
	PYTHON=$(BIN)/python bash packaging/check.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
