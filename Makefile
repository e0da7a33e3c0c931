# The course: `make` builds and runs every chapter, `make test` checks every number.
SWIFT ?= swift
CHAPTERS := ch01-neurons ch02-activations ch03-losses ch04-optimizers ch05-forward-backward ch06-mlp ch07-efficiency ch08-techniques
# `make ch04` runs chapter 04 alone (with `ARGS="--seed 7"` for options).
CHAPTER_SHORT := $(foreach chapter,$(CHAPTERS),$(firstword $(subst -, ,$(chapter))))
# The host's vector flags (AVX2 + FMA where it has them), passed on the command line so that the libraries
# carry no unsafe flags; `make PORTABLE=1 …` builds baseline code instead.
ifeq ($(origin SWIFT_FLAGS),undefined)
SWIFT_FLAGS := $(shell NEURALKIT_PORTABLE=$(PORTABLE) ./scripts/swift-flags.sh)
endif
RELEASE_BIN = $(shell $(SWIFT) build -c release $(SWIFT_FLAGS) --show-bin-path)

.PHONY: all setup build chapters test check-client fuzz plots clean bench bench-venv bench-matmul bench-mlp check check-solutions \
  $(CHAPTER_SHORT)

all: setup build chapters
	@echo
	@echo "Notebook pages:"
	@for dir in plots/*/; do echo "  $${dir}README.md"; done

setup:
	@./scripts/ensure-gnuplot.sh

build:
	$(SWIFT) build -c release $(SWIFT_FLAGS)

chapters: build
	@for chapter in $(CHAPTERS); do \
	  echo; echo "▶ $$chapter"; \
	  "$(RELEASE_BIN)/$$chapter" || exit $$?; \
	done

$(CHAPTER_SHORT): build
	"$(RELEASE_BIN)/$(filter $@-%,$(CHAPTERS))" $(ARGS)

# The chapter tests run the release executables (numeric code is ~10–50× slower in debug).
test: setup build
	COURSE_BIN="$(RELEASE_BIN)" $(SWIFT) test $(SWIFT_FLAGS)
	@./scripts/check-client.sh
	@$(MAKE) --no-print-directory check-solutions

# A package outside the course depends on NeuralKit by version and trains with it (Examples/NeuralKitClient).
check-client:
	@./scripts/check-client.sh

# Exercises (Exercises/README.md): a package of their own, so a learner's unfinished code never breaks the
# course's build. Debug builds: quick to rebuild after each edit, and grading takes well under a second.
# `make check` grades the learner's functions (CH=04 for one chapter); `make check-solutions` grades the
# reference answers, proves every grader rejects its mutants, and checks Exercises/catalog.tsv.
EXERCISES_BIN = Exercises/.build/debug
CH ?=

check:
	@$(SWIFT) build --package-path Exercises --product check --quiet
	@"$(EXERCISES_BIN)/check" $(CH)

check-solutions:
	@$(SWIFT) build --package-path Exercises --product check-solutions --quiet
	@"$(EXERCISES_BIN)/check-solutions" $(CH)
	@"$(EXERCISES_BIN)/check-solutions" --mutants $(CH)
	@"$(EXERCISES_BIN)/check-solutions" --list | diff -u Exercises/catalog.tsv - \
	  || { echo "Exercises/catalog.tsv differs from the graders' catalog (above): regenerate it with"; \
	       echo "  $(EXERCISES_BIN)/check-solutions --list > Exercises/catalog.tsv"; exit 1; }
	@cut -f2 Exercises/catalog.tsv | tail -n +2 | while read -r id; do \
	  grep -q "\`$$id\`" Exercises/README.md || { echo "Exercises/README.md does not list $$id"; exit 1; }; \
	done

# libFuzzer on NeuralKit's data loaders (IDX images and labels, CSV): FUZZ_RUNS inputs from the seeds in
# Fuzz/seeds, in a throw-away corpus folder; any crash stops it with the input that caused it.
FUZZ_RUNS ?= 1000000
fuzz:
	$(SWIFT) build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
	@corpus=$$(mktemp -d) && cp Fuzz/seeds/* "$$corpus" && \
	  Fuzz/.build/release/fuzz-loaders -runs=$(FUZZ_RUNS) -print_final_stats=1 "$$corpus"; \
	  status=$$?; rm -rf "$$corpus"; exit $$status

# Re-render every figure from its committed script and data; a script that fails keeps its old image.
plots: setup
	@./scripts/render-plots.sh

# Benchmarks compare Swift with numpy/OpenBLAS (and PyTorch when installed), one thread, Float64. They set
# up their own Python environment outside the repository (scripts/bench/setup-venv.sh; BENCH_TORCH=1 adds
# PyTorch's CPU build). An existing environment: make bench BENCH_VENV=/path/to/venv
BENCH_VENV ?= $(HOME)/.cache/neural-course/venv
PYTHON = $(BENCH_VENV)/bin/python
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, set on some machines for old OpenBLAS builds, slow a current one:
# unset for these measurements only.
ONE_THREAD = env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

bench-venv:
	@BENCH_VENV="$(BENCH_VENV)" ./scripts/bench/setup-venv.sh

# The side-by-side table: matrix product, the digits recipe of chapter 06, one MNIST-sized epoch; written
# to plots/07-efficiency/benchmarks.md. `make bench THREADS=2` adds a 1024×1024 product on two threads
# against OpenBLAS on two.
THREADS ?= 1
bench: bench-venv
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product bench-matmul
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product bench-epoch
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product bench-mlp
	@./scripts/bench/compare.sh "$(RELEASE_BIN)" "$(PYTHON)" plots/07-efficiency/benchmarks.md "$(THREADS)"

# Matrix-product GFLOPS: naive, reordered and blocked Swift kernels, then numpy/OpenBLAS.
bench-matmul: bench-venv
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product bench-matmul
	@"$(RELEASE_BIN)/bench-matmul" | tee .build/bench-matmul.txt
	@echo
	@$(ONE_THREAD) "$(PYTHON)" scripts/bench/matmul_numpy.py 512 | tee .build/bench-matmul-numpy.txt
	@awk '/^blocked 512 GFLOPS/ {swift = $$4} /^numpy 512 GFLOPS/ {blas = $$4} \
	  END {if (swift && blas) printf "\nblocked / OpenBLAS at 512: %.2f\n", swift / blas}' \
	  .build/bench-matmul.txt .build/bench-matmul-numpy.txt

# Chapter 06's digits recipe trained in Swift and in a from-scratch numpy implementation, same sizes,
# initialization, optimizer, batches and epochs; best of 5 runs each.
bench-mlp: bench-venv
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product bench-mlp
	@"$(RELEASE_BIN)/bench-mlp" --repeat 5 | tee .build/bench-mlp.txt
	@$(ONE_THREAD) "$(PYTHON)" scripts/reference/mlp_numpy.py bench --repeat 5 | tee .build/bench-mlp-numpy.txt
	@awk '/^swift train_seconds/ {swift = $$3} /^numpy train_seconds/ {numpy = $$3} \
	  END {if (swift && numpy) printf "\nSwift / numpy training time: %.2f (goal ≤ 0.25)\n", swift / numpy}' \
	  .build/bench-mlp.txt .build/bench-mlp-numpy.txt

clean:
	$(SWIFT) package clean
	rm -rf .build
