/**
 * Spark as the trial executor: {@link io.sparktune.runner.spark.SparkTrialExecutor} runs each trial
 * attempt on a Spark executor, which reaches the study's store itself (claims, heartbeats, reports
 * with their verdicts), while the driver's study runner asks, tells and watches the leases.
 *
 * <p>What runs where:
 * <ul>
 *   <li>The driver sends an {@link io.sparktune.runner.spark.AttemptOrder} (trial number, attempt,
 *       parameters, seed) and gets back an {@link io.sparktune.runner.spark.AttemptOutcome} (the
 *       trainer's value, or the text of its exception).</li>
 *   <li>An executor JVM rebuilds the study from the study file's text
 *       ({@link io.sparktune.runner.spark.StudyHandle}) once per study, and keeps the store
 *       connection, the trainer and the scheduler for every later task.</li>
 *   <li>Each attempt is claimed in the store first: a task that Spark runs again for the same
 *       attempt finds it claimed and does not train. A trial runs again only as a new attempt,
 *       which the driver starts once the old one's lease runs out (STALE); what the old one still
 *       reports is refused by the store.</li>
 * </ul>
 *
 * <p>Two dispatch modes ({@link io.sparktune.runner.spark.Dispatch}): {@code JOB_PER_TRIAL}, a
 * Spark job per attempt in a job group of its own; and {@code PULL_WORKERS}, one long-running task
 * per slot taking attempts from a {@link io.sparktune.runner.spark.TrialQueue}.
 *
 * <p>Pull workers are the default, chosen by measurement (docs/benchmarks.md, "The Spark executor"):
 * a Spark job costs 7 to 8 ms of scheduling per attempt even in local mode on a quiet machine (12 to
 * 18 ms on a loaded one), against well under 0.1 ms for a worker to take the next attempt from its
 * queue, so with trials of one second the workers keep the slots 99.6 to 99.8% busy where a job per
 * trial reaches 96 to 97%, short of the 97% target. What a job per trial offers besides, cancelling
 * one trial's Spark job and seeing each trial in Spark's UI, sparktune does not need: a trial is
 * stopped through the store (its next report is answered STOP), and closing the executor cancels
 * the workers' jobs. The price of workers: each holds a core for the whole study, so the slots must
 * not outnumber the cores the application has.
 */
package io.sparktune.runner.spark;
