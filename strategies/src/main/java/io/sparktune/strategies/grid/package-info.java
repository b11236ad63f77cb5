/**
 * The {@code grid} strategy: every combination of the space's values, each proposed once, in a
 * fixed order (or a random one with {@code shuffle}), as Optuna's {@code GridSampler} and Katib's
 * grid algorithm do. The study ends when the grid is exhausted.
 *
 * <p>Options ({@code strategy.options}):
 * <ul>
 *   <li>{@code gridPoints}: how many evenly spaced points (log-spaced for {@code log} floats,
 *       endpoints included) a float parameter without a {@code step} takes: a number for every such
 *       parameter, or an object {@code {"lr": 5, "dropout": 3}}. A float with a {@code step} takes
 *       every point of its step grid.</li>
 *   <li>{@code shuffle} (default false): visit the combinations in a random order, drawn with each
 *       trial's own generator, so the order still depends only on the study seed.</li>
 * </ul>
 *
 * <p>Errors about the space, which the strategy's options alone cannot reveal, come when the
 * sampler first sees the space (the study's first proposal), as a
 * {@link io.sparktune.spec.SpecException}: a float with neither {@code step} nor
 * {@code gridPoints} (at {@code $.strategy.options.gridPoints}, naming the parameters), a
 * {@code gridPoints} entry for a parameter that is not a float without a step, and a grid of more
 * than {@value io.sparktune.strategies.grid.Grid#MAX_SIZE} combinations (at {@code $.space}).
 */
package io.sparktune.strategies.grid;
