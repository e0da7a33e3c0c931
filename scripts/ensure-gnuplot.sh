#!/usr/bin/env bash
# Installs gnuplot-nox (gnuplot without X11 or Qt) when gnuplot is missing: apt-get as root, else through
# passwordless sudo, else it stops (exit 1) with a message naming the package and the command to run.
# The course runs without gnuplot too: figures are then left as .gp + .dat.
#
# Everything it runs (id, sudo, apt-get, gnuplot) is looked up on PATH, so a test can put stand-ins there.
set -euo pipefail

package=gnuplot-nox
install=(apt-get install -y --no-install-recommends "$package")

if command -v gnuplot >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "gnuplot is not installed, and this user is not root and has no passwordless sudo to install it." >&2
  echo "Install the package $package as an administrator:" >&2
  echo "  sudo apt-get update && sudo ${install[*]}" >&2
  echo "(The chapters still run without it and leave each figure as a .gp script with its .dat data.)" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "gnuplot is not installed and apt-get is not available: install the package $package (or gnuplot) by hand." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "gnuplot is not installed: installing $package (gnuplot without X11) with apt-get."
# A fresh machine may have no package lists yet.
echo "+ ${run[*]:+${run[*]} }apt-get update"
"${run[@]}" apt-get update
echo "+ ${run[*]:+${run[*]} }${install[*]}"
"${run[@]}" "${install[@]}"

if ! command -v gnuplot >/dev/null 2>&1; then
  echo "apt-get finished but gnuplot is still not on PATH; check the output above." >&2
  exit 1
fi
echo "Installed $(gnuplot --version)."
