/**
 * The {@code evolution} strategy: regularized (aging) evolution, Real et al. 2019, "Regularized
 * Evolution for Image Classifier Architecture Search" (AAAI), applied to hyperparameters. The
 * population is the P most recent trials; each proposal mutates the winner of a tournament of S of
 * them in one parameter. {@link io.sparktune.strategies.evolution.EvolutionSampler} describes the
 * algorithm, {@link io.sparktune.strategies.evolution.Mutator} the mutation.
 *
 * <p>Options ({@code strategy.options}), all optional:
 * <ul>
 *   <li>{@code population} (P, default 100, at least 2): how many of the most recent trials form the
 *       population; the first P trials are random draws;</li>
 *   <li>{@code sampleSize} (S, default 10, or P when P is smaller; between 1 and P): how many members a
 *       tournament draws; larger means greedier;</li>
 *   <li>{@code mutation} (default {@code "perturb"}): {@code "perturb"} moves a number by a Gaussian
 *       step in its transformed space, {@code "redraw"} draws it again from its whole domain; a
 *       categorical takes another of its choices either way;</li>
 *   <li>{@code perturbationScale} (default 0.2, in {@code (0, 1]}; only with {@code "perturb"}): the
 *       standard deviation of the step as a fraction of the parameter's range (in log space for
 *       {@code log} parameters).</li>
 * </ul>
 */
package io.sparktune.strategies.evolution;
