# The course: `make` builds and runs every chapter, `make test` checks every number.
SWIFT ?= swift
CHAPTERS := ch01-neurons ch04-optimizers
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: all setup build chapters test plots clean

all: setup build chapters
	@echo
	@echo "Notebook pages:"
	@for dir in plots/*/; do echo "  $${dir}README.md"; done

setup:
	@./scripts/ensure-gnuplot.sh

build:
	$(SWIFT) build -c release

chapters: build
	@for chapter in $(CHAPTERS); do \
	  echo; echo "▶ $$chapter"; \
	  "$(RELEASE_BIN)/$$chapter" || exit $$?; \
	done

test: setup
	$(SWIFT) test

# Re-render every figure from its committed script and data.
plots: setup
	@for script in plots/*/*.gp; do \
	  dir=$$(dirname "$$script"); name=$$(basename "$$script"); \
	  echo "gnuplot $$script"; \
	  (cd "$$dir" && gnuplot "$$name") || exit $$?; \
	done

clean:
	$(SWIFT) package clean
	rm -rf .build
