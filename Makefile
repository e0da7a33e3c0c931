# The course: `make` builds and runs every chapter, `make test` checks every number.
SWIFT ?= swift
CHAPTERS := ch01-neurons ch02-activations ch03-losses ch04-optimizers ch05-forward-backward ch06-mlp ch07-efficiency
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: all setup build chapters test plots clean bench-matmul bench

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

# The chapter tests run the release executables (numeric code is ~10–50× slower in debug).
test: setup build
	COURSE_BIN="$(RELEASE_BIN)" $(SWIFT) test

# Re-render every figure from its committed script and data.
plots: setup
	@for script in plots/*/*.gp; do \
	  dir=$$(dirname "$$script"); name=$$(basename "$$script"); \
	  echo "gnuplot $$script"; \
	  (cd "$$dir" && gnuplot "$$name") || exit $$?; \
	done

# Matrix-product GFLOPS: naive, reordered and blocked Swift kernels, then numpy/OpenBLAS on one thread.
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, set on some machines for old OpenBLAS builds, slow a current one:
# unset for this measurement only.
# A Python with numpy (a virtual environment outside the repository): make bench-matmul PYTHON=/path/to/venv/bin/python
PYTHON ?= python3
bench-matmul:
	$(SWIFT) build -c release --product bench-matmul
	@"$(RELEASE_BIN)/bench-matmul" | tee .build/bench-matmul.txt
	@echo
	@env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
	  $(PYTHON) scripts/bench/matmul_numpy.py 512 | tee .build/bench-matmul-numpy.txt
	@awk '/^blocked 512 GFLOPS/ {swift = $$4} /^numpy 512 GFLOPS/ {blas = $$4} \
	  END {if (swift && blas) printf "\nblocked / OpenBLAS at 512: %.2f\n", swift / blas}' \
	  .build/bench-matmul.txt .build/bench-matmul-numpy.txt

# Swift against numpy/OpenBLAS and PyTorch (when importable), one thread, Float64: matrix product, the
# digits recipe of chapter 06, one MNIST-sized epoch. Sets up its own Python environment outside the
# repository (scripts/bench/setup-venv.sh; BENCH_TORCH=1 adds PyTorch's CPU build) and writes the table to
# plots/07-efficiency/benchmarks.md. An existing environment: make bench BENCH_VENV=/path/to/venv
BENCH_VENV ?= $(HOME)/.cache/neural-course/venv
bench:
	@BENCH_VENV="$(BENCH_VENV)" ./scripts/bench/setup-venv.sh
	$(SWIFT) build -c release --product bench-matmul
	$(SWIFT) build -c release --product bench-epoch
	$(SWIFT) build -c release --product ch06-mlp
	@./scripts/bench/compare.sh "$(RELEASE_BIN)" "$(BENCH_VENV)/bin/python" plots/07-efficiency/benchmarks.md

clean:
	$(SWIFT) package clean
	rm -rf .build
