/**
 * Whether a trial goes on: the {@link io.sparktune.scheduler.Scheduler} (pruner) role, its
 * {@link io.sparktune.scheduler.Verdict}, and {@link io.sparktune.scheduler.Schedulers}, which finds
 * implementations by their JSON names. Without a scheduler every trial runs to its end.
 */
package io.sparktune.scheduler;
