#!/usr/bin/env bash
# Prints the `swift build` / `swift test` flags that let NeuralKit's kernels use this host's vector
# instructions. The Makefile passes them on the command line, so the libraries carry no unsafe flags of
# their own and another package can depend on NeuralKit by version.
#
#   -Xcc -fno-math-errno   every host: Double.squareRoot() goes through a C shim that must set errno for a
#                          negative input, which keeps loops with √ (Adam's step) scalar; nothing here
#                          reads errno, and IEEE √ is correctly rounded either way.
#   -Xcc -mavx2 -Xcc -mfma x86-64 hosts whose /proc/cpuinfo lists avx2 and fma: Swift takes its LLVM target
#   -Xswiftc -DNEURALKIT_FMA features from the Clang importer; NEURALKIT_FMA tells the kernel that
#                          `addingProduct` is one instruction, not a libm call. A binary built this way
#                          runs only on machines with AVX2 and FMA, like one built with -march=native.
#
# NEURALKIT_PORTABLE=1 prints only the first flag: baseline code that runs on any x86-64 machine.
set -euo pipefail
flags=(-Xcc -fno-math-errno)
if [ -z "${NEURALKIT_PORTABLE:-}" ] && [ "$(uname -m)" = x86_64 ] && [ -r /proc/cpuinfo ]; then
  features=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
  if [[ $features == *" avx2 "* && $features == *" fma "* ]]; then
    flags+=(-Xcc -mavx2 -Xcc -mfma -Xswiftc -DNEURALKIT_FMA)
  fi
fi
echo "${flags[*]}"
