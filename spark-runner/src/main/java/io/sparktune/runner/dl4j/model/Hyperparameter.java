package io.sparktune.runner.dl4j.model;

import io.sparktune.space.Values;
import io.sparktune.spec.Suggestions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One hyperparameter a model template knows: its name, the type and range of its values, and its
 * default.
 *
 * @param range the allowed numbers of an {@link Kind#INT} or {@link Kind#FLOAT} hyperparameter; null otherwise
 * @param choices the allowed names of a {@link Kind#CHOICE} hyperparameter; empty otherwise
 * @param defaultValue the value when none is given, or null when the template derives it from other
 *     hyperparameters (the weight initialisation from the activation, for instance)
 */
record Hyperparameter(String name, Kind kind, Range range, List<String> choices, Object defaultValue) {

    Hyperparameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(choices);
        boolean numeric = kind == Kind.INT || kind == Kind.FLOAT;
        if (numeric != (range != null)) {
            throw new IllegalArgumentException("a range must be given exactly for numeric kinds, but got kind=" + kind
                    + ", range=" + range);
        }
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choices must be given exactly for the choice kind, but got kind="
                    + kind + ", choices=" + choices);
        }
        if (defaultValue != null && problemWith(defaultValue, kind, range, choices).isPresent()) {
            throw new IllegalArgumentException("the default of " + name + " must be allowed, but "
                    + problemWith(defaultValue, kind, range, choices).get());
        }
    }

    static Hyperparameter integer(String name, long low, long high, Long defaultValue) {
        return new Hyperparameter(name, Kind.INT, Range.closed(low, high), List.of(), defaultValue);
    }

    static Hyperparameter number(String name, Range range, Double defaultValue) {
        return new Hyperparameter(name, Kind.FLOAT, range, List.of(), defaultValue);
    }

    static Hyperparameter choice(String name, List<String> choices, String defaultValue) {
        return new Hyperparameter(name, Kind.CHOICE, null, choices, defaultValue);
    }

    static Hyperparameter flag(String name, boolean defaultValue) {
        return new Hyperparameter(name, Kind.BOOLEAN, null, List.of(), defaultValue);
    }

    /**
     * What is wrong with {@code value} (a Long, Integer, Double, String or Boolean) as a value of this
     * hyperparameter, as a message after its JSON path: {@code must be between 1 and 10, got 12}.
     */
    Optional<String> problemWith(Object value) {
        return problemWith(value, kind, range, choices);
    }

    private static Optional<String> problemWith(Object value, Kind kind, Range range, List<String> choices) {
        return switch (kind) {
            case INT -> {
                if (!(value instanceof Number n) || !isWhole(n)) {
                    yield Optional.of("must be an integer, got " + Values.describe(value));
                }
                yield inRange(n, range);
            }
            case FLOAT -> value instanceof Number n ? inRange(n, range)
                    : Optional.of("must be a number, got " + Values.describe(value));
            case CHOICE -> value instanceof String s && choices.contains(s) ? Optional.empty()
                    : Optional.of("must be one of " + String.join(", ", choices) + "; got " + Values.describe(value)
                            + (value instanceof String s ? Suggestions.didYouMean(s, choices) : ""));
            case BOOLEAN -> value instanceof Boolean ? Optional.empty()
                    : Optional.of("must be true or false, got " + Values.describe(value));
        };
    }

    private static Optional<String> inRange(Number n, Range range) {
        return range.contains(n.doubleValue()) ? Optional.empty()
                : Optional.of("must be " + range.describe() + ", got " + n);
    }

    /** Whether {@code n} is a whole number that fits a long. */
    static boolean isWhole(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return true;
        }
        double x = n.doubleValue();
        return x == Math.rint(x) && Math.abs(x) < 0x1p63;
    }
}
