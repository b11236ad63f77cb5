package io.sparktune.spec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A pluggable part as the study file names it: its registered type and its options, and the JSON
 * path of those options so that their problems can be located.
 *
 * @param type the registered JSON name, such as {@code "random"}
 * @param options the options object (never null; empty when none were given)
 * @param optionsPath the JSON path of {@code options}, such as {@code $.strategy.options}
 */
public record ComponentSpec(String type, ObjectNode options, String optionsPath) {

    public ComponentSpec {
        Objects.requireNonNull(type, "type");
        options = options == null ? JsonNodeFactory.instance.objectNode() : options.deepCopy();
        Objects.requireNonNull(optionsPath, "optionsPath");
    }

    /** A component with no options. */
    public static ComponentSpec of(String type, String optionsPath) {
        return new ComponentSpec(type, null, optionsPath);
    }

    /** Reads the options under the house rules; problems go to {@code problems}. */
    public Options options(Problems problems) {
        return Options.of(options, optionsPath, problems);
    }

    @Override
    public ObjectNode options() {
        return options.deepCopy();
    }
}
