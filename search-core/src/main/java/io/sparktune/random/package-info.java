/**
 * Injected randomness: {@link io.sparktune.random.Seeds} derives a trial's random generator from
 * the study seed and the trial number alone, so a draw never depends on threads, timing or machines.
 */
package io.sparktune.random;
