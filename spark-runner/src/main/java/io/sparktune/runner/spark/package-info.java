/**
 * Spark as the trial executor: {@link io.sparktune.runner.spark.SparkTrialExecutor} runs each trial
 * attempt on a Spark executor, which reaches the study's store itself (claims, heartbeats, reports
 * with their verdicts), while the driver's study runner asks, tells and watches the leases.
 *
 * <p>What runs where:
 * <ul>
 *   <li>The driver sends an {@link io.sparktune.runner.spark.AttemptOrder} (trial number, attempt,
 *       parameters, seed) and gets back an {@link io.sparktune.runner.spark.AttemptOutcome}.</li>
 *   <li>An executor JVM rebuilds the study from the study file's text
 *       ({@link io.sparktune.runner.spark.StudyHandle}) once per study, and keeps the store
 *       connection, the trainer and the scheduler for every later task.</li>
 *   <li>Each attempt is claimed in the store first: a task that Spark runs again for the same
 *       attempt finds it claimed and does not train. A trial runs again only as a new attempt,
 *       which the driver starts once the old one's lease runs out (STALE).</li>
 * </ul>
 *
 * <p>Two dispatch modes ({@link io.sparktune.runner.spark.Dispatch}):
 * {@code JOB_PER_TRIAL}, a Spark job per attempt in its own job group; and {@code PULL_WORKERS},
 * one long-running task per slot pulling attempts from a {@link io.sparktune.runner.spark.TrialQueue}.
 * The default is chosen by measurement: see {@link io.sparktune.runner.spark.SparkExecutorSettings#DEFAULT_DISPATCH}
 * and docs/benchmarks.md.
 */
package io.sparktune.runner.spark;
