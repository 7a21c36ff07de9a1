# Inside torch.optim: `make serve` to read the site locally, `make test` to verify everything.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cksum package-lock.json | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1
PYTEST := $(PY) -m pytest -p no:cacheprovider
VERIFY := tests/test_snippets.py

.PHONY: help venv node-deps serve build test verify verify-fresh update bench lint clean

help:
	@echo "make serve         serve the site on http://127.0.0.1:8000; a saved snippet re-runs at once"
	@echo "make test          everything CI checks: snippets, figures, notebooks, lint, strict build"
	@echo "make verify        snippets, figures and notebooks only"
	@echo "make verify-fresh  the same, each script in a new python in an empty folder (slow)"
	@echo "make update        rewrite expected outputs, figures and notebooks from what runs now"
	@echo "make bench         time make verify against one python per snippet; page weights; Lighthouse; the edit loop"
	@echo "make build         write the static site to site/"

$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

# The Nu Html Checker (make test) and Lighthouse (make bench), pinned in package-lock.json.
# --ignore-scripts: vnu-jar's install script would download a Java runtime; the system's is used.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the HTML check and the Lighthouse bench are skipped (Debian: apt-get install npm)"; fi

node-deps: $(NODE_STAMP)

# The author's loop: mkdocs serve --strict (live reload) and engine/watch.py, which re-runs a
# saved snippet in a warm runner and writes its output; Ctrl-C stops both.
serve: $(STAMP)
	$(PY) engine/watch.py --serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(PY) -m mkdocs build --strict --site-dir site

verify: $(STAMP)
	$(PYTEST) $(VERIFY)

verify-fresh: $(STAMP)
	$(PYTEST) tests/test_snippets.py --fresh

update: $(STAMP)
	$(PYTEST) tests/test_snippets.py --update -q

bench: $(STAMP) $(NODE_STAMP)
	$(PY) engine/bench.py
	$(PY) engine/bench_pages.py
	$(PY) engine/bench_lighthouse.py
	$(PY) engine/bench_edit_loop.py

lint: $(STAMP)
	$(PYTEST) tests/test_workflow.py

test: $(STAMP) $(NODE_STAMP)
	$(PYTEST) tests
	@echo "== second pass: torch's default thread count, reverse order (outputs must not depend on either)"
	$(PYTEST) tests/test_snippets.py --torch-threads auto --reverse -q

clean:
	rm -rf site .pytest_cache
