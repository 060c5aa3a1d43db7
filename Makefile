# `make run` opens the reader; `make test` runs lint, types and every test headless.
# Both create and fill .venv on first use (and again whenever pyproject.toml changes),
# and compile the page parser with mypyc where a C compiler is at hand (about 1.5x
# faster parsing, the same output, checked as it is built: scripts/compile_parser.py).
# Without a compiler the parser runs as plain Python, as with a plain pip install.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PARSER := build/mypyc/.tried

.PHONY: run test lint types pytest bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Tried again whenever a source of the parser changes; a failure is not an error.
$(PARSER): $(STAMP) $(wildcard reader/core/page/*.py) scripts/compile_parser.py
	$(PY) scripts/compile_parser.py --quiet || echo "(the parser runs as plain Python)"
	mkdir -p $(dir $(PARSER)) && touch $(PARSER)

run: $(STAMP) $(PARSER)
	$(PY) main.py

lint: $(STAMP)
	$(PY) -m ruff check reader tests bench scripts main.py

types: $(STAMP)
	$(PY) -m mypy reader tests

pytest: $(STAMP) $(PARSER)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint types pytest

bench: $(STAMP) $(PARSER)
	for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache .hypothesis
