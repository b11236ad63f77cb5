#!/usr/bin/env bash
# From a trial's report to the open leaderboard showing it, in headless Chromium: REPORTS (default 40)
# reports, one every INTERVAL_MS (default 500), to a running trial of a study on a control-plane
# member; a dashboard over a Hazelcast client of it, as "sparktune run" has; the page notes when each
# new epoch appears. The baseline, measured in the same run: each report's arrival at a plain
# Hazelcast entry listener in the dashboard's JVM. Prints both latencies (median, 90th percentile,
# maximum), their ratio, and whether every update reached the page within 1 s (the target).
# Installs Chromium and playwright-core as the browser test does. Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
work="$root/dashboard/target/browser"

echo "building the dashboard ..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests package -pl dashboard -am) >&2
bash "$root/dashboard/src/test/browser/setup.sh" "$work" >&2
cp "$here/push_latency.mjs" "$work/"
classpath="$root/dashboard/target/dashboard-0.1.0-SNAPSHOT.jar:$root/dashboard/target/lib/*"
java_cmd="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
out="$("$java_cmd" @"$root/spark-runner/src/main/jvm/jvm.args" -cp "$classpath" \
  io.sparktune.dashboard.bench.PushLatencyBench "${REPORTS:-40}" "${INTERVAL_MS:-500}" "$work/push_latency.mjs" \
  2>/dev/null | grep '=')"
echo "$out" | grep -v _all_
value() { echo "$out" | sed -n "s/^$1=//p"; }
page_p50="$(value page_p50_ms)"; listener_p50="$(value listener_p50_ms)"; page_max="$(value page_max_ms)"
echo "reports seen by the page: $(value page_seen) of ${REPORTS:-40}"
awk -v p="$page_p50" -v l="$listener_p50" 'BEGIN { printf "ratio, page p50 / Hazelcast listener p50: %.1f\n", p / (l > 0 ? l : 1) }'
if [[ "$(value page_seen)" == "${REPORTS:-40}" && "$page_max" -lt 1000 ]]; then
  echo "target (every update on the page within 1 s): met (max ${page_max} ms)"
else
  echo "target (every update on the page within 1 s): NOT met (max ${page_max} ms, seen $(value page_seen))"
fi
