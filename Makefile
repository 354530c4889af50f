# Convenience targets; the README's two commands do the same without make.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test lint bench clean

$(VENV)/bin/sourcier:
	python3 -m venv $(VENV) && $(VENV)/bin/pip install -q -e ".[test]"

demo: $(VENV)/bin/sourcier
	$(VENV)/bin/sourcier demo

test: $(VENV)/bin/sourcier
	$(PY) -m pytest -q

lint: $(VENV)/bin/sourcier
	$(VENV)/bin/ruff check src tests benchmarks

bench: $(VENV)/bin/sourcier
	for b in benchmarks/*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache
