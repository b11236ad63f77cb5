package io.sparktune.strategies.evolution;

import java.util.Locale;
import java.util.Optional;

/** How a child's one changed parameter gets its new value; see {@link Mutator} for the details. */
public enum Mutation {

    /**
     * Numbers move by a Gaussian step in their transformed space (log space for {@code log}
     * parameters), reflected at the bounds and snapped onto the domain; categoricals take another
     * of their choices, uniformly.
     */
    PERTURB,

    /** Numbers are drawn again from their whole domain, as the random sampler draws them; categoricals as above. */
    REDRAW;

    /** The name used in the study file: {@code perturb} or {@code redraw}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mutation named {@code name} in the study file, if any. */
    public static Optional<Mutation> fromJsonName(String name) {
        for (Mutation m : values()) {
            if (m.jsonName().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
