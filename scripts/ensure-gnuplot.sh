#!/usr/bin/env bash
# Installs gnuplot-nox (gnuplot without X11 or Qt) when gnuplot is missing: apt-get as root, else sudo,
# else a message naming the package. The course runs without it too: figures are then left as .gp + .dat.
set -euo pipefail

if command -v gnuplot >/dev/null 2>&1; then
  exit 0
fi

package=gnuplot-nox
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "gnuplot is not installed and this user cannot install packages." >&2
  echo "Ask an administrator to run: apt-get install -y --no-install-recommends $package" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "gnuplot is not installed and apt-get is not available: install the package $package (or gnuplot) by hand." >&2
  exit 1
fi

echo "Installing $package (gnuplot without X11) with apt-get..."
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet.
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "$package" >/dev/null
echo "Installed $(gnuplot --version)."
