#!/usr/bin/env bash
# Proves that another package can depend on NeuralKit by version, as a new user would:
#   1. clone this repository (its committed state plus any uncommitted changes to tracked files) into a
#      temporary folder and tag the clone 1.0.0;
#   2. write Examples/NeuralKitClient's manifest with `.package(url: <that clone>, from: "1.0.0")`;
#   3. build the client with a plain `swift build` (no flags) and run it: it must learn XOR.
# SwiftPM refuses a dependency whose library carries unsafe build flags, so this also checks that none
# came back. Everything happens under one temporary folder, removed at the end.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version=1.0.0

revision=$(git -C "$root" stash create 2>/dev/null || true)
git clone --quiet "$root" "$work/NeuralCourse"
if [ -n "$revision" ]; then
  git -C "$root" cat-file -p "$revision" > /dev/null
  git -C "$work/NeuralCourse" fetch --quiet "$root" "$revision"
  git -C "$work/NeuralCourse" checkout --quiet FETCH_HEAD
fi
git -C "$work/NeuralCourse" -c user.name=check -c user.email=check@localhost tag "$version"

mkdir -p "$work/client"
cp -R "$root/Examples/NeuralKitClient/Sources" "$work/client/"
sed -e "s|@NEURALKIT_URL@|file://$work/NeuralCourse|" -e "s|@NEURALKIT_VERSION@|$version|" \
  "$root/Examples/NeuralKitClient/Package.swift.in" > "$work/client/Package.swift"

echo "client: building a package that depends on NeuralKit from: \"$version\""
swift build --package-path "$work/client" 2>&1 | tail -n 3
output=$(swift run --package-path "$work/client" --skip-build xor)
echo "client: $output"
case "$output" in
  *"predictions [0, 1, 1, 0]"*) echo "client: ok" ;;
  *) echo "error: the client did not learn XOR" >&2; exit 1 ;;
esac
