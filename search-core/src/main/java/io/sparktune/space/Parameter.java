package io.sparktune.space;

import java.util.Objects;

/** A named parameter: its domain and the condition under which it exists. */
public record Parameter(String name, Domain domain, Condition condition) {

    public Parameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, but got \"" + name + "\"");
        }
        Objects.requireNonNull(domain, "domain");
        condition = condition == null ? Condition.ALWAYS : condition;
    }

    public static Parameter of(String name, Domain domain) {
        return new Parameter(name, domain, Condition.ALWAYS);
    }
}
