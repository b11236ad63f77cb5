#!/usr/bin/env bash
# Fetches Fashion-MNIST (Xiao, Rasul and Vollgraf, Zalando; MIT licence) for the "fashion-mnist"
# dataset: the gzipped idx files of the Debian package dataset-fashion-mnist
# (/usr/share/datasets/fashion-mnist/), unzipped into a folder, checked against their SHA-256 sums.
#
#   examples/fetch-fashion-mnist.sh [FOLDER]   # FOLDER defaults to examples/data/fashion-mnist (git-ignored)
#
# Uses the installed package when it is there; otherwise installs it with apt-get as root, or, as
# another user, downloads it with "apt-get download" and unpacks it with "dpkg -x" (nothing installed).
# sparktune also reads the gzipped files in /usr/share/datasets/fashion-mnist/ directly, so once the
# package is installed this script is only needed to get a copy elsewhere.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
target="${1:-$here/data/fashion-mnist}"
package="dataset-fashion-mnist"
installed="/usr/share/datasets/fashion-mnist"

sums="c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888  train-images-idx3-ubyte
bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9  train-labels-idx1-ubyte
5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b  t10k-images-idx3-ubyte
0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34  t10k-labels-idx1-ubyte"
files=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

if command -v sha256sum >/dev/null && (cd "$target" 2>/dev/null && sha256sum --check --status <<<"$sums"); then
  echo "Fashion-MNIST is already in $target"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source="$installed"
if [[ ! -f "$source/train-images-idx3-ubyte.gz" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    apt-get install -y "$package" >&2 || { apt-get update >&2 && apt-get install -y "$package" >&2; }
  else
    (cd "$work" && apt-get download "$package" >&2)
    dpkg -x "$work"/"$package"_*.deb "$work/root"
    source="$work/root$installed"
  fi
fi

mkdir -p "$work/out"
for f in "${files[@]}"; do
  gunzip -c "$source/$f.gz" >"$work/out/$f"
done
if command -v sha256sum >/dev/null; then
  (cd "$work/out" && sha256sum --check --quiet <<<"$sums") \
    || { echo "fetch-fashion-mnist.sh: $package does not hold the expected files" >&2; exit 1; }
fi
mkdir -p "$target"
for f in "${files[@]}"; do
  mv -f "$work/out/$f" "$target/$f"
done
echo "Fashion-MNIST: ${#files[@]} idx files in $target"
