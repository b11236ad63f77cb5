/**
 * Launching a study on a Spark cluster: the master a study is submitted to ({@link
 * io.sparktune.runner.cluster.SparkMaster}), a bounded check that the master and the control plane
 * answer at all ({@link io.sparktune.runner.cluster.Reachability}), and the driver JVM that Spark's
 * own {@code SparkSubmit} starts with the application jar ({@link
 * io.sparktune.runner.cluster.DriverLaunch}, {@link io.sparktune.runner.cluster.DriverProcess}).
 *
 * <p>Why a driver JVM of its own rather than Spark inside the {@code submit} process: the driver's
 * heap ({@code --driver-memory}) and Spark's {@code --add-opens} flags only apply to a JVM that
 * starts with them, and this is what {@code spark-submit} does too. The driver runs in client mode
 * on the submitting machine, so {@code submit} can stream its progress and return its exit code.
 */
package io.sparktune.runner.cluster;
