package io.sparktune.strategies.evolution;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import io.sparktune.strategies.random.RandomSampler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes a child from a parent by changing one parameter, drawn uniformly among the parent's active
 * parameters that can take more than one value (fixed parameters and one-value ranges never change).
 * The new value differs from the parent's:
 * <ul>
 *   <li>categorical (both mutations): another of its choices, each equally likely;</li>
 *   <li>float and int with {@link Mutation#PERTURB}: in the transformed space ({@code T(x) = ln x}
 *       for {@code log} parameters, {@code T(x) = x} otherwise) the value moves by a Gaussian step of standard
 *       deviation {@code perturbationScale * (T(high) - T(low))}, is reflected at the bounds (so a
 *       parent at an edge still gets a new child), mapped back and snapped onto the domain (its step
 *       grid, its integers). Where snapping lands on the parent's own value, the child moves one
 *       grid point in the step's direction instead (the other way at an edge);</li>
 *   <li>float and int with {@link Mutation#REDRAW}: drawn again from the whole domain as
 *       {@link RandomSampler#draw} draws it, until the value differs (at most
 *       {@value #MAX_REDRAWS} draws).</li>
 * </ul>
 * Conditions are respected: the child is rebuilt in the space's order (parents first); a parameter
 * whose condition holds keeps the parent's value, or is drawn fresh with {@link RandomSampler#draw}
 * if it was inactive in the parent (or its value is not in the domain, as after a change of the
 * space); one whose condition fails is left out.
 */
final class Mutator {

    static final int MAX_REDRAWS = 64;

    private final Mutation mutation;
    private final double scale;

    Mutator(Mutation mutation, double perturbationScale) {
        this.mutation = Objects.requireNonNull(mutation, "mutation");
        this.scale = perturbationScale;
    }

    /** A child of {@code parent}: the parent with one parameter mutated, conditions respected. */
    Map<String, Object> mutate(SearchSpace space, Map<String, Object> parent, RandomGenerator rng) {
        Map<String, Object> aligned = align(space, parent, rng);
        List<Parameter> mutable = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            if (aligned.containsKey(p.name()) && isMutable(p.domain())) {
                mutable.add(p);
            }
        }
        if (mutable.isEmpty()) {
            return Collections.unmodifiableMap(aligned);
        }
        Parameter chosen = mutable.get(rng.nextInt(mutable.size()));
        Object changed = mutateValue(chosen.domain(), aligned.get(chosen.name()), rng);
        Map<String, Object> child = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            if (!p.condition().holds(child)) {
                continue;
            }
            Object value = p.name().equals(chosen.name()) ? changed : aligned.get(p.name());
            child.put(p.name(), value != null ? value : RandomSampler.draw(p.domain(), rng));
        }
        return Collections.unmodifiableMap(child);
    }

    /** The parent's values where they are active and valid, fresh draws for active parameters without one. */
    static Map<String, Object> align(SearchSpace space, Map<String, Object> parent, RandomGenerator rng) {
        Map<String, Object> aligned = new LinkedHashMap<>();
        for (Parameter p : space.parameters()) {
            if (p.condition().holds(aligned)) {
                Object value = Values.normalize(parent.get(p.name()));
                aligned.put(p.name(), value != null && p.domain().contains(value)
                        ? value : RandomSampler.draw(p.domain(), rng));
            }
        }
        return aligned;
    }

    /** Whether {@code domain} holds more than one value. */
    static boolean isMutable(Domain domain) {
        if (domain instanceof FloatDomain f) {
            return f.low() < f.high();
        }
        if (domain instanceof IntDomain i) {
            return i.size() > 1;
        }
        if (domain instanceof CategoricalDomain c) {
            return c.choices().size() > 1;
        }
        return false;
    }

    /** A value of {@code domain} other than {@code value}, as the class comment says. */
    Object mutateValue(Domain domain, Object value, RandomGenerator rng) {
        if (domain instanceof CategoricalDomain c) {
            return otherChoice(c, value, rng);
        }
        if (domain instanceof FixedDomain) {
            throw new IllegalArgumentException("a fixed parameter cannot mutate, but got " + domain);
        }
        if (mutation == Mutation.REDRAW) {
            return redraw(domain, value, rng);
        }
        if (domain instanceof FloatDomain f) {
            return perturb(f, (Double) value, rng);
        }
        return perturb((IntDomain) domain, (Long) value, rng);
    }

    static Object otherChoice(CategoricalDomain c, Object value, RandomGenerator rng) {
        int current = c.indexOf(value);
        int other = rng.nextInt(c.choices().size() - 1);
        return c.choices().get(other >= current ? other + 1 : other);
    }

    static Object redraw(Domain domain, Object value, RandomGenerator rng) {
        Object drawn = RandomSampler.draw(domain, rng);
        for (int i = 1; i < MAX_REDRAWS && Values.same(drawn, value); i++) {
            drawn = RandomSampler.draw(domain, rng);
        }
        return drawn;
    }

    double perturb(FloatDomain f, double x, RandomGenerator rng) {
        double delta = rng.nextGaussian() * scale;
        double y = move(x, f.low(), f.high(), f.log(), delta);
        if (f.step() == null) {
            return y;
        }
        long k = Math.round((x - f.low()) / f.step());
        long landed = Math.round((f.snap(y) - f.low()) / f.step());
        return f.gridPoint(landed != k ? landed : neighbour(k, f.gridSize(), delta));
    }

    long perturb(IntDomain i, long x, RandomGenerator rng) {
        double delta = rng.nextGaussian() * scale;
        long y = i.snap(move(x, i.low(), i.high(), i.log(), delta));
        return y != x ? y : i.valueAt(neighbour((x - i.low()) / i.step(), i.size(), delta));
    }

    /**
     * {@code x} moved by {@code delta} times the range in the transformed space, reflected at the
     * bounds, clamped into {@code [low, high]}. The arithmetic runs on the position of {@code x} in
     * the unit interval, with halved bounds, so that no range of finite numbers overflows.
     */
    static double move(double x, double low, double high, boolean log, double delta) {
        double lo = transform(low, log) / 2;
        double halfWidth = transform(high, log) / 2 - lo;
        if (!(halfWidth > 0)) {
            return low;
        }
        double u = reflect((transform(x, log) / 2 - lo) / halfWidth + delta, 0, 1);
        double moved = inverse(2 * (lo + u * halfWidth), log);
        return Math.max(low, Math.min(high, moved));
    }

    /** The grid index next to {@code k} of {@code n >= 2}, in the direction of {@code delta}, or back at an edge. */
    static long neighbour(long k, long n, double delta) {
        long direction = delta >= 0 ? 1 : -1;
        long next = k + direction;
        return next >= 0 && next < n ? next : k - direction;
    }

    /** {@code t} folded back into {@code [lo, hi]} by reflection at both ends, as often as needed. */
    static double reflect(double t, double lo, double hi) {
        double width = hi - lo;
        if (!(width > 0)) {
            return lo;
        }
        double u = (t - lo) % (2 * width);
        if (u < 0) {
            u += 2 * width;
        }
        return lo + (u <= width ? u : 2 * width - u);
    }

    private static double transform(double x, boolean log) {
        return log ? Math.log(x) : x;
    }

    private static double inverse(double t, boolean log) {
        return log ? Math.exp(t) : t;
    }
}
