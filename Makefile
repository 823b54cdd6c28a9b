# Everything a newcomer needs, from a machine with only python3 and make.
# `make serve` and `make test` install what they need on first use.
PYTHON ?= python3
# Material 9.7+ prints a banner about MkDocs 2 on every run; we pin mkdocs<2.
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-from-lock

.PHONY: serve test matrix record build bench lighthouse diagrams measure lock clean

$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $@

# Node tools, pinned by tools/package-lock.json (`overrides` there pins two packages
# that a Lighthouse dependency asks for as "latest", which `npm ci` cannot check).
# The tests need only axe-core (`dependencies`); without npm the accessibility
# tests are skipped, saying so. `make lighthouse` adds Lighthouse (`devDependencies`).
NODE_STAMP := tools/node_modules/.installed-from-lock
LIGHTHOUSE_STAMP := tools/node_modules/.installed-with-lighthouse

$(NODE_STAMP): tools/package-lock.json
	@if command -v npm >/dev/null; then \
	  (cd tools && npm ci --omit=dev --no-audit --no-fund --loglevel=error) && touch $@; \
	else echo "npm not found: the accessibility tests will be skipped (apt-get install npm)"; fi

$(LIGHTHOUSE_STAMP): tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	touch $@ $(NODE_STAMP)

serve: $(STAMP)        ## both languages at http://127.0.0.1:8000 (zh at /, en at /en/)
	$(BIN)/mkdocs serve

test: $(STAMP) $(NODE_STAMP)  ## every test: snippets, harness, parity, strict build, browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# Interpreters for `make matrix`; override with paths, e.g. MATRIX="/opt/py3.13/bin/python3".
MATRIX ?= python3.10 python3.11 python3.12 python3.13 python3.14

matrix: $(STAMP)       ## every page's snippets under each CPython in MATRIX that exists here
	@for py in $(MATRIX); do \
	  if $$py -c '' 2>/dev/null; then echo "== $$py: $$($$py -V)"; \
	    $(BIN)/python -m pytest -q -n 2 tests/test_pages.py --python $$py || exit 1; \
	  else echo "== $$py: not found here, skipped"; fi; \
	done

record: $(STAMP)       ## re-record the outputs of snippets (only files whose normalised form changed)
	$(BIN)/python -m tests.harness record

build: $(STAMP)
	$(BIN)/mkdocs build --strict

bench: $(STAMP)        ## harness vs bare run, and the whole test command
	$(BIN)/python scripts/bench_harness.py

lighthouse: $(STAMP) $(LIGHTHOUSE_STAMP)  ## Lighthouse (mobile) on every page, both languages
	$(BIN)/python scripts/lighthouse.py

diagrams: $(STAMP)     ## regenerate docs/<lang>/assets/diagrams/ from the templates in diagrams/
	$(BIN)/python scripts/diagrams.py

measure: $(STAMP)      ## the measurements page: measure (a minute or two), then plots and table rows
	$(BIN)/python scripts/measure.py run
	$(BIN)/python scripts/measure.py plot

lock:                  ## regenerate requirements.lock (maintainers; needs uv)
	uv pip compile --universal --python-version 3.10 --generate-hashes --extra test \
	  --index-url https://pypi.org/simple pyproject.toml -o requirements.lock

clean:
	rm -rf $(VENV) site tools/node_modules
