# Two entry points: `make demo` (install, clean the seeds into output/) and `make test` (the whole suite).
# Only Python >= 3.11 and pip are needed: uv is installed into .venv and installs the locked dependencies.
# Bytecode is compiled at install: Prefect is large, and a process that compiles it from source
# (no writable cache, or PYTHONDONTWRITEBYTECODE) spends 5 s doing so; every pool worker is such a process.
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9

.PHONY: demo test browser lint bench readme clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

demo: $(UV)
	$(UV) sync --frozen --inexact --no-dev --compile-bytecode --quiet
	$(VENV)/bin/decruft run seeds/ --out output

test: $(UV) browser
	$(UV) sync --frozen --inexact --compile-bytecode --quiet
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/python -m pytest

# The HTML report is tested in headless Chromium (Debian's package); installed when missing and
# possible (root with apt), else that test skips with a message.
browser:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
		|| echo "chromium not installed: the browser test will be skipped"; }

lint: $(UV)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(UV)
	$(UV) sync --frozen --inexact --compile-bytecode --quiet
	$(VENV)/bin/python bench/throughput.py --mb 20

readme: $(UV)
	$(VENV)/bin/python -m tasks.cleaning.catalogue

clean:
	rm -rf output bench/out .pytest_cache
