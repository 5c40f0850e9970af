# The two commands:  make book  (build the book)   make test  (run every test)
# Also: make lab (open the chapters in JupyterLab), make serve (serve the built book),
#       make student (the student edition: no solutions, model answers or teacher notes),
#       make bench (parser benchmark, then stories per second over a corpus of thousands,
#       then the optional speaker model's speed and memory),
#       make speaker-model (retrain the optional speaker model from the corpus; installs torch),
#       make bench-ab REF=<commit> (this parser against REF's, interleaved, on the same machine),
#       make data (regenerate data/derived and data/exports),
#       make pdf (the book as one PDF), make kit (the offline classroom kit).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The Nu HTML checker (vnu.jar) for tests/test_html_valid.py, pinned in tools/htmlcheck.
HTMLCHECK := tools/htmlcheck/node_modules/.package-lock.json
PORT   ?= 8000

.PHONY: install book student test lab serve bench bench-ab bench-build data clean pdf kit htmlcheck-tools speaker-model

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=python3.11)")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

# --ignore-scripts: vnu-jar's postinstall would try to download a Java; Debian's is used.
$(HTMLCHECK): tools/htmlcheck/package.json tools/htmlcheck/package-lock.json
	@command -v npm >/dev/null || { echo "npm not found: apt-get install nodejs npm"; exit 1; }
	cd tools/htmlcheck && npm ci --ignore-scripts --no-audit --no-fund

htmlcheck-tools: $(HTMLCHECK)

book: $(STAMP)
	$(BIN)/python scripts/book.py

student: $(STAMP)
	$(BIN)/python scripts/book.py --student

test: $(STAMP) $(HTMLCHECK)
	$(BIN)/python scripts/book.py --clean
	@# pytest exits 5 when it collects no test: that is a failure too, never a success.
	$(BIN)/python -m pytest || { s=$$?; if [ $$s -eq 5 ]; then echo "pytest: no tests collected (a failure)"; fi; exit $$s; }

# Jupyter refuses to run as root (a container, CI) without --allow-root: add it only for uid 0.
# LAB_FLAGS passes more options, e.g. LAB_FLAGS="--no-browser --port=8888" (tests/publish/test_lab.py).
LAB_FLAGS ?=
lab: $(STAMP)
	$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_FLAGS) chapters/

# The whole book as one PDF (_build/pdf/casebook.pdf): single-page HTML printed by Debian's chromium.
pdf: book
	$(BIN)/python scripts/pdf.py

# The offline classroom kit (_build/kit/casebook-kit-*.tar.gz): book, notebooks, data, package, wheelhouse.
# For another platform: $(BIN)/python scripts/kit.py --platform win_amd64 --python-version 3.11
kit: book
	$(BIN)/python scripts/kit.py

serve:
	@test -f _build/html/index.html || { echo "No built book: run 'make book' first"; exit 1; }
	$(BIN)/python -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_batch.py
	$(BIN)/python benchmarks/bench_speakers.py

# The optional speaker model (casebook.learned), retrained from the corpus gold and exported to
# data/models/speaker-encoder: rows from the dev part, 1.5 passes (seed 7), ONNX with 8-bit
# weights, scored on the test part. Installs torch (about 3 GB) into the venv first;
# 35-45 minutes on two cores. The result differs from the shipped files only by training noise.
SPEAKERS := build/speaker-model
speaker-model: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[encoder]'
	mkdir -p $(SPEAKERS)
	$(BIN)/python benchmarks/encoder_rows.py --part dev --out $(SPEAKERS)/dev.jsonl
	$(BIN)/python benchmarks/encoder_rows.py --part test --out $(SPEAKERS)/test.jsonl
	$(BIN)/python benchmarks/encoder_experiment.py --train $(SPEAKERS)/dev.jsonl --eval $(SPEAKERS)/test.jsonl \
		--seed 7 --save $(SPEAKERS)/torch --json $(SPEAKERS)/train.json
	$(BIN)/python benchmarks/encoder_onnx.py --load $(SPEAKERS)/torch --eval $(SPEAKERS)/test.jsonl \
		--out data/models/speaker-encoder --train-report $(SPEAKERS)/train.json

# Is the parser slower than at REF? Both in fresh processes, alternating, medians compared.
bench-ab: $(STAMP)
	@test -n "$(REF)" || { echo "make bench-ab needs REF=<commit, tag or branch>, e.g. make bench-ab REF=HEAD~5"; exit 1; }
	$(BIN)/python benchmarks/bench_ab.py $(REF)

# Build times (clean, nothing changed, one page edited) and page weights, median of RUNS
# builds into a temporary folder; writes benchmarks/results/build.json and build.md.
RUNS ?= 3
bench-build: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py --runs $(RUNS)

data: $(STAMP)
	$(BIN)/python -m casebook data
	$(BIN)/python -m casebook export --format all

clean:
	rm -rf _build
