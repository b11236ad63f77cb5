#!/usr/bin/env bash
# sparktune's strategies side by side with Optuna 3.1 on this machine, in one run:
#  - single-fidelity: sparktune tpe, random and evolution (the bench harness) and Optuna's default
#    TPESampler and RandomSampler (compare_optuna.py) on branin, hartmann3, hartmann6, rosenbrock (4-D),
#    levy (5-D) and ackley (5-D), SEEDS seeds (0 .. SEEDS-1) and TRIALS trials each;
#  - TPE ask latency on hartmann6 with HISTORY finished trials, sparktune's against Optuna's;
#  - multi-fidelity: ASHA with random sampling against full-budget random search on Counting Ones and
#    multi-fidelity Hartmann6 (27 steps per full trial, the same total budget).
# Prints one table and which of the issue's targets hold. Installs Debian's python3-optuna when it is
# missing. Not part of CI: it takes a few minutes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
python=/usr/bin/python3
seeds="${SEEDS:-10}"
trials="${TRIALS:-200}"
history="${HISTORY:-1000}"
steps=27
asha='{"maxT": 27, "gracePeriod": 1, "reductionFactor": 3}'

if ! "$python" -c 'import optuna' 2>/dev/null; then
  echo "installing python3-optuna (Debian) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-optuna >/dev/null
fi
"$python" "$here/compare_optuna.py" check >&2
"$root/sparktune" --version >/dev/null   # builds first when needed

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
classpath="$root/spark-runner/target/spark-runner-0.1.0-SNAPSHOT.jar:$root/spark-runner/target/lib/*"

bench() { "$root/sparktune" bench --seeds "$seeds" --trials "$trials" --json "$@"; }

echo "sparktune: tpe, random, evolution ..." >&2
bench --sampler tpe > "$work/tpe.json"
bench --sampler random > "$work/random.json"
bench --sampler evolution > "$work/evolution.json"
echo "sparktune: multi-fidelity, random and ASHA ..." >&2
bench --sampler random --functions countingones,mfhartmann6 --steps "$steps" > "$work/mf-random.json"
bench --sampler random --scheduler asha --scheduler-options "$asha" --functions countingones,mfhartmann6 \
  --steps "$steps" > "$work/mf-asha.json"
echo "ask latency ..." >&2
# Warm: the JVM warmed up on a copy of the study first (a study driver's steady state); cold: a fresh JVM.
java -cp "$classpath" io.sparktune.strategies.bench.AskLatency --sampler tpe --function hartmann6 \
  --history "$history" --warmup 500 --asks 20 --json > "$work/latency.json"
java -cp "$classpath" io.sparktune.strategies.bench.AskLatency --sampler tpe --function hartmann6 \
  --history "$history" --warmup 0 --asks 20 --json > "$work/latency-cold.json"
"$python" "$here/compare_optuna.py" latency "$history" 5 20 > "$work/optuna-latency.json"
echo "Optuna: TPESampler, RandomSampler ..." >&2
"$python" "$here/compare_optuna.py" run tpe "$seeds" "$trials" > "$work/optuna-tpe.json"
"$python" "$here/compare_optuna.py" run random "$seeds" "$trials" > "$work/optuna-random.json"

"$python" "$here/compare_optuna.py" table "$work"
