package io.sparktune.space;

import java.util.ArrayList;
import java.util.List;

/** One of a list of choices: strings, numbers or booleans, without duplicates. */
public record CategoricalDomain(List<Object> choices) implements Domain {

    public CategoricalDomain {
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("choices must hold at least one value, but got " + choices);
        }
        List<Object> normalized = new ArrayList<>(choices.size());
        for (Object choice : choices) {
            Object value = Values.normalize(choice);
            if (!Values.isScalar(value)) {
                throw new IllegalArgumentException(
                        "choices must be strings, numbers or booleans, but got " + Values.describe(choice));
            }
            if (normalized.stream().anyMatch(c -> Values.same(c, value))) {
                throw new IllegalArgumentException("choices must be distinct, but " + Values.describe(value)
                        + " appears twice");
            }
            normalized.add(value);
        }
        choices = List.copyOf(normalized);
    }

    public static CategoricalDomain of(Object... choices) {
        return new CategoricalDomain(List.of(choices));
    }

    /** The index of {@code value} among the choices, or -1. */
    public int indexOf(Object value) {
        for (int i = 0; i < choices.size(); i++) {
            if (Values.same(choices.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object value) {
        return indexOf(value) >= 0;
    }

    @Override
    public String typeName() {
        return "categorical";
    }
}
