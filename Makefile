# Every target sets itself up on a fresh machine: the venv (when missing or stale), pinned installs,
# and for the browser tests Debian's Chromium. See README.md.

# The project runs on Python 3.11 (mkdocs-jupyter 0.26 and the torch build it pins): python3.11 when
# it is on the PATH, else python3; the venv recipe checks the version and says what to install.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null || echo python3)
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

.PHONY: help setup setup-cuda browser bake site site-zensical test-zensical serve test test-cuda lint format bench new check lock clean diff-outputs

help:
	@echo "make serve    set up, bake, serve on http://127.0.0.1:8000; a saved example shows in ~2 s"
	@echo "make check    integrity in a second: orphans, nav, embeds, recordings, error demos"
	@echo "make test     set up, run the whole suite (examples, docs, site, browser): a few minutes"
	@echo "make site     strict static build into site/"
	@echo "make bake     run changed examples, publish their outputs (DEVICE=cuda on a GPU machine)"
	@echo "make diff-outputs BASE=origin/main   which examples' outputs a change alters, as diffs"
	@echo "make new PART=basics PAGE=my-topic   scaffold a page and a first example"
	@echo "make bench    what the engine costs: per example, cold and warm bakes, the edit loop"
	@echo "make lint     ruff (the examples' 79-column rule included) and mypy on snipbake/"

IS_311 := import sys; sys.exit(sys.version_info[:2] != (3, 11))

# The venv is rebuilt when pyproject.toml or the lock change, or when another Python made it.
$(STAMP): pyproject.toml .ci/constraints.txt
	@$(PYTHON) -c '$(IS_311)' 2>/dev/null || { echo "make: this project needs Python 3.11, and $(PYTHON) is $$($(PYTHON) --version 2>&1 || echo missing): install python3.11 (then plain make finds it), or run make PYTHON=/path/to/python3.11"; exit 1; }
	@test -x $(PY) && $(PY) -c '$(IS_311)' 2>/dev/null || { rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	# Exactly the lock: torch is pinned to its CPU build (2.13.0+cpu), so no resolver can pull the
	# CUDA one. The project itself is not built (no build backend runs): a .pth puts it on the path.
	$(PY) -m pip install --quiet -r .ci/constraints.txt
	@echo "$(CURDIR)" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/pytorch-notes-executed.pth"
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
	$(BIN)/properdocs build --strict -f mkdocs.yml --site-dir site

# The same sources built by Zensical (Material's successor), in a venv of its own, into
# site-zensical/ (see README: what it lacks, and when to switch).
ZENSICAL := zensical==0.0.73
ZVENV := .venv-zensical
$(ZVENV)/.installed: Makefile
	@test -x $(ZVENV)/bin/python && $(ZVENV)/bin/python -c '$(IS_311)' 2>/dev/null || { rm -rf $(ZVENV) && $(PYTHON) -m venv $(ZVENV); }
	$(ZVENV)/bin/python -m pip install --quiet --upgrade pip
	$(ZVENV)/bin/python -m pip install --quiet '$(ZENSICAL)'
	@touch $@

site-zensical: setup $(ZVENV)/.installed
	$(PY) -m snipbake bake
	$(ZVENV)/bin/zensical build --strict --clean -f "$$($(PY) -m snipbake zensical-stage)"
	rm -rf site-zensical && cp -r .bake/zensical/site site-zensical

# The link crawl and the browser tests against the Zensical site (CI runs this, non-blocking).
test-zensical: site-zensical browser
	ZENSICAL_SITE=site-zensical SITE=site-zensical $(PY) -m pytest -p no:cacheprovider \
	  tests/test_links.py tests/test_browser.py -k "zensical or not mkdocs"

# --dirty: a save rebuilds only the pages it changed (the hook adds the pages whose examples did).
serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/properdocs serve -f mkdocs.yml --dev-addr 127.0.0.1:8000 --livereload --dirty

# Integrity first, then every example twice, each stopping with its one-line messages; the rest of
# the suite runs only when both are clean. (Baking before pytest also gives the examples that time
# themselves an idle machine, not one shared with the suite's other tests.)
test: setup browser
	@$(PY) -m snipbake check || { echo "make test: fix the problems above first (make check re-runs this in a second)"; exit 1; }
	@$(PY) -m snipbake bake --check-determinism --quiet || { echo "make test: fix the examples above first (pytest -k <page> re-runs one page)"; exit 1; }
	$(PY) -m pytest -n auto --dist loadgroup

# The GPU runner: every CUDA example runs on the GPU (and is recorded), integrity re-checked.
test-cuda: setup-cuda
	DEVICE=cuda $(PY) -m pytest tests/test_examples.py tests/test_integrity.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check snipbake tests
	$(BIN)/mypy

diff-outputs: setup
	@test -n "$(BASE)" || { echo "usage: make diff-outputs BASE=<git revision, e.g. origin/main or HEAD~1>"; exit 2; }
	$(PY) -m snipbake diff-outputs $(BASE)

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format snipbake tests

bench: setup
	$(PY) -m snipbake bench

check: setup
	$(PY) -m snipbake check

# PAGE names the page (CHAPTER, its old name, still works).
PAGE ?= $(CHAPTER)
new: setup
	@test -n "$(PAGE)" || { echo "usage: make new PART=basics PAGE=my-topic [TITLE='My topic'] [NEW_PART=1]"; exit 2; }
	$(PY) -m snipbake new $(or $(PART),basics) $(PAGE) $(if $(TITLE),--title "$(TITLE)") $(if $(NEW_PART),--new-part)

# Re-pin every package after editing pyproject.toml: resolve it in a scratch venv, freeze the result.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv && .lock-venv/bin/pip install --quiet --upgrade pip
	.lock-venv/bin/pip install --quiet '.[dev]' 'torch==2.13.0+cpu' --extra-index-url https://download.pytorch.org/whl/cpu
	{ echo "# The full pinned set that make installs (pip install -r). Regenerate with: make lock"; \
	  .lock-venv/bin/pip freeze --exclude pytorch-notes-executed; } > .ci/constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf .bake site site-zensical test-artifacts
