#!/usr/bin/env bash
# Wall time of the quick start's study, `sparktune run examples/branin.json` (random search, 200
# trials, 2 at a time, a durable study directory), against Optuna 3.1 running the same search,
# measured in the same run on the same machine. Each command is timed whole, as a user waits for
# it (process start included), REPEATS times; the medians and their ratios are printed.
# Installs Debian's python3-optuna when it is missing. Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
repeats="${REPEATS:-5}"
python=/usr/bin/python3

if ! "$python" -c 'import optuna' 2>/dev/null; then
  echo "installing python3-optuna (Debian) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-optuna >/dev/null
fi
"$root/sparktune" --version >/dev/null   # builds first when needed, outside the timings

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs "$@" REPEATS times in fresh output folders; prints the median wall time in seconds.
median_seconds() {
  local times=()
  for i in $(seq "$repeats"); do
    local start end
    start=$(date +%s.%N)
    "$@" "$work/out-$RANDOM-$i" >/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'
}

sparktune_run() { "$root/sparktune" run "$root/examples/branin.json" --progress none --out "$1"; }
optuna_memory() { "$python" "$here/optuna_branin.py"; }
optuna_journal() { "$python" "$here/optuna_branin.py" --journal "$1"; }

s=$(median_seconds sparktune_run)
om=$(median_seconds optuna_memory)
oj=$(median_seconds optuna_journal)

echo "branin, random search, 200 trials, 2 at a time; median wall time of $repeats runs"
printf '%-44s %8ss\n' "sparktune run (durable study directory)" "$s"
printf '%-44s %8ss\n' "Optuna 3.1, in-memory storage" "$om"
printf '%-44s %8ss\n' "Optuna 3.1, JournalFileStorage" "$oj"
printf 'ratio Optuna in-memory / sparktune: %.2fx\n' "$(echo "$om / $s" | bc -l)"
printf 'ratio Optuna journal   / sparktune: %.2fx\n' "$(echo "$oj / $s" | bc -l)"
