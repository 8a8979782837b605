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
	@echo "make bench  time 'guides build' against cmark on the corpus (release build)"

# System packages, installed only when missing: libcmark-dev (and pkg-config to find it),
# wfrench and wamerican (the French word list the importer's OCR repair checks words against,
# and the English one that tells it which unknown words are English and must be left alone).
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libcmark || [ ! -f /usr/share/dict/french ] \
		|| [ ! -f /usr/share/dict/american-english ]; then \
		echo "installing libcmark-dev, pkg-config, wfrench and wamerican"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev pkg-config wfrench wamerican; \
	fi

build: deps
	$(SWIFT) build -c release --product guides

site: build
	$(RELEASE_BIN) build
	@echo "Open file://$(CURDIR)/public/index.html (or serve public/ with any static web server)."

test: deps
	$(SWIFT) test

# Benchmark tools: hyperfine to time, cmark as the reference renderer.
bench-deps:
	@if ! command -v hyperfine >/dev/null || ! command -v cmark >/dev/null; then \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hyperfine cmark; \
	fi

bench: build bench-deps
	@mkdir -p .build/bench
	hyperfine --warmup 3 --runs 30 --export-json .build/bench/build.json \
		--command-name 'cmark (reference): render the 5 guides' \
		'for f in content/guides/*.md; do cmark --smart "$$f" > /dev/null; done' \
		--command-name 'guides build' \
		'$(RELEASE_BIN) build --quiet --output .build/bench/public'
	@python3 -c 'import json; r = json.load(open(".build/bench/build.json"))["results"]; ref = r[0]["median"]; \
		[print("%s: median %.1f ms (%.1fx the reference)" % (x["command"], x["median"] * 1000, x["median"] / ref)) for x in r]'

clean:
	rm -rf .build && find public -mindepth 1 ! -name .gitkeep -delete
