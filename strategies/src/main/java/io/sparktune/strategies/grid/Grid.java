package io.sparktune.strategies.grid;

import io.sparktune.space.Domain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Problems;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.Suggestions;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The active combinations of a space, in grid order: parameters in {@link SearchSpace#parameters()}
 * order, the first varying slowest, each over its values in order; a parameter whose condition
 * does not hold takes no value and does not multiply the grid (the tree of active combinations,
 * not the cartesian product).
 *
 * <p>A combination is stored as one packed key of {@code words} longs: parameter i's digit (0 when
 * inactive, {@code k + 1} for its k-th value) in a fixed bit field, the first parameter in the
 * highest bits. Grid order is then ascending key order, so a trial's combination is found by
 * binary search. Immutable and thread-safe once built.
 */
final class Grid {

    /** The most combinations a grid may have. */
    static final int MAX_SIZE = 10_000_000;

    private final List<Parameter> parameters;
    private final Axis[] axes;
    private final int[] word;
    private final int[] shift;
    private final long[] mask;
    private final int words;
    private final int size;
    private final long[] keys;

    private Grid(List<Parameter> parameters, Axis[] axes, int size) {
        this.parameters = parameters;
        this.axes = axes;
        this.size = size;
        int n = parameters.size();
        this.word = new int[n];
        this.shift = new int[n];
        this.mask = new long[n];
        int w = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            int bits = 64 - Long.numberOfLeadingZeros(axes[i].size());
            if (used + bits > 64) {
                w++;
                used = 0;
            }
            word[i] = w;
            shift[i] = 64 - used - bits;
            mask[i] = (1L << bits) - 1;
            used += bits;
        }
        this.words = w + 1;
        this.keys = new long[size * words];
        int filled = fill(0, new HashMap<>(), new int[n], 0);
        if (filled != size) {
            throw new IllegalStateException("counted " + size + " combinations but listed " + filled);
        }
    }

    /** The grid of {@code space}, or a {@link SpecException} saying why it cannot be built. */
    static Grid of(SearchSpace space, GridPoints points) {
        List<Parameter> parameters = space.parameters();
        Axis[] axes = axes(space, points);
        long count = GridCount.count(parameters, axes, MAX_SIZE);
        if (count > MAX_SIZE) {
            throw SpecException.of("$.space", "the grid has more than " + MAX_SIZE + " combinations, the most the"
                    + " grid strategy enumerates: use fewer values (a larger step, fewer gridPoints) or the"
                    + " random strategy");
        }
        return new Grid(parameters, axes, (int) count);
    }

    static Axis[] axes(SearchSpace space, GridPoints points) {
        Problems problems = new Problems();
        List<String> missing = new ArrayList<>();
        Axis[] axes = new Axis[space.size()];
        for (int i = 0; i < axes.length; i++) {
            Parameter p = space.parameters().get(i);
            long values = valueCount(p, points);
            if (values == 0) {
                missing.add(p.name());
            } else if (values > MAX_SIZE) {
                problems.add("$.space." + p.name(), "has " + values + " grid values, more than the " + MAX_SIZE
                        + " combinations a grid may have");
            } else {
                axes[i] = p.domain() instanceof FloatDomain f && f.step() == null
                        ? Axis.spaced(f, points.countFor(p.name())) : Axis.of(p.domain());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(points.path(), "the grid strategy needs a step or a number of grid points for every float"
                    + " parameter, but " + String.join(", ", missing) + (missing.size() == 1 ? " has" : " have")
                    + " neither: give " + (missing.size() == 1 ? "it" : "them") + " a step in the space, or set"
                    + " gridPoints to a number (for every such float) or to an object such as {\"" + missing.get(0)
                    + "\": 5}");
        }
        checkNamedPoints(space, points, problems);
        problems.throwIfAny();
        return axes;
    }

    /** How many values parameter {@code p} takes; 0 for a float range with neither step nor gridPoints. */
    private static long valueCount(Parameter p, GridPoints points) {
        Domain d = p.domain();
        if (d instanceof FloatDomain f) {
            if (f.step() != null) {
                return f.gridSize();
            }
            return f.low() == f.high() ? 1 : points.countFor(p.name());
        }
        if (d instanceof IntDomain i) {
            return i.size();
        }
        if (d instanceof CategoricalDomain c) {
            return c.choices().size();
        }
        return 1;
    }

    private static void checkNamedPoints(SearchSpace space, GridPoints points, Problems problems) {
        for (String name : points.byName().keySet()) {
            String path = points.path() + "." + name;
            Optional<Parameter> p = space.parameter(name);
            if (p.isEmpty()) {
                problems.add(path, "no parameter " + name + " in the space" + Suggestions.didYouMean(name, space.names()));
            } else if (!(p.get().domain() instanceof FloatDomain f)) {
                problems.add(path, name + " is a " + p.get().domain().typeName() + " parameter, and gridPoints"
                        + " applies only to float parameters without a step");
            } else if (f.step() != null) {
                problems.add(path, name + " has a step, which already sets its grid points: remove it here or"
                        + " drop its step");
            }
        }
    }

    private int fill(int i, Map<String, Object> assigned, int[] digits, int next) {
        if (i == parameters.size()) {
            int at = next * words;
            for (int j = 0; j < digits.length; j++) {
                keys[at + word[j]] |= (long) digits[j] << shift[j];
            }
            return next + 1;
        }
        Parameter p = parameters.get(i);
        if (!p.condition().holds(assigned)) {
            digits[i] = 0;
            return fill(i + 1, assigned, digits, next);
        }
        for (int k = 0; k < axes[i].size(); k++) {
            digits[i] = k + 1;
            assigned.put(p.name(), axes[i].valueAt().apply(k));
            next = fill(i + 1, assigned, digits, next);
        }
        assigned.remove(p.name());
        return next;
    }

    /** How many combinations the grid holds. */
    int size() {
        return size;
    }

    /** The combination at {@code ordinal} in grid order, active parameters only, in the space's order. */
    Map<String, Object> params(int ordinal) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < axes.length; i++) {
            long digit = (keys[ordinal * words + word[i]] >>> shift[i]) & mask[i];
            if (digit > 0) {
                out.put(parameters.get(i).name(), axes[i].valueAt().apply((int) digit - 1));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The ordinal of {@code params} in the grid, or -1 when they are not a combination of it. */
    int ordinalOf(Map<String, Object> params) {
        long[] key = new long[words];
        int present = 0;
        for (int i = 0; i < axes.length; i++) {
            Object value = params.get(parameters.get(i).name());
            if (value != null) {
                int k = axes[i].index(value);
                if (k < 0) {
                    return -1;
                }
                key[word[i]] |= (long) (k + 1) << shift[i];
                present++;
            }
        }
        return present == params.size() ? search(key) : -1;
    }

    /** The ordinals of the combinations that trials of {@code history} already hold, whatever their state. */
    BitSet usedBy(History history) {
        BitSet used = new BitSet(size);
        for (Trial t : history.trials()) {
            int ordinal = ordinalOf(t.params());
            if (ordinal >= 0) {
                used.set(ordinal);
            }
        }
        return used;
    }

    private int search(long[] key) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareAt(mid, key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compareAt(int ordinal, long[] key) {
        for (int w = 0; w < words; w++) {
            int c = Long.compareUnsigned(keys[ordinal * words + w], key[w]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
