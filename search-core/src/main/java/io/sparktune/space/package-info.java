/**
 * The search space: named parameters, each with a {@link io.sparktune.space.Domain} (float, int,
 * categorical or fixed) and an optional {@link io.sparktune.space.Condition} on other parameters.
 *
 * <p>Parameter values are plain Java values: {@code Double} for float, {@code Long} for int, and
 * {@code String}, {@code Long}, {@code Double} or {@code Boolean} for categorical and fixed choices.
 * {@link io.sparktune.space.Values} normalises numbers so that {@code 1} and {@code 1L} compare equal.
 */
package io.sparktune.space;
