/**
 * The {@code random} strategy: every active parameter drawn independently from its domain, as
 * Optuna's {@code RandomSampler} and Ray Tune's random search do. A strong baseline (Bergstra and
 * Bengio 2012, "Random Search for Hyper-Parameter Optimization", JMLR 13) and the start-up phase
 * of model-based samplers, which can call {@link io.sparktune.strategies.random.RandomSampler#draw}.
 */
package io.sparktune.strategies.random;
