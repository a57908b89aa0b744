# Everyday commands, one place. The README's two commands are `make run` and `make test`; .ci/run calls `make test`.
.PHONY: run test test-fast lint format bench bench-quick build validate

run:        ## install and run the dashboard (builds the store from data/ on first start)
	pip install -r requirements.txt && streamlit run app.py

test:       ## the whole suite, real-browser tests included (needs /usr/bin/chromium)
	pip install -r requirements-dev.txt && python -m pytest --browser

test-fast:  ## everything but the browser tests
	python -m pytest

lint:       ## style and the layer rules
	ruff check . && ruff format --check . && python -m pytest -q tests/test_layers.py

format:
	ruff check --fix . && ruff format .

bench:      ## speed figures for the notes (several minutes: 20 simulated users)
	python -m aseanict bench

bench-quick:
	python -m aseanict bench --quick

build:
	python -m aseanict build

validate:
	python -m aseanict validate
