# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: run test lint typecheck pytest schema readme clean system-deps bench hostile \
	compile test-compiled bench-compiled wheel wheel-pure

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/replyparse extract samples/ -o $(OUT)/
	@echo "records in $(OUT)/:" && find $(OUT) -name '*.json' | sort
	@echo "next, try:"
	@echo "  $(BIN)/replyparse validate samples/            # what each letter lacks (GB/T 9704)"
	@echo "  $(BIN)/replyparse render $(DOCS_SAMPLE) -o letter.docx"
	@echo "  $(BIN)/replyparse --help                       # README.md: put it on your PATH"

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts hatch_build.py
	$(BIN)/ruff format --check src tests scripts hatch_build.py

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) system-deps
	$(BIN)/pytest

test: lint typecheck pytest

# LibreOffice converts .doc/.wps and renders the PDF fixtures; a CJK font makes those PDFs
# carry real glyphs. Installed only when missing and only as root with apt-get (CI on a
# fresh Debian machine); otherwise a note, and the tests that need soffice skip.
SYSTEM_PACKAGES := libreoffice-writer-nogui fonts-wqy-microhei
CAN_APT_GET := [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1
APT_GET_INSTALL := apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends

system-deps:
	@if { command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; } && \
		{ [ -d /usr/share/fonts/truetype/wqy ] || ! command -v apt-get >/dev/null 2>&1; }; then \
		:; \
	elif $(CAN_APT_GET); then \
		echo "installing $(SYSTEM_PACKAGES) (LibreOffice for .doc/.wps and PDF fixtures)"; \
		$(APT_GET_INSTALL) \
			$(SYSTEM_PACKAGES) >/dev/null; \
	else \
		echo "note: soffice not found; install $(SYSTEM_PACKAGES) for .doc/.wps reading" \
			"(tests that need LibreOffice will skip)"; \
	fi

# make eval: score.py (--max-level 2) on the samples, seeds and real-letter corpus, then the
# perturbation suite (tests/perturb.py). EVAL_ARGS="--formats" adds the corpus as DOCX and
# PDF (cached outside the repo), "-v" every miss, "--json" a summary; see scripts/eval.py.
.PHONY: eval
eval: $(STAMP)
	@$(BIN)/python scripts/eval.py $(EVAL_ARGS)

# The benchmark (not a test): writes docs/benchmarks.md. jionlp, its yardstick, goes into a
# venv of its own, never into the project's dependencies. BENCH_ARGS='--quick --note ...'.
BENCH_VENV := .venv-bench
BENCH_ARGS ?=

$(BENCH_VENV)/.installed:
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check 'jionlp==1.5.31'
	@touch $@

bench: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python scripts/bench.py --jionlp $(BENCH_VENV)/bin/python \
		--out docs/benchmarks.md $(BENCH_ARGS)

# Opt-in: the parser's modules compiled by mypyc (scripts/compile.py) into build/mypyc, a copy
# of the package beside src/, rebuilt when src/ changed; PYTHONPATH=build/mypyc/src runs it.
# Needs a C compiler. make run, make test and installs run the pure-Python package.
compile: $(STAMP)
	$(BIN)/python scripts/compile.py

# The compiled build's records against the pure package's, on every gold and perturbed letter.
test-compiled: compile
	$(BIN)/pytest tests/test_compiled.py

# make bench with the compiled build: writes docs/benchmarks-compiled.md.
bench-compiled: compile $(BENCH_VENV)/.installed
	PYTHONPATH=build/mypyc/src $(BIN)/python scripts/bench.py --jionlp $(BENCH_VENV)/bin/python \
		--out docs/benchmarks-compiled.md --note "mypyc build (make compile)" $(BENCH_ARGS)

# The release wheel, into dist/: the parser compiled by mypyc as by make compile (hatch_build.py,
# REPLYPARSE_MYPYC=1; a C compiler and the Python headers, 4 to 9 minutes), tagged for this
# Python and platform. A failed compile fails it. make wheel-pure: the pure-Python wheel
# (py3-none-any), for a platform without a compiler.
wheel: $(STAMP)
	REPLYPARSE_MYPYC=1 $(BIN)/python -m pip wheel --no-deps --disable-pip-version-check -w dist .

wheel-pure: $(STAMP)
	REPLYPARSE_MYPYC=0 $(BIN)/python -m pip wheel --no-deps --disable-pip-version-check -w dist .

# The hostile corpus through the real CLI, timed and measured: writes docs/robustness.md.
hostile: $(STAMP) system-deps
	$(BIN)/python scripts/hostile.py

schema: $(STAMP)
	$(BIN)/replyparse schema > schemas/letter.schema.json

# README's generated parts: every command's --help, the rule table, a validate example;
# and the column reference of docs/tables.md
readme: $(STAMP)
	$(BIN)/python scripts/cli_reference.py
	$(BIN)/python scripts/tables_reference.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache

# `make docs`: page 1 of a sample's review report and of its re-typeset letter as PNG for
# the README (docs/img/). LibreOffice renders each DOCX to PDF, pdftoppm the first page.
# The documents name the fonts GB/T 9704 prescribes; docs/fonts.conf shows them with free
# CJK faces of the same kind, installed (with pdftoppm) only when missing, as root with
# apt-get. Tests do not need any of this.
.PHONY: docs docs-deps
DOCS_SAMPLE   ?= samples/s10_four_levels_footnote_contact.txt
DOCS_PACKAGES := poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming

docs-deps: system-deps
	@if command -v pdftoppm >/dev/null 2>&1 && \
		fc-list | grep -q "Noto Serif CJK SC" && fc-list | grep -q "AR PL UKai CN" && \
		fc-list | grep -q "AR PL UMing CN"; then \
		:; \
	elif $(CAN_APT_GET); then \
		echo "installing $(DOCS_PACKAGES) (pdftoppm and free CJK fonts for make docs)"; \
		$(APT_GET_INSTALL) \
			$(DOCS_PACKAGES) >/dev/null; \
	else \
		echo "note: install $(DOCS_PACKAGES) for make docs" && exit 1; \
	fi

docs: $(STAMP) docs-deps
	@mkdir -p docs/img
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/replyparse render $(DOCS_SAMPLE) -o "$$tmp/letter.docx" && \
	$(BIN)/replyparse render $(DOCS_SAMPLE) --report -o "$$tmp/report.docx" && \
	HOME="$$tmp" FONTCONFIG_FILE="$(CURDIR)/docs/fonts.conf" soffice \
		-env:UserInstallation="file://$$tmp/profile" --headless --norestore \
		--convert-to pdf --outdir "$$tmp" "$$tmp/letter.docx" "$$tmp/report.docx" >/dev/null && \
	for doc in letter report; do \
		pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$$tmp/$$doc.pdf" "docs/img/$$doc" || exit 1; \
	done
	@echo "wrote: docs/img/letter.png docs/img/report.png"
