# pressflow: `make up` runs everything locally, `make test` runs every test.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PY := .venv/bin/python

.PHONY: install native native-clean up test test-unit chaos lint schemas kafka-jars bench-enrich bench-e2e bench-store clean train train-cv train-ner train-ner-cv

install: .venv/.installed native

$(UV):
	python3 -m pip install --user --quiet uv || python3 -m pip install --user --quiet --break-system-packages uv

# Python packages (spaCy models included) from the lock file, then the Kafka jars through Maven.
# Compiled to bytecode once here: where PYTHONDONTWRITEBYTECODE is set (as on our machines and
# many images) Python never writes it, and each start of a service compiled its imports again
# (the store: 3.3 s of CPU before it could serve, 1.0 s from bytecode).
.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --compile-bytecode
	$(PY) -m compileall -q -j 0 schemas runtime services src
	$(PY) -c "from pressflow.broker import ensure_kafka_jars; print('Kafka jars in', ensure_kafka_jars())"
	touch $@

kafka-jars: install

# enrich's rules compiled to C by mypyc (services/enrich/pressflow_enrich/native.py says why and
# how a stale copy is never used): a no-op while the copies match their sources, so after an
# edit any target that installs compiles them again (about 75 s). `make native-clean` removes them;
# PRESSFLOW_ENRICH_INTERPRETED=1 runs the sources without removing them (for a debugger).
native: .venv/.installed
	$(PY) -m pressflow.native

native-clean:
	$(PY) -m pressflow.native --clean

up: install
	.venv/bin/pressflow up

test: install
	.venv/bin/pytest -ra

test-unit: install
	.venv/bin/pytest -ra tests/unit

# The long fault suite (about 30 minutes): prints the summary tables the README shows.
chaos: install
	.venv/bin/pytest -ra -s -m chaos tests/chaos

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check schemas runtime services/ingest services/enrich src/pressflow/ops
	.venv/bin/mypy
	$(PY) -m pressflow_schemas.generate --check

schemas: install
	$(PY) -m pressflow_schemas.generate

# The entity judge (the learned step enrich ships, entities/judge.json), fitted on the annotated
# releases; train-cv prints score.py's cross-validated scores on ../shared/gold (each release
# judged by a model fitted without it). The NER fine-tuning is the measured experiment that
# ships nothing yet: train-ner writes .pressflow/ner-weights/<lang>/ner (enrich loads them only
# when PRESSFLOW_NER_WEIGHTS points there), train-ner-cv scores it 5-fold (fold NER
# models under a judge fitted on their spans, beside the installed NER under the same folds' judges).
train: install
	$(PY) -m pressflow.train_judge

train-cv: install
	$(PY) ../shared/eval/score.py --gold ../shared/gold --run "$(PY) -m pressflow.train_judge --folds 5"

train-ner: install
	$(PY) -m pressflow.train

train-ner-cv: install
	$(PY) -m pressflow.train --folds 5

bench-enrich: install
	$(PY) -m pressflow.bench enrich

bench-e2e: install
	$(PY) -m pressflow.bench_e2e --releases 100 --latency-releases 200 --workers 1 2

# Ingest alone against a local broker: POSTs and inbox files at once, beside enrich's rate.
.PHONY: bench-ingest
bench-ingest: install
	$(PY) -m pressflow.bench_ingest --releases 500

bench-store: install
	$(PY) -m pressflow.bench_store --releases 100000 --database both

clean:
	-$(PY) -m pressflow.native --clean
	rm -rf .venv .pressflow data
