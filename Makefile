# x-chat: every target installs what it needs. `make test` from a fresh clone does everything.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := node_modules/.bin
SPEC := spec/x-chat-openapi.json
PKG := x_chat_generated
CHECK_DIR := build-check
PY_SOURCES := extensions tests spec docs/screenshots.py docs/examples $(wildcard benchmarks)
GENERATE = PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python spec/generate.py \
	--path $(SPEC) --config generator-config.yaml --custom-template-path templates \
	--meta none --overwrite --fail-on-warning

export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: help setup node-setup redis-setup spec update-spec generate check-generated unasync check-unasync lint lint-spec lint-python test docs screenshots dist demo bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(BIN)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked --all-extras
	@touch $@

setup: $(BIN)/.synced  ## virtualenv + locked install (idempotent)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node-setup: node_modules/.installed  ## pinned npm tools (Spectral, Redocly, Prism)

# Debian's redis-server, for the tests of RedisRateBudget: the packages are downloaded and unpacked into
# $(TOOLS)/redis (no root, no service: the tests start and stop their own server on 127.0.0.1).
REDIS_DEBS := redis-server redis-tools libjemalloc2 liblzf1
REDIS_SERVER := $(TOOLS)/redis/usr/bin/redis-server

$(REDIS_SERVER):
	@mkdir -p $(TOOLS)/redis/debs
	cd $(TOOLS)/redis/debs && { apt-get download $(REDIS_DEBS) 2>/dev/null || { apt-get update -qq && apt-get download $(REDIS_DEBS); }; }
	for deb in $(TOOLS)/redis/debs/*.deb; do dpkg -x "$$deb" $(TOOLS)/redis; done
	LD_LIBRARY_PATH=$(TOOLS)/redis/usr/lib/x86_64-linux-gnu:$(TOOLS)/redis/usr/lib/aarch64-linux-gnu $(REDIS_SERVER) --version

redis-setup: $(REDIS_SERVER)  ## Debian's redis-server under .tools/redis (for the tests; nothing is started)

spec: setup  ## re-extract spec/ from the vendored upstream file and apply spec/fixes.py (no report)
	$(BIN)/python spec/extract.py

update-spec: setup node-setup  ## [UPSTREAM=file] [BASELINE=ref]: vendor, extract, fix, generate, lint, report
	$(BIN)/python spec/update.py $(if $(UPSTREAM),--upstream "$(UPSTREAM)") $(if $(BASELINE),--baseline "$(BASELINE)")

generate: setup  ## regenerate generated/ from the spec
	$(GENERATE) --output-path generated/$(PKG)

check-generated: setup  ## fail if generated/ is not byte for byte what `make generate` writes
	@rm -rf $(CHECK_DIR) && mkdir -p $(CHECK_DIR)
	@$(GENERATE) --output-path $(CHECK_DIR)/$(PKG) >/dev/null
	@if ! diff -r generated/$(PKG) $(CHECK_DIR)/$(PKG) -x __pycache__ > $(CHECK_DIR)/diff.txt; then \
		head -n 40 $(CHECK_DIR)/diff.txt; \
		echo "check-generated: generated/ differs from what the spec and templates produce." >&2; \
		echo "Never edit generated/ by hand: fix spec/, generator-config.yaml or templates/, then run 'make generate'." >&2; \
		exit 1; \
	fi
	@rm -rf $(CHECK_DIR)
	@echo "check-generated: generated/ is up to date"

unasync: setup  ## regenerate the sync client (x_chat/_sync/) from the async source (x_chat/_async/)
	$(BIN)/python extensions/generate_sync.py

check-unasync: setup  ## fail if x_chat/_sync/ is not exactly what `make unasync` writes
	$(BIN)/python extensions/generate_sync.py --check

LINT_LOG := build-lint/redocly.txt

# Redocly's warnings (upstream's own: ~20, 360 lines) go to $(LINT_LOG); the output is one line
# unless something fails, or VERBOSE=1.
lint-spec: setup node-setup  ## openapi-spec-validator, Spectral and Redocly on the spec [VERBOSE=1]
	$(BIN)/openapi-spec-validator $(SPEC)
	$(NODE_BIN)/spectral lint --ruleset .spectral.yaml --fail-severity error $(SPEC)
	@mkdir -p $(dir $(LINT_LOG))
	@if ! $(NODE_BIN)/redocly lint --config redocly.yaml $(SPEC) > $(LINT_LOG) 2>&1; then \
		cat $(LINT_LOG); echo "lint-spec: Redocly found errors (above)" >&2; exit 1; \
	fi
	@$(if $(VERBOSE),cat $(LINT_LOG);) \
	warnings=$$(sed -n 's/.*You have \([0-9]*\) warning.*/\1/p' $(LINT_LOG)); \
	echo "redocly: $(SPEC) is valid, $${warnings:-0} warnings (listed in $(LINT_LOG); VERBOSE=1 prints them)"

