#!/usr/bin/env bash
# The side-by-side table of `make bench`: Swift (NeuralKit) against numpy/OpenBLAS and, when torch
# imports, PyTorch CPU — one thread each, Float64, every ratio measured in this run.
#   (a) 512×512 matrix product, GFLOPS                      bench-matmul   | matmul_numpy.py  | torch_cpu.py matmul
#   (b) chapter 06 digits recipe, training seconds          bench-mlp      | mlp_numpy.py     | torch_cpu.py digits
#   (c) one epoch, 784-256-10, batch 128, 60,000 samples    bench-epoch    | epoch_numpy.py   | torch_cpu.py epoch
# Usage: scripts/bench/compare.sh BIN_DIR PYTHON OUTPUT.md   (the Makefile's `bench` target passes them)
set -euo pipefail

bin="$1" python="$2" output="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One thread everywhere; OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, set on some machines for old OpenBLAS
# builds, slow a current one: unset for these measurements only.
py() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 "$python" "$@"; }
# The last field of the line starting with `$2` in file $1.
field() { awk -v prefix="$2" 'index($0, prefix) == 1 {value = $NF} END {print value}' "$1"; }

echo "▶ (a) matrix product 512×512"
"$bin/bench-matmul" --sizes 512 | tee "$work/swift-matmul.txt"
py scripts/bench/matmul_numpy.py 512 | tee "$work/numpy-matmul.txt"

echo "▶ (b) digits recipe (chapter 06), best of 3 runs each"
"$bin/bench-mlp" --repeat 3 | tee "$work/swift-digits.txt"
py scripts/reference/mlp_numpy.py bench | tee "$work/numpy-digits.txt"

echo "▶ (c) one epoch 784-256-10, batch 128, 60,000 samples"
"$bin/bench-epoch" | tee "$work/swift-epoch.txt"
py scripts/bench/epoch_numpy.py | tee "$work/numpy-epoch.txt"

torch_version=""
if py -c "import torch" 2> /dev/null; then
  torch_version=$(py -c "import torch; print(torch.__version__)")
  echo "▶ PyTorch $torch_version"
  py scripts/bench/torch_cpu.py matmul | tee "$work/torch-matmul.txt"
  py scripts/bench/torch_cpu.py digits | tee "$work/torch-digits.txt"
  py scripts/bench/torch_cpu.py epoch | tee "$work/torch-epoch.txt"
else
  echo "▶ PyTorch not importable: its column is left out (BENCH_TORCH=1 make bench installs the CPU build)"
fi

swift_gflops=$(field "$work/swift-matmul.txt" "blocked 512 GFLOPS")
numpy_gflops=$(field "$work/numpy-matmul.txt" "numpy 512 GFLOPS")
swift_digits=$(field "$work/swift-digits.txt" "swift train_seconds")
numpy_digits=$(field "$work/numpy-digits.txt" "numpy train_seconds")
swift_epoch=$(field "$work/swift-epoch.txt" "swift epoch_seconds")
numpy_epoch=$(field "$work/numpy-epoch.txt" "numpy epoch_seconds")
torch_gflops="" torch_digits="" torch_epoch=""
if [ -n "$torch_version" ]; then
  torch_gflops=$(field "$work/torch-matmul.txt" "torch 512 GFLOPS")
  torch_digits=$(field "$work/torch-digits.txt" "torch train_seconds")
  torch_epoch=$(field "$work/torch-epoch.txt" "torch epoch_seconds")
fi

# A row: label, unit, swift, numpy, torch, goal text, goal kind (min: ratio ≥ goal; max: ratio ≤ goal), goal.
row() {
  awk -v label="$1" -v unit="$2" -v s="$3" -v n="$4" -v t="$5" -v goal="$6" -v kind="$7" -v g="$8" 'BEGIN {
    ratio = s / n
    met = (kind == "min") ? (ratio >= g) : (ratio <= g)
    torch = (t == "") ? "—" : sprintf("%.3g", t)
    torchRatio = (t == "") ? "—" : sprintf("%.2f×", s / t)
    printf "| %s | %s | %.3g | %.3g | **%.2f×** | %s | %s | %s | %s |\n", label, unit, s, n, ratio, torch, torchRatio, goal, met ? "yes" : "no"
  }'
}

