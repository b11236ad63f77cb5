package io.sparktune.runner.dl4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparktune.runner.data.InputShape;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.JsonKinds;
import io.sparktune.spec.JsonPaths;
import io.sparktune.spec.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a study against a model template before any training: every name is a hyperparameter of
 * the model, every value it can take is of the right type and in range, and the model fits the
 * data's input. Every problem goes to {@link Problems} with its JSON path.
 */
final class HyperparameterCheck {

    static final String SPACE_PATH = "$.space";

    private final Template template;
    private final Problems problems;

    private HyperparameterCheck(Template template, Problems problems) {
        this.template = template;
        this.problems = problems;
    }

    static void check(Template template, SearchSpace space, Map<String, JsonNode> fixed, String fixedPath,
            Optional<InputShape> input, Problems problems) {
        HyperparameterCheck check = new HyperparameterCheck(template, problems);
        if (space != null) {
            space.parameters().forEach(check::parameter);
        }
        fixed.forEach((name, node) -> check.fixed(name, node, JsonPaths.child(fixedPath, name)));
        input.flatMap(template::misfit).ifPresent(m -> problems.add(JsonPaths.child(fixedPath, "model"), m));
    }

    private void parameter(Parameter p) {
        String path = JsonPaths.child(SPACE_PATH, p.name());
        Optional<Hyperparameter> h = known(p.name(), path);
        if (h.isEmpty()) {
            return;
        }
        Domain d = p.domain();
        if (d instanceof FixedDomain f) {
            value(h.get(), f.value(), JsonPaths.child(path, "value"));
        } else if (d instanceof CategoricalDomain c) {
            List<Object> choices = c.choices();
            for (int i = 0; i < choices.size(); i++) {
                value(h.get(), choices.get(i), JsonPaths.index(JsonPaths.child(path, "choices"), i));
            }
        } else if (d instanceof FloatDomain f) {
            bounds(h.get(), path, f.typeName(), f.low(), f.high());
        } else if (d instanceof IntDomain i) {
            bounds(h.get(), path, i.typeName(), i.low(), i.high());
        }
    }

    /** The bounds of a float or int parameter: both must be allowed (the range between them then is). */
    private void bounds(Hyperparameter h, String path, String type, Number low, Number high) {
        if (h.kind() == Kind.FLOAT || h.kind() == Kind.INT && !"float".equals(type)) {
            value(h, low, JsonPaths.child(path, "low"));
            value(h, high, JsonPaths.child(path, "high"));
            return;
        }
        String alternatives = h.kind() == Kind.INT ? "an int, categorical or fixed parameter"
                : "a categorical or fixed parameter";
        problems.add(path, "must be " + alternatives + ": " + h.name() + " takes " + takes(h) + ", but this is "
                + ("int".equals(type) ? "an int" : "a float") + " parameter");
    }

    private void fixed(String name, JsonNode node, String path) {
        known(name, path).ifPresent(h -> {
            Object value = scalar(node);
            if (value == null) {
                problems.add(path, "must be " + h.kind().description() + ", got " + JsonKinds.describe(node));
            } else {
                value(h, value, path);
            }
        });
    }

    private void value(Hyperparameter h, Object value, String path) {
        if (value instanceof List || value instanceof Map) {
            problems.add(path, "must be " + h.kind().description() + ", got " + (value instanceof List ? "a list"
                    : "an object"));
            return;
        }
        h.problemWith(value).ifPresent(m -> problems.add(path, m));
    }

    private Optional<Hyperparameter> known(String name, String path) {
        Map<String, Hyperparameter> all = template.hyperparameters();
        Hyperparameter h = all.get(name);
        if (h == null) {
            String model = template.name();
            problems.add(path, "not a hyperparameter of the " + model + " model"
                    + NameSuggestions.didYouMean(name, all.keySet()) + " (" + model + " knows: "
                    + String.join(", ", all.keySet()) + ")");
        }
        return Optional.ofNullable(h);
    }

    private static String takes(Hyperparameter h) {
        return switch (h.kind()) {
            case INT -> "integers";
            case FLOAT -> "numbers";
            case CHOICE -> "one of " + String.join(", ", h.choices());
            case BOOLEAN -> "true or false";
        };
    }

    /** A JSON string, number or boolean as Java (integral numbers as Long); null for anything else. */
    static Object scalar(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        return null;
    }
}
