package io.sparktune.space;

/** A single value: a parameter that is set, not searched. Any JSON value is allowed. */
public record FixedDomain(Object value) implements Domain {

    public FixedDomain {
        value = Values.normalize(value);
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
    }

    @Override
    public boolean contains(Object candidate) {
        return Values.same(value, candidate);
    }

    @Override
    public String typeName() {
        return "fixed";
    }
}
