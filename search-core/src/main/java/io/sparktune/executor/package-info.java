/**
 * Where trials run: the {@link io.sparktune.executor.TrialExecutor} role (local threads here, a
 * Spark cluster in {@code spark-runner}).
 */
package io.sparktune.executor;
