/**
 * The dashboard beside a run: {@code sparktune run} starts the dashboard (the web leaderboard and the
 * REST API) as a JVM of its own, a client of the run's control plane, because Spark and the
 * dashboard's web stack cannot share a JVM.
 */
package io.sparktune.runner.dashboard;
