package io.sparktune.strategies.functions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The benchmark functions by name: branin (2 dimensions), hartmann3 (3), hartmann6 (6), and
 * rosenbrock (2 or more), levy and ackley (1 or more), whose dimension is chosen.
 */
public final class BenchmarkFunctions {

    /** One named function: a fixed dimension, or a smallest one and a constructor per dimension. */
    private record Family(OptionalInt fixedDimension, int minDimension, IntFunction<BenchmarkFunction> create) {
    }

    private static final Map<String, Family> FAMILIES = families();

    private BenchmarkFunctions() {
    }

    private static Map<String, Family> families() {
        Map<String, Family> out = new LinkedHashMap<>();
        out.put("branin", fixed(2, d -> new Branin()));
        out.put("hartmann3", fixed(3, d -> Hartmann.three()));
        out.put("hartmann6", fixed(6, d -> Hartmann.six()));
        out.put("rosenbrock", new Family(OptionalInt.empty(), Rosenbrock.MIN_DIMENSION, Rosenbrock::new));
        out.put("levy", new Family(OptionalInt.empty(), Levy.MIN_DIMENSION, Levy::new));
        out.put("ackley", new Family(OptionalInt.empty(), Ackley.MIN_DIMENSION, Ackley::new));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Family fixed(int dimension, IntFunction<BenchmarkFunction> create) {
        return new Family(OptionalInt.of(dimension), dimension, create);
    }

    /** Every name, in a fixed order. */
    public static Set<String> names() {
        return FAMILIES.keySet();
    }

    /** The dimension of {@code name} when it has only one; empty for any-dimension functions. */
    public static OptionalInt fixedDimension(String name) {
        return family(name).fixedDimension();
    }

    /** The smallest dimension {@code name} accepts. */
    public static int minDimension(String name) {
        return family(name).minDimension();
    }

    /** The function {@code name} in {@code dimension} dimensions. */
    public static BenchmarkFunction create(String name, int dimension) {
        Family family = family(name);
        if (family.fixedDimension().isPresent() && family.fixedDimension().getAsInt() != dimension) {
            throw new IllegalArgumentException(name + " has dimension " + family.fixedDimension().getAsInt()
                    + ", but got dimension=" + dimension);
        }
        return family.create().apply(dimension);
    }

    /** The function {@code name} in its only dimension, or empty when it takes any dimension. */
    public static Optional<BenchmarkFunction> create(String name) {
        OptionalInt d = fixedDimension(name);
        return d.isPresent() ? Optional.of(create(name, d.getAsInt())) : Optional.empty();
    }

    private static Family family(String name) {
        Family family = FAMILIES.get(name);
        if (family == null) {
            throw new IllegalArgumentException("name must be one of " + String.join(", ", names())
                    + ", but got \"" + name + "\"");
        }
        return family;
    }
}
