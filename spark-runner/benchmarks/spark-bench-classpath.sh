# Sourced by the Spark benchmarks: builds spark-runner (the launcher's build) and its test classes,
# where the benchmarks and the trainers they use (registered for tests only) live, and sets
# $classpath. Expects $root.
"$root/sparktune" --version >/dev/null   # builds the jar and target/lib when needed
(cd "$root" && ./mvnw -q -B test-compile -pl spark-runner -am) >&2
classpath="$root/spark-runner/target/test-classes:$root/spark-runner/target/spark-runner-0.1.0-SNAPSHOT.jar:$root/spark-runner/target/lib/*"
