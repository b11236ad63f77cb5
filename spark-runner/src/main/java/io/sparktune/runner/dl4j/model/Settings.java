package io.sparktune.runner.dl4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hyperparameters of one trial, typed, with the defaults of the ones not given. Built only from
 * valid values: anything else is a programming error (the study was checked before any trial).
 */
final class Settings {

    private final Map<String, Hyperparameter> known;
    private final Map<String, Object> given;

    private Settings(Map<String, Hyperparameter> known, Map<String, Object> given) {
        this.known = known;
        this.given = given;
    }

    /**
     * The settings of {@code values} for a model that knows {@code known}.
     *
     * @throws IllegalArgumentException naming every unknown name and every value out of its range
     */
    static Settings of(String model, Map<String, Hyperparameter> known, Map<String, Object> values) {
        List<String> problems = new ArrayList<>();
        values.forEach((name, value) -> {
            Hyperparameter h = known.get(name);
            if (h == null) {
                problems.add(name + " is not a hyperparameter of the " + model + " model"
                        + NameSuggestions.didYouMean(name, known.keySet()));
            } else if (value == null) {
                problems.add(name + " has no value");
            } else {
                h.problemWith(value).ifPresent(p -> problems.add(name + ": " + p));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("every hyperparameter must be known to the " + model
                    + " model and within its range, but got: " + String.join("; ", problems));
        }
        return new Settings(known, Map.copyOf(values));
    }

    /** Whether the trial gives {@code name} a value (rather than leaving it to its default). */
    boolean has(String name) {
        return given.containsKey(name);
    }

    int integer(String name) {
        return Math.toIntExact(((Number) value(name)).longValue());
    }

    /** The value of an integer hyperparameter that has no default, if given. */
    Optional<Integer> optionalInteger(String name) {
        return has(name) ? Optional.of(integer(name)) : Optional.empty();
    }

    double number(String name) {
        return ((Number) value(name)).doubleValue();
    }

    /** The value of {@code name}, or {@code fallback} when it is not given (for derived defaults). */
    double numberOr(String name, double fallback) {
        return has(name) ? number(name) : fallback;
    }

    boolean flag(String name) {
        return (Boolean) value(name);
    }

    <E extends Enum<E> & Choice> E choice(String name, Class<E> type) {
        return Choice.parse(type, (String) value(name));
    }

    /** The value of a choice hyperparameter that has no default, if given. */
    <E extends Enum<E> & Choice> Optional<E> optionalChoice(String name, Class<E> type) {
        return has(name) ? Optional.of(choice(name, type)) : Optional.empty();
    }

    private Object value(String name) {
        Hyperparameter h = known.get(name);
        if (h == null) {
            throw new IllegalArgumentException("name must be a known hyperparameter, but got " + name);
        }
        Object v = given.containsKey(name) ? given.get(name) : h.defaultValue();
        if (v == null) {
            throw new IllegalStateException(name + " must have a value or a default, but has neither");
        }
        return v;
    }
}
