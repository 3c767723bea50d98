# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out

.PHONY: run test lint typecheck pytest schema readme clean system-deps

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/replyparse extract samples/ -o $(OUT)/
	@echo "wrote:" && find $(OUT) -name '*.json' | sort

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) system-deps
	$(BIN)/pytest

test: lint typecheck pytest

# LibreOffice converts .doc/.wps and renders the PDF fixtures; a CJK font makes those PDFs
# carry real glyphs. Installed only when missing and only as root with apt-get (CI on a
# fresh Debian machine); otherwise a note, and the tests that need soffice skip.
SYSTEM_PACKAGES := libreoffice-writer-nogui fonts-wqy-microhei

system-deps:
	@if { command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; } && \
		{ [ -d /usr/share/fonts/truetype/wqy ] || ! command -v apt-get >/dev/null 2>&1; }; then \
		:; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing $(SYSTEM_PACKAGES) (LibreOffice for .doc/.wps and PDF fixtures)"; \
		apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
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

schema: $(STAMP)
	$(BIN)/replyparse schema > schemas/letter.schema.json

# README's generated parts: every command's --help, the rule table, a validate example
readme: $(STAMP)
	$(BIN)/python scripts/cli_reference.py

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
