#!/usr/bin/env bash
# Training throughput of the dl4j trainer's MLP against PyTorch 1.13 on this machine, in one run:
# the same network (ReLU hidden layers HIDDEN, softmax output, Adam at 1e-3), the same training data
# (the Java side exports its prepared arrays, the Python side reads them), the same batch size,
# thread count and number of epochs. Prints training samples/s of each (median over the epochs after
# the first) and the ratio DL4J / PyTorch, for digits and for MNIST.
#   THREADS (default 2), EPOCHS (default 10 on digits, 3 on MNIST), BATCH (default 32 on digits, 64 on
#   MNIST), HIDDEN (default 128,128), DATASETS (default "digits mnist").
# Installs Debian's python3-torch when it is missing, and fetches MNIST (examples/fetch-mnist.sh).
# Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
python=/usr/bin/python3
threads="${THREADS:-2}"
hidden="${HIDDEN:-128,128}"
datasets="${DATASETS:-digits mnist}"

if ! "$python" -c 'import torch' 2>/dev/null; then
  echo "installing python3-torch (Debian) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch >/dev/null
fi
"$root/sparktune" --version >/dev/null   # builds first when needed
classpath="$root/spark-runner/target/spark-runner-0.1.0-SNAPSHOT.jar:$root/spark-runner/target/lib/*"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%-8s %-9s %5s %6s %7s %14s %14s %7s\n' dataset hidden batch epochs threads dl4j_samples/s torch_samples/s ratio
for dataset in $datasets; do
  if [[ "$dataset" == mnist && ! -f "$root/examples/data/mnist/train-images-idx3-ubyte" ]]; then
    "$root/examples/fetch-mnist.sh" >&2
  fi
  if [[ "$dataset" == digits ]]; then epochs="${EPOCHS:-10}"; batch="${BATCH:-32}"; else epochs="${EPOCHS:-3}"; batch="${BATCH:-64}"; fi
  OMP_NUM_THREADS="$threads" java -Dsparktune.home="$root" -cp "$classpath" io.sparktune.runner.dl4j.ThroughputBench \
    "$dataset" "$hidden" "$batch" "$epochs" "$work/$dataset" > "$work/$dataset.dl4j"
  OMP_NUM_THREADS="$threads" "$python" "$here/torch_mlp.py" "$work/$dataset" "$hidden" "$batch" "$epochs" "$threads" \
    > "$work/$dataset.torch"
  if [[ -n "${VERBOSE:-}" ]]; then cat "$work/$dataset.dl4j" "$work/$dataset.torch" >&2; fi
  dl4j="$(awk '/summary/ {print $4}' "$work/$dataset.dl4j")"
  torch="$(awk '/summary/ {print $4}' "$work/$dataset.torch")"
  ratio="$(awk -v a="$dl4j" -v b="$torch" 'BEGIN {printf "%.2f", a / b}')"
  printf '%-8s %-9s %5s %6s %7s %14s %14s %7s\n' "$dataset" "$hidden" "$batch" "$epochs" "$threads" "$dl4j" "$torch" "$ratio"
done
echo "target: ratio >= 0.80 (DL4J at least 0.8x PyTorch's throughput)"