lint-python: setup  ## ruff and mypy --strict
	$(BIN)/ruff check $(PY_SOURCES)
	$(BIN)/ruff format --check $(PY_SOURCES)
	$(BIN)/mypy

lint: lint-spec lint-python  ## every linter

test: lint check-generated check-unasync docs dist redis-setup  ## everything CI runs: lints, check-generated, docs, dist, pytest
	$(BIN)/pytest

MERMAID := docs/assets/javascripts/mermaid.min.js

docs: setup node-setup  ## the documentation site into site/, strict: a broken reference or link fails
	@mkdir -p $(dir $(MERMAID)) && cp node_modules/mermaid/dist/mermaid.min.js $(MERMAID)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

screenshots: docs  ## the home page, a guide and a reference page in headless Chromium (Debian's) -> site-screenshots/
	$(BIN)/python docs/screenshots.py

DIST_CHECK := build-dist

dist: setup  ## sdist + wheel, twine check, check-wheel-contents, installed and run in clean virtualenvs
	rm -rf dist $(DIST_CHECK) && mkdir -p $(DIST_CHECK)
	$(UV) build --quiet --out-dir dist
	$(BIN)/twine check --strict dist/*
	$(BIN)/check-wheel-contents dist/*.whl
	$(UV) export --quiet --locked --no-dev --all-extras --no-emit-project --no-hashes -o $(DIST_CHECK)/constraints.txt
	@for flavour in plain extras; do \
		extras=$$([ $$flavour = extras ] && echo "[crypto,oauth,testing]"); \
		$(UV) venv --quiet --python $(PYTHON) $(DIST_CHECK)/$$flavour && \
		$(UV) pip install --quiet --python $(DIST_CHECK)/$$flavour/bin/python -c $(DIST_CHECK)/constraints.txt "$$(ls dist/x_chat-*.whl)$$extras" && \
		(cd $(DIST_CHECK) && $$flavour/bin/x-chat --version && \
		 $$flavour/bin/python -c "import json, x_chat; print('shipped spec', json.loads(x_chat.spec_bytes())['info']['version'], x_chat.spec_path())") \
		|| exit 1; \
	done
	cd $(DIST_CHECK) && extras/bin/python -m x_chat._demo > demo.txt && tail -n 3 demo.txt
	@echo "dist: $$(ls dist | tr '\n' ' ')checked, installed (with and without extras) and run"

demo: setup  ## the CLI against the bundled fake X server (no token, no network)
	$(BIN)/python -m x_chat._demo

BENCH_VENV := .venv-bench

$(BENCH_VENV)/.synced: $(UV) pyproject.toml uv.lock
	UV_PROJECT_ENVIRONMENT=$(BENCH_VENV) $(UV) sync --locked --no-dev --group bench --extra crypto --extra testing --extra redis --extra webhooks --compile-bytecode
	@touch $@

bench: $(BENCH_VENV)/.synced $(REDIS_SERVER)  ## performance figures, written to benchmarks/RESULTS.md (own venv: runtime deps + xdk)
	$(BENCH_VENV)/bin/python benchmarks/bench.py

clean:  ## remove local environments and caches
	rm -rf $(VENV) $(BENCH_VENV) $(TOOLS) node_modules $(CHECK_DIR) $(DIST_CHECK) dist site site-screenshots $(MERMAID) .mypy_cache .ruff_cache .pytest_cache
