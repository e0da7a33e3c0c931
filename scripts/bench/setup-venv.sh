#!/usr/bin/env bash
# Creates (or reuses) the Python environment `make bench` compares against, outside the repository:
#   ${BENCH_VENV:-$HOME/.cache/neural-course/venv}  with numpy, scikit-learn and threadpoolctl;
#   PyTorch (CPU wheels) as well when BENCH_TORCH=1.
# Idempotent: a package that already imports is not reinstalled. Prints each step.
set -euo pipefail

venv="${BENCH_VENV:-$HOME/.cache/neural-course/venv}"
python="${BENCH_PYTHON:-python3}"

if [ -x "$venv/bin/python" ]; then
  echo "bench venv: using $venv"
else
  echo "bench venv: creating $venv with $($python --version 2>&1)"
  mkdir -p "$(dirname "$venv")"
  if ! "$python" -m venv "$venv"; then
    echo "error: '$python -m venv' failed; on Debian/Ubuntu install it with: apt-get install -y python3-venv" >&2
    exit 1
  fi
fi

# Installs `package` unless `module` already imports.
ensure() {
  local module="$1"; shift
  if "$venv/bin/python" -c "import $module" 2>/dev/null; then
    echo "bench venv: $module present ($("$venv/bin/python" -c "import $module; print(getattr($module, '__version__', '?'))"))"
  else
    echo "bench venv: installing $*"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
  fi
}

ensure numpy numpy
ensure sklearn scikit-learn
ensure threadpoolctl threadpoolctl
if [ "${BENCH_TORCH:-0}" = "1" ]; then
  # The CPU wheels: the default PyPI ones bring several GB of CUDA libraries this benchmark never uses.
  ensure torch torch --index-url https://download.pytorch.org/whl/cpu
else
  echo "bench venv: PyTorch not requested (BENCH_TORCH=1 installs the CPU build); its column is filled only if torch already imports"
fi
