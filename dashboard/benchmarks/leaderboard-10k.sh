#!/usr/bin/env bash
# A study of TRIALS (default 10000) trials with REPORTS (default 20) reports each, read as the
# dashboard's leaderboard reads it (a fresh snapshot over a Hazelcast client, a ranked page of 50, a
# page sorted by a parameter, the REST API's /trials?limit=50 over HTTP), against Optuna 3.1
# loading the same study from its in-memory storage and ranking it for a page (the baseline, measured
# in the same run). Prints the median milliseconds of ROUNDS (default 15) rounds of each and the
# ratios. Installs Debian's python3-optuna when it is missing. Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
trials="${TRIALS:-10000}"
reports="${REPORTS:-20}"
rounds="${ROUNDS:-15}"
python=/usr/bin/python3

if ! "$python" -c 'import optuna' 2>/dev/null; then
  echo "installing python3-optuna (Debian) ..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-optuna >/dev/null
fi
echo "building the dashboard ..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests package -pl dashboard -am) >&2
classpath="$root/dashboard/target/dashboard-0.1.0-SNAPSHOT.jar:$root/dashboard/target/lib/*"
java_cmd="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

ours="$("$java_cmd" @"$root/spark-runner/src/main/jvm/jvm.args" -Xmx2g -cp "$classpath" \
  io.sparktune.dashboard.bench.LeaderboardBench "$trials" "$reports" "$rounds" 2>/dev/null | grep '=')"
optuna="$("$python" "$here/optuna_10k.py" "$trials" "$reports" "$rounds")"

value() { echo "$ours" | sed -n "s/^$1=//p"; }
optuna_page="$(echo "$optuna" | "$python" -c 'import json,sys; print(round(json.load(sys.stdin)["page_ms"], 2))')"
echo "study: $(value trials) trials x $reports reports; median of $rounds rounds, milliseconds"
printf '%-58s %10s\n' "sparktune: fresh snapshot over a Hazelcast client" "$(value snapshot_ms)"
printf '%-58s %10s\n' "sparktune: leaderboard page (50, ranked)" "$(value page_ms)"
printf '%-58s %10s\n' "sparktune: page sorted by a parameter (50, offset 5000)" "$(value page_by_param_ms)"
printf '%-58s %10s\n' "sparktune: GET /api/studies/bench/trials?limit=50" "$(value rest_page_ms)"
printf '%-58s %10s\n' "Optuna 3.1: get_trials(deepcopy=False), rank, page of 50" "$optuna_page"
"$python" - "$(value snapshot_ms)" "$(value page_ms)" "$(value rest_page_ms)" "$optuna_page" <<'PY'
import sys
snapshot, page, rest, optuna = (float(a) for a in sys.argv[1:])
print(f"ratio, first page after a change (snapshot + page) / Optuna: {(snapshot + page) / optuna:.2f}")
print(f"ratio, a further page or sort (page) / Optuna: {page / optuna:.3f}")
print(f"ratio, REST page over HTTP / Optuna: {rest / optuna:.2f}")
PY
