package io.sparktune.strategies.random;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.History;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Draws every active parameter independently, ignoring the history:
 * <ul>
 *   <li>float: uniform on {@code [low, high)}, or log-uniform when {@code log}; with a {@code step},
 *       one of the grid points {@code low + k * step}, each equally likely;</li>
 *   <li>int: uniform over its values; with {@code log}, log-uniform on
 *       {@code [low - 0.5, high + 0.5]} and then rounded, as Optuna does, so every value is
 *       reachable and a value's chance is proportional to {@code ln((v + 0.5) / (v - 0.5))};</li>
 *   <li>categorical: one of its choices, each equally likely; fixed: its value.</li>
 * </ul>
 * Parameters are drawn in {@link SearchSpace#parameters()} order (parents first), so a parameter
 * is drawn only when its condition holds for the values drawn before it. Stateless and thread-safe;
 * the proposal depends only on the generator.
 */
public final class RandomSampler implements Sampler {

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            if (p.condition().holds(params)) {
                params.put(p.name(), draw(p.domain(), rng));
            }
        }
        return Optional.of(Collections.unmodifiableMap(params));
    }

    /** One value of {@code domain}, drawn as the class comment says: a Double, a Long, or a choice. */
    public static Object draw(Domain domain, RandomGenerator rng) {
        if (domain instanceof FloatDomain f) {
            return drawFloat(f, rng);
        }
        if (domain instanceof IntDomain i) {
            return drawInt(i, rng);
        }
        if (domain instanceof CategoricalDomain c) {
            return c.choices().get(rng.nextInt(c.choices().size()));
        }
        return ((FixedDomain) domain).value();
    }

    static double drawFloat(FloatDomain f, RandomGenerator rng) {
        if (f.step() != null) {
            return f.gridPoint(rng.nextLong(f.gridSize()));
        }
        if (f.low() == f.high()) {
            return f.low();
        }
        if (!f.log()) {
            return rng.nextDouble(f.low(), f.high());
        }
        double logLow = Math.log(f.low());
        double logHigh = Math.log(f.high());
        if (!(logLow < logHigh)) {
            return f.low();
        }
        double x = Math.exp(rng.nextDouble(logLow, logHigh));
        return Math.max(f.low(), Math.min(f.high(), x));
    }

    static long drawInt(IntDomain i, RandomGenerator rng) {
        if (!i.log()) {
            return i.valueAt(rng.nextLong(i.size()));
        }
        double x = Math.exp(rng.nextDouble(Math.log(i.low() - 0.5), Math.log(i.high() + 0.5)));
        return Math.max(i.low(), Math.min(i.high(), Math.round(x)));
    }
}
