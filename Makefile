# The two README commands: `make run` and `make test`. Both set everything up from a fresh clone.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
ENTENTE := $(BIN)/entente
SHARED_ARTICLES ?= ../shared/articles
# the disposable test server: own home and ports, never the `make run` database
TEST_ENV := ENTENTE_HOME=.entente-test ENTENTE_BOLT_PORT=17687 ENTENTE_HTTP_PORT=17474 \
            ENTENTE_HEAP=1g ENTENTE_PAGECACHE=512m NEO4J_URI= NEO4J_PASSWORD=
BENCH_ENV := ENTENTE_HOME=.entente-bench ENTENTE_BOLT_PORT=27687 ENTENTE_HTTP_PORT=27474 \
             ENTENTE_HEAP=4g ENTENTE_PAGECACHE=4g NEO4J_URI= NEO4J_PASSWORD=

.PHONY: run test bench setup system-deps articles db-start db-stop clean

$(BIN)/activate: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/activate

setup: $(BIN)/activate system-deps

# Debian packages the tests drive for real: Chromium (Playwright), tmux (the shell test),
# docker-compose (validates docker-compose.yml; no engine needed), Java and Maven (Neo4j).
system-deps:
	@missing=""; \
	command -v java >/dev/null || missing="$$missing openjdk-17-jre-headless"; \
	command -v mvn >/dev/null || missing="$$missing maven"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	command -v docker-compose >/dev/null || missing="$$missing docker-compose"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "need root (or install them yourself):$$missing" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

articles:
	@mkdir -p data/articles
	@if [ -z "$$(ls -A data/articles 2>/dev/null)" ] && [ -d $(SHARED_ARTICLES) ]; then \
	  cp $(SHARED_ARTICLES)/* data/articles/ && echo "copied sample articles into data/articles/"; fi

run: setup articles
	$(ENTENTE) db start
	$(ENTENTE) ingest data/articles
	@echo "Explorer:      http://127.0.0.1:$${ENTENTE_PORT:-8000}/"
	@echo "API docs:      http://127.0.0.1:$${ENTENTE_PORT:-8000}/docs"
	@echo "Neo4j Browser: http://127.0.0.1:$${ENTENTE_HTTP_PORT:-7474}/browser/ (user neo4j, password in .entente/neo4j-password)"
	$(ENTENTE) serve

test: setup
	rm -rf .entente-test
	$(TEST_ENV) $(ENTENTE) db start
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS); rc=$$?; $(TEST_ENV) $(ENTENTE) db stop; exit $$rc

bench: setup
	rm -rf .entente-bench
	$(BENCH_ENV) $(BIN)/python -m tests.bench.run_all; rc=$$?; $(BENCH_ENV) $(ENTENTE) db stop; exit $$rc

db-stop:
	$(ENTENTE) db stop

clean:
	-$(TEST_ENV) $(ENTENTE) db stop
	rm -rf .entente-test .entente-bench $(VENV)
