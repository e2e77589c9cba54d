# `make demo` and `make test` each set up everything they need on a fresh machine.
VENV    ?= .venv
PYTHON  ?= python3
BIN      = $(VENV)/bin
SAMPLE  ?= examples/000_64c2b03470ce42da.txt

.PHONY: demo test bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: $(BIN)/.installed
	$(BIN)/audiopaper build $(SAMPLE) --date 2020-05-29 --paper 永康日报 --engine offline --out feed

test: $(BIN)/.installed
	$(BIN)/pytest -q

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_assembly.py
	$(BIN)/python benchmarks/bench_edge.py
	$(BIN)/python benchmarks/bench_epaper.py

clean:
	rm -rf $(VENV) feed/episodes feed/feed.xml
