package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads the pluggable parts of a study ({@code strategy}, {@code scheduler}, {@code trainer}) and
 * checks each against its registry: the type must be registered, and its factory, given the
 * options, reports their problems into the same {@link Problems} as the rest of the file.
 */
final class ComponentReader {

    static final List<String> FIELDS = List.of("type", "options");

    private ComponentReader() {
    }

    /** A {@code {type, options}} object at {@code path}; null when it has problems. */
    static ComponentSpec readTyped(JsonNode node, String path, Problems problems, String owner) {
        Fields f = Fields.of(node, path, problems, FIELDS, owner);
        if (f == null) {
            return null;
        }
        String type = f.nonBlank("type", true);
        JsonNode options = f.get("options");
        boolean optionsOk = options == null || options.isObject();
        if (!optionsOk) {
            f.problem("options", "must be an object, got " + JsonKinds.describe(options));
        }
        f.rejectUnknown();
        if (type == null || !optionsOk) {
            return null;
        }
        return new ComponentSpec(type, (ObjectNode) options, f.path("options"));
    }

    /** A {@code {type, ...options}} object at {@code path}: every field but {@code type} is an option. */
    static ComponentSpec readInline(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path, "must be an object such as {\"type\": \"function\", \"name\": \"branin\"}, got "
                    + JsonKinds.describe(node));
            return null;
        }
        Fields f = new Fields((ObjectNode) node, path, problems, List.of(), "");
        String type = f.nonBlank("type", true);
        if (type == null) {
            return null;
        }
        ObjectNode options = ((ObjectNode) node).deepCopy();
        options.remove("type");
        return new ComponentSpec(type, options, path);
    }

    /**
     * Checks {@code spec} against {@code registry}: an unknown type is a problem at {@code typePath};
     * a known one is built from its options, whose problems (unknown keys included) are collected. A
     * factory that throws anyway becomes a problem at {@code componentPath}.
     */
    static <F> void check(Registry<F> registry, ComponentSpec spec, String typePath, String componentPath,
            BiFunction<F, Options, ?> build, Problems problems) {
        Optional<F> factory = registry.find(spec.type(), typePath, problems);
        if (factory.isEmpty()) {
            return;
        }
        Options options = spec.options(problems);
        try {
            build.apply(factory.get(), options);
        } catch (SpecException e) {
            e.problems().forEach(p -> problems.add(p.path(), p.message()));
            return;
        } catch (RuntimeException e) {
            problems.add(componentPath, failure(e));
            return;
        }
        options.rejectUnknown();
    }

    /** What a person is told when a factory throws: its message where it is meant for people. */
    static String failure(RuntimeException e) {
        boolean forPeople = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof UnsupportedOperationException;
        String message = e.getMessage();
        if (forPeople && message != null && !message.isBlank()) {
            return "is not valid: " + message;
        }
        return "could not be set up from these options";
    }
}
