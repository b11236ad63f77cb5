/**
 * The {@code asha} scheduler: asynchronous successive halving in its stopping form (Li et al. 2020,
 * "A System for Massively Parallel Hyperparameter Tuning", MLSys), as Ray Tune's
 * {@code ASHAScheduler} and Syne Tune's stopping ASHA run it, and with {@code brackets > 1}
 * asynchronous Hyperband. See {@link io.sparktune.strategies.asha.AshaScheduler} for the rule and
 * {@link io.sparktune.strategies.asha.AshaSchedulerFactory} for the options.
 */
package io.sparktune.strategies.asha;
