/**
 * The benchmark harness: runs a sampler (and optionally a scheduler), chosen by their JSON names, on
 * the benchmark functions for several seeds through the real engine (a {@link io.sparktune.study.Study}
 * on an in-memory store, run by a {@link io.sparktune.study.StudyRunner} on a local executor, one trial
 * at a time so that every run replays exactly), and reports the simple regret (best found minus the
 * known optimum) at budget checkpoints: its median and quartiles over the seeds, with the mean time
 * the sampler took per ask.
 *
 * <p>{@link io.sparktune.strategies.bench.Bench} is the runnable ({@code sparktune bench} calls it);
 * {@link io.sparktune.strategies.bench.Harness} is the API; {@link io.sparktune.strategies.bench.AskLatency}
 * times one sampler's ask on a long history; {@link io.sparktune.strategies.bench.ReportLatency} times
 * the report round trip to the Hazelcast store against the in-memory one (here, not in search-core,
 * because it judges with the real ASHA scheduler).
 */
package io.sparktune.strategies.bench;
