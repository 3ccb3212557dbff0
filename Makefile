# The two commands a newcomer needs: `make run` and `make test`. Everything else is installed on demand.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .make
MO := locale/nl/LC_MESSAGES/django.mo
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint format messages demo clean

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	@echo "Kennisbank draait op http://$(HOST):$(PORT)/ (stoppen: Ctrl+C)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# One test process per core (pytest-xdist). A file's tests stay in one process: the Redis tests
# share one Redis database, and a class that loads the demo once loads it once.
test: install
	$(BIN)/python -m pytest --numprocesses auto --dist loadfile $(PYTEST_ARGS)

install: $(STAMPS)/python $(STAMPS)/node $(MO)

# Python style, the import layers (.importlinter), and the JavaScript and CSS of the static files.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	npx --no-install eslint
	npx --no-install stylelint "kennisbank/static/**/*.css" "search/static/**/*.css" "toptaken/static/**/*.css" --allow-empty-input

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Dutch translations: the .po file is the source, the .mo file is built here and not committed.
messages: install
	$(BIN)/python manage.py makemessages --locale nl --ignore ".venv/*" --ignore "node_modules/*" --no-obsolete --no-location

$(MO): locale/nl/LC_MESSAGES/django.po
	msgfmt --check-format -o $@ $<

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMPS)/python: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/node: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(STAMPS) && touch $@

clean:
	rm -rf $(VENV) node_modules $(STAMPS) static
