# The two commands a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test bench clean screenshots

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

demo: install
	$(PY) run_bot.py demo

# Two passes: everything on SQLite, then the tests that use the register again on PostgreSQL (a
# database per test on the server in TRIAGE_TEST_POSTGRES_URL; .ci/run starts one). Without that
# server the second pass skips and says why; under CI=true that is a failure. Both passes always run.
test: install
	$(PY) -m pytest -q; sqlite=$$?; \
	TRIAGE_TEST_DATABASE=postgresql $(PY) -m pytest -q; postgresql=$$?; \
	exit $$(( sqlite || postgresql ))

bench: install
	$(PY) benchmarks/run_all.py

clean:
	rm -rf var .pytest_cache

screenshots: install
	TRIAGE_SCREENSHOTS_DIR=docs/screenshots $(PY) -m pytest -q tests/web/test_browser.py

# issue 8, "nothing is lost" (docs/reliability.md). The kill harness also runs in `make test`, with
# 100 kill runs over 500 messages; `make soak` raises that to 1,000 runs over 5,000 messages.
.PHONY: soak fuzz
soak: install
	SOAK=1 $(PY) -m pytest -q -s tests/faults/test_kill_harness.py

# atheris (libFuzzer) on the parser and on the whole pipeline, FUZZ_SECONDS each; corpora in var/fuzz/.
FUZZ_SECONDS ?= 60
fuzz: install
	$(PY) -c "import atheris" 2>/dev/null || $(PY) -m pip install --quiet -e '.[fuzz]'
	mkdir -p var/fuzz/parse var/fuzz/pipeline
	$(PY) fuzz/fuzz_parse.py -max_total_time=$(FUZZ_SECONDS) var/fuzz/parse data/demo_inbox
	$(PY) fuzz/fuzz_pipeline.py -max_total_time=$(FUZZ_SECONDS) var/fuzz/pipeline data/demo_inbox
