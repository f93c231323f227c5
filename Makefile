# Two entry points: `make demo` (install, clean the seeds into output/) and `make test` (the whole suite).
# Only Python >= 3.11 and pip are needed: uv is installed into .venv and installs the locked dependencies.
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9

.PHONY: demo test check lint bench clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

demo: $(UV)
	$(UV) sync --frozen --inexact --no-dev --quiet
	$(VENV)/bin/decruft run seeds/ --out output

test: $(UV)
	$(UV) sync --frozen --inexact --quiet
	$(VENV)/bin/ruff check .
	$(VENV)/bin/python -m pytest

lint: $(UV)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(UV)
	$(UV) sync --frozen --inexact --quiet
	$(VENV)/bin/python bench/throughput.py --mb 20

clean:
	rm -rf output bench/out .pytest_cache
