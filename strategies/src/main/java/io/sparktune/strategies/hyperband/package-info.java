/**
 * The {@code hyperband} scheduler (Li et al. 2018, "Hyperband: A Novel Bandit-Based Approach to
 * Hyperparameter Optimization", JMLR 18): the paper's brackets of successive halving, run in their
 * stopping form. {@link io.sparktune.strategies.hyperband.HyperbandBrackets} computes the brackets
 * (the paper's Table 1 for {@code R = 81, eta = 3}); {@link io.sparktune.strategies.hyperband.HyperbandScheduler}
 * judges reports against them. The sampler is whatever the study names: with {@code tpe} this is a
 * search in the spirit of BOHB (Falkner et al. 2018).
 */
package io.sparktune.strategies.hyperband;
