/**
 * The {@code median} scheduler: the median stopping rule of Google Vizier (Golovin et al. 2017,
 * "Google Vizier: A Service for Black-Box Optimization", KDD), as Ray Tune's
 * {@code MedianStoppingRule} and Optuna's {@code MedianPruner} apply it. See
 * {@link io.sparktune.strategies.median.MedianStoppingRule}.
 */
package io.sparktune.strategies.median;
