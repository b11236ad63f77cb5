/**
 * What the schedulers ({@code asha}, {@code hyperband}, {@code median}) share: the value a trial
 * recorded at a step ({@link io.sparktune.strategies.stopping.StepValues}), the k-th best of the
 * values recorded there ({@link io.sparktune.strategies.stopping.Cut}), and numbers written for the
 * reasons a person reads ({@link io.sparktune.strategies.stopping.Decimals}).
 */
package io.sparktune.strategies.stopping;
