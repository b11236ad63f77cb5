/** Benchmarks of the dashboard (run by the scripts in {@code dashboard/benchmarks}, not by the tests). */
package io.sparktune.dashboard.bench;
