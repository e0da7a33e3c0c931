"""numpy (OpenBLAS) matrix-product speed on one thread, for comparison with bench-matmul.

Prints the BLAS library numpy runs (threadpoolctl) and GFLOPS = 2·n³ / best time for n×n float64 products;
the last line, `numpy 512 GFLOPS x`, is read by the Makefile.

Run (one thread; on machines that set OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, unset both for this command
only, or OpenBLAS runs a slower kernel than the processor allows):
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 \
        MKL_NUM_THREADS=1 /work/venv/bin/python scripts/bench/matmul_numpy.py [n ...]
"""

import os
import sys
import time

# Thread counts must be fixed before numpy loads its BLAS.
for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402

SECONDS_PER_MEASUREMENT = 1.0  # keep repeating until this much time has passed
MINIMUM_REPETITIONS = 3


def best_time(a, b):
    best, total, runs = float("inf"), 0.0, 0
    while runs < MINIMUM_REPETITIONS or total < SECONDS_PER_MEASUREMENT:
        start = time.perf_counter()
        a @ b
        elapsed = time.perf_counter() - start
        best, total, runs = min(best, elapsed), total + elapsed, runs + 1
    return best


def main():
    sizes = [int(arg) for arg in sys.argv[1:]] or [512]
    try:
        from threadpoolctl import threadpool_info

        for pool in threadpool_info():
            print(f"BLAS: {pool.get('internal_api')} {pool.get('version')}, "
                  f"kernel {pool.get('architecture')}, {pool.get('num_threads')} thread(s)")
    except ImportError:
        print("BLAS: threadpoolctl not installed, library unknown")
    rng = np.random.default_rng(2024)
    for n in sizes:
        a, b = rng.uniform(-1, 1, (n, n)), rng.uniform(-1, 1, (n, n))
        a @ b  # warm-up: first call loads the kernel and touches the pages
        print(f"numpy {n} GFLOPS {2 * n**3 / best_time(a, b) / 1e9:.3f}")


if __name__ == "__main__":
    main()