model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2> /dev/null || echo unknown)
cores=$(getconf _NPROCESSORS_ONLN 2> /dev/null || echo "?")
blas=$(awk '/^BLAS:/ {sub(/^BLAS: /, ""); print; exit}' "$work/numpy-matmul.txt")
numpy_version=$(py -c "import numpy; print(numpy.__version__)")
swift_version=$(swift --version 2>&1 | awk 'NR == 1' || true)
mkdir -p "$(dirname "$output")"
{
  echo "# Benchmarks: NeuralKit against numpy and PyTorch"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d): $model, $cores logical cores. Every library runs on **one thread**"
  echo "(OPENBLAS_NUM_THREADS=OMP_NUM_THREADS=MKL_NUM_THREADS=1, torch.set_num_threads(1)), dtype **float64**; each ratio"
  echo "divides two numbers measured in this same run. A snapshot of this machine: a rerun changes the numbers."
  echo
  echo "- Swift: $swift_version, NeuralKit release build"
  echo "- numpy $numpy_version, BLAS: ${blas:-unknown}"
  echo "- PyTorch: ${torch_version:-not installed (BENCH_TORCH=1 make bench installs the CPU build)}"
  echo
  echo "| measurement | unit | Swift | numpy | Swift / numpy | PyTorch | Swift / PyTorch | goal (Swift / numpy) | met |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row "(a) matrix product 512×512" "GFLOPS (higher is better)" "$swift_gflops" "$numpy_gflops" "$torch_gflops" "≥ 0.5×" min 0.5
  row "(b) digits recipe of chapter 06, 30 epochs" "seconds (lower is better)" "$swift_digits" "$numpy_digits" "$torch_digits" "≤ 0.25×" max 0.25
  row "(c) one epoch, 784-256-10, batch 128, 60,000 samples" "seconds (lower is better)" "$swift_epoch" "$numpy_epoch" "$torch_epoch" "≤ 1.0×" max 1.0
  echo
  echo "(a) Swift: the blocked kernel of \`Matrix.matmul\` (\`bench-matmul\`); numpy: \`a @ b\` (OpenBLAS dgemm); PyTorch: \`a @ b\`."
  echo "Best of repeated products, GFLOPS = 2n³ / seconds."
  echo
  echo "(b) 64-64-10 ReLU, softmax cross-entropy, He initialization, Adam lr 1e-3, minibatches of 32, 30 epochs, training and"
  echo "test sets evaluated after every epoch. Swift: \`bench-mlp\` (the library's Trainer, best of 3 runs); numpy:"
  echo "\`scripts/reference/mlp_numpy.py bench\`; PyTorch: \`scripts/bench/torch_cpu.py digits\`."
  echo
  echo "(c) 784-256-10 ReLU, softmax cross-entropy, Adam lr 1e-3, minibatches of 128 over 60,000 random examples (784"
  echo "pixels in [0, 1), 10 classes). Swift: \`bench-epoch\` (NeuralKit's Trainer; the first layer skips the gradient of"
  echo "the data, as numpy's and PyTorch's code do); numpy: \`scripts/bench/epoch_numpy.py\`; PyTorch: \`scripts/bench/torch_cpu.py epoch\`."
  echo
  echo "What limits each: (a) is the kernel alone, where OpenBLAS's hand-written assembly keeps an edge of some 5–15 %."
  echo "(c) is products of 128 rows and more, which the kernel decides; the elementwise passes add to it, where one Swift"
  echo "loop over θ, g, m and v replaces numpy's chain of temporary arrays. (b) multiplies 32×64 by 64×64 matrices, a few"
  echo "microseconds of arithmetic each. Its 1.4 billion floating-point operations (0.9 in the 1,350 steps, 0.5 in the"
  echo "evaluations) take some 35 ms at the kernel's speed, and Adam's pass over 4,874 parameters per step, with a square root"
  echo "and two divisions each, another 11 ms: about 0.2× of numpy's time before any other cost. Allocating every"
  echo "intermediate matrix, the short loops over 10 columns and the per-call dispatch make up the rest in Swift; the"
  echo "interpreter's fixed cost per operation decides numpy's. [README.md](README.md) splits one step into its phases."
} > "$output"
echo
cat "$output"
