# Every target sets itself up on a fresh machine: the venv (when missing or stale), pinned installs,
# and for the browser tests Debian's Chromium. See README.md.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEVICE ?= cpu
# On a GPU machine (DEVICE=cuda) torch is swapped for the CUDA build of the same version.
TORCH_CUDA ?= cu128
TORCH_CUDA_INDEX ?= https://download.pytorch.org/whl/$(TORCH_CUDA)
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM  # the browser tests read it too

export NO_MKDOCS_2_WARNING := 1
export PYTHONHASHSEED := 0
# Tests and builds never reach the network: no hub downloads, no telemetry.
export HF_HUB_OFFLINE := 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help setup setup-cuda browser bake site serve test test-cuda lint format bench new check durations lock clean

help:
	@echo "make serve    set up, bake, serve on http://127.0.0.1:8000 with live reload"
	@echo "make test     set up, run the whole suite (examples, docs, site, browser)"
	@echo "make site     strict static build into site/"
	@echo "make bake     run changed examples, write their fragments (DEVICE=cuda on a GPU machine)"
	@echo "make bench    engine overhead per example vs a fresh interpreter"
	@echo "make new PART=basics CHAPTER=my-topic   scaffold a page and a first example"
	@echo "make check    integrity only: orphan examples, nav, embeds, CUDA recordings"
	@echo "make lint     ruff"

# The venv is rebuilt when pyproject.toml or the lock change.
$(STAMP): pyproject.toml .ci/constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch is pinned to the CPU build (2.13.0+cpu) in the lock, so no resolver can pull the CUDA one.
	$(PY) -m pip install --quiet -c .ci/constraints.txt -e '.[dev]'
	@touch $@

setup: $(STAMP)

setup-cuda: setup
	$(PY) -m pip install --quiet 'torch==2.13.0+$(TORCH_CUDA)' --index-url $(TORCH_CUDA_INDEX) \
	  --extra-index-url https://pypi.org/simple

# Debian's Chromium for the browser tests, installed once when missing (never a downloaded browser).
browser:
	@test -x $(CHROMIUM) || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@test -x $(CHROMIUM) || { echo "no $(CHROMIUM): install Debian's chromium"; exit 1; }

bake: setup $(if $(filter cuda,$(DEVICE)),setup-cuda)
	$(PY) -m snipbake bake --device $(DEVICE)

site: setup
	$(BIN)/mkdocs build --strict --site-dir site

# --dirty: a save rebuilds only the pages it changed (the hook adds the pages whose examples did).
serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

test: setup browser
	$(PY) -m pytest -n auto --dist loadgroup

# The GPU runner: every CUDA example runs on the GPU (and is recorded), integrity re-checked.
test-cuda: setup-cuda
	DEVICE=cuda $(PY) -m pytest tests/test_examples.py tests/test_integrity.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check snipbake tests

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format snipbake tests

bench: setup
	$(PY) -m snipbake bench

check: setup
	$(PY) -m snipbake check

# Record each example's run time (.ci/durations.json), which balances CI's bake shards.
durations: bake
	$(PY) -m snipbake durations

new: setup
	@test -n "$(CHAPTER)" || { echo "usage: make new PART=basics CHAPTER=my-topic [TITLE='My topic']"; exit 2; }
	$(PY) -m snipbake new $(or $(PART),basics) $(CHAPTER) $(if $(TITLE),--title "$(TITLE)")

# Re-pin every package after editing pyproject.toml.
lock: setup
	{ echo "# Full pinned set for the .venv that make creates (pip install -c). Regenerate with:"; \
	  echo "#   make lock"; $(PY) -m pip freeze --exclude-editable; } > .ci/constraints.txt

clean:
	rm -rf .bake site test-artifacts
