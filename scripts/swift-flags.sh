#!/usr/bin/env bash
# Prints the `swift build` / `swift test` flags that let NeuralKit's kernels use this host's vector
# instructions. The Makefile passes them on the command line, so the libraries carry no unsafe flags of
# their own and another package can depend on NeuralKit by version. The choice is made here, once, when
# the course is built (build-time detection): a binary runs on machines with at least the build host's
# instructions, like one built with -march=native.
#
#   -Xcc -fno-math-errno   every host: Double.squareRoot() goes through a C shim that must set errno for a
#                          negative input, which keeps loops with √ (Adam's step) scalar; nothing here
#                          reads errno, and IEEE √ is correctly rounded either way.
#   -Xcc -mavx2 -Xcc -mfma x86-64 hosts whose /proc/cpuinfo lists avx2 and fma: Swift takes its LLVM target
#   -Xswiftc -DNEURALKIT_FMA features from the Clang importer; NEURALKIT_FMA tells the kernel that
#                          `addingProduct` is one instruction, not a libm call. The matrix product's
#                          register tile is 6×8 (twelve of the sixteen 256-bit registers).
#   -Xcc -mavx512f         x86-64 hosts that also list avx512f, when the AVX-512 tile is the faster one
#   -Xswiftc -DNEURALKIT_AVX512  there: the tile becomes 8×24 (24 of the thirty-two 512-bit registers).
#
# The AVX-512 tile was measured against the AVX2 one on AMD EPYC Zen 4, which lists avx512f but executes each
# 512-bit operation as two 256-bit halves (no more arithmetic per cycle than AVX2): it was still faster
# there (53 against 45 GFLOPS on the 32×64·64×64 products of a training step, 52 against 48 at n = 512),
# because 32 registers hold a larger tile that loads fewer numbers per multiply-add. Intel cores with
# AVX-512 (Skylake-SP and later) have full-width 512-bit units and gain more. So every host that lists
# avx512f gets it. Overrides:
#   NEURALKIT_AVX512=0   the AVX2 tile even where avx512f is listed (to compare the two on one host)
#   NEURALKIT_PORTABLE=1 only the first flag: baseline code that runs on any x86-64 machine.
set -euo pipefail
flags=(-Xcc -fno-math-errno)
if [ -z "${NEURALKIT_PORTABLE:-}" ] && [ "$(uname -m)" = x86_64 ] && [ -r /proc/cpuinfo ]; then
  features=" $(grep -m1 '^flags' /proc/cpuinfo | cut -d: -f2) "
  if [[ $features == *" avx2 "* && $features == *" fma "* ]]; then
    flags+=(-Xcc -mavx2 -Xcc -mfma -Xswiftc -DNEURALKIT_FMA)
    if [[ $features == *" avx512f "* && ${NEURALKIT_AVX512:-1} != 0 ]]; then
      flags+=(-Xcc -mavx512f -Xswiftc -DNEURALKIT_AVX512)
    fi
  fi
fi
echo "${flags[*]}"
