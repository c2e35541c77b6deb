# pressflow: `make up` runs everything locally, `make test` runs every test.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)
PY := .venv/bin/python

.PHONY: install up test test-unit lint schemas kafka-jars bench-enrich bench-e2e bench-store clean

install: .venv/.installed

$(UV):
	python3 -m pip install --user --quiet uv || python3 -m pip install --user --quiet --break-system-packages uv

# Python packages (spaCy models included) from the lock file, then the Kafka jars through Maven.
.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen
	$(PY) -c "from pressflow.broker import ensure_kafka_jars; print('Kafka jars in', ensure_kafka_jars())"
	touch $@

kafka-jars: install

up: install
	.venv/bin/pressflow up

test: install
	.venv/bin/pytest -ra

test-unit: install
	.venv/bin/pytest -ra tests/unit

lint: install
	.venv/bin/ruff check .

schemas: install
	$(PY) -m pressflow_schemas.generate

bench-enrich: install
	$(PY) -m pressflow.bench enrich

bench-e2e: install
	$(PY) -m pressflow.bench_e2e --releases 100 --latency-releases 200 --workers 1 2

bench-store: install
	$(PY) -m pressflow.bench_store --releases 100000 --database both

clean:
	rm -rf .venv .pressflow data
