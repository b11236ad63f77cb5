/**
 * The {@code tpe} strategy: the Tree-structured Parzen Estimator (Bergstra et al. 2011; Watanabe
 * 2023), with the rules and defaults of Optuna 3.1's {@code TPESampler}; see
 * {@link io.sparktune.strategies.tpe.TpeSampler} for the algorithm.
 *
 * <p>Options ({@code strategy.options}), each optional:
 * <ul>
 *   <li>{@code nStartupTrials} (10, &gt;= 0): completed or pruned trials drawn at random before the
 *       model is used;</li>
 *   <li>{@code nEiCandidates} (24, &gt;= 1): candidates drawn from l(x) per proposal;</li>
 *   <li>{@code gammaFraction} (0.1, in (0, 1]) and {@code gammaMax} (25, &gt;= 1): the good group is
 *       the best gamma(n) = min(ceil(gammaFraction * n), gammaMax) of n finished trials, Optuna's
 *       {@code default_gamma} with the defaults;</li>
 *   <li>{@code weights} ({@code "ramp"} or {@code "flat"}, default ramp): Optuna's
 *       {@code default_weights} (below 25 observations all weigh 1; from 25 on, the oldest n - 25
 *       ramp linearly from 1/n to 1 and the newest 25 weigh 1), or 1 for every observation;</li>
 *   <li>{@code priorWeight} (1.0, &gt; 0), {@code considerPrior} (true), {@code considerMagicClip}
 *       (true), {@code considerEndpoints} (false): the prior kernel and the bandwidth rules of
 *       Optuna's Parzen estimator;</li>
 *   <li>{@code multivariate} (false): joint kernels over the parameters every finished trial has,
 *       bandwidths by Scott's rule; {@code group} (false, needs multivariate): joint kernels per
 *       group of parameters that are always active together;</li>
 *   <li>{@code constantLiar} (true): running and waiting trials count as bad results at their
 *       parameters, so parallel workers do not pile onto one point. Optuna's default is off;
 *       sparktune's is on because its studies run trials in parallel.</li>
 * </ul>
 * {@link io.sparktune.strategies.tpe.TpeAskLatency} times a proposal with a long history.
 */
package io.sparktune.strategies.tpe;
