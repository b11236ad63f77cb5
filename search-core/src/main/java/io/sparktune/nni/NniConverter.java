package io.sparktune.nni;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.spec.JsonKinds;
import io.sparktune.spec.JsonPaths;
import io.sparktune.spec.JsonTree;
import io.sparktune.spec.Problems;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.Suggestions;
import io.sparktune.spec.UserFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Converts an NNI search space ({@code search_space.json}: {@code {"name": {"_type": ..., "_value":
 * [...]}}}) into the {@code space} object of a sparktune study.
 *
 * <ul>
 * <li>{@code choice}: a categorical of the same values (numbers stay numbers). A choice among
 *     nested spaces ({@code {"_name": "cnn", "kernel": {...}}}) becomes a categorical of the
 *     {@code _name}s, and each parameter of a nested space a parameter with
 *     {@code "when": {"choice": "cnn"}}, to any depth.</li>
 * <li>{@code randint [lower, upper)}: an int from {@code lower} to {@code upper - 1}.</li>
 * <li>{@code uniform [low, high]}, {@code loguniform [low, high]}: a float, with {@code log} for the
 *     second.</li>
 * <li>{@code quniform}, {@code qloguniform [low, high, q]}: see {@link Quantized}.</li>
 * <li>{@code normal}, {@code qnormal}, {@code lognormal}, {@code qlognormal}: refused, as they have
 *     no bounds.</li>
 * </ul>
 *
 * <p>Naming: a nested parameter keeps its own name unless another parameter in the file has the
 * same one; every parameter whose name occurs more than once is named by its full path instead:
 * the enclosing choices' names and the chosen branches' {@code _name}s, then its own, joined with
 * {@code /} ({@code layer0/Max_pool/pooling_size}). Top-level names never change.
 *
 * <p>Every problem of the file is reported at once, at its JSON path, in a {@link SpecException}.
 */
public final class NniConverter {

    static final List<String> TYPES = List.of("choice", "randint", "uniform", "quniform", "loguniform",
            "qloguniform", "normal", "qnormal", "lognormal", "qlognormal");

    private static final Set<String> UNBOUNDED = Set.of("normal", "qnormal", "lognormal", "qlognormal");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Problems problems = new Problems();
    /** Every parameter in file order, parents before the parameters of their branches. */
    private final List<Converted> converted = new ArrayList<>();

    /**
     * One converted parameter.
     *
     * @param segments its full path: enclosing choice names and branch names, then its own name
     * @param path its JSON path in the NNI file
     * @param parent the choice whose branch holds it, or null at the top level
     * @param branch the {@code _name} of that branch
     */
    private record Converted(List<String> segments, String path, ObjectNode parameter, Converted parent,
            JsonNode branch) {

        String ownName() {
            return segments.get(segments.size() - 1);
        }
    }

    private NniConverter() {
    }

    /**
     * The sparktune {@code space} for an NNI search space.
     *
     * @throws SpecException with every problem, each at its JSON path in the NNI file
     */
    public static ObjectNode convert(JsonNode nni) {
        Objects.requireNonNull(nni, "nni");
        return new NniConverter().run(nni);
    }

    /**
     * The sparktune {@code space} for the NNI search space in {@code file}.
     *
     * @throws SpecException with every problem, or one naming the file when it cannot be read
     */
    public static ObjectNode convert(Path file) {
        String text = UserFile.read(file, "an NNI search space file").text();
        Problems parsing = new Problems();
        JsonNode nni = JsonTree.parse(text, parsing);
        parsing.throwIfAny();
        return convert(nni);
    }

    private ObjectNode run(JsonNode nni) {
        if (!nni.isObject()) {
            problems.add("$", "an NNI search space must be a JSON object of parameters by name, got "
                    + JsonKinds.describe(nni));
        } else if (nni.isEmpty()) {
            problems.add("$", "an NNI search space must hold at least one parameter");
        } else {
            space(nni, "$", List.of(), null, null);
        }
        problems.throwIfAny();
        ObjectNode space = name();
        problems.throwIfAny();
        return space;
    }

    /** Converts every parameter of the (nested) space {@code node}, reached through {@code parent}'s branch. */
    private void space(JsonNode node, String path, List<String> prefix, Converted parent, JsonNode branch) {
        node.properties().forEach(e -> {
            String name = e.getKey();
            String at = JsonPaths.child(path, name);
            if (parent != null && name.startsWith("_")) {
                problems.add(at, "unknown key in a nested space (only \"_name\" and parameters may appear)"
                        + Suggestions.didYouMean(name, List.of("_name")));
                return;
            }
            if (name.isBlank()) {
                problems.add(at, "a parameter name must not be blank");
                return;
            }
            List<String> segments = new ArrayList<>(prefix);
            segments.add(name);
            parameter(e.getValue(), at, segments, parent, branch);
        });
    }

    private void parameter(JsonNode spec, String at, List<String> segments, Converted parent, JsonNode branch) {
        if (!spec.isObject()) {
            problems.add(at, "must be an object such as {\"_type\": \"uniform\", \"_value\": [0, 1]}, got "
                    + JsonKinds.describe(spec));
            return;
        }
        spec.fieldNames().forEachRemaining(key -> {
            if (!key.equals("_type") && !key.equals("_value")) {
                problems.add(JsonPaths.child(at, key), "unknown key" + Suggestions.didYouMean(key,
                        List.of("_type", "_value")) + " (a parameter has: _type, _value)");
            }
        });
        String type = type(spec.get("_type"), JsonPaths.child(at, "_type"));
        if (type == null) {
            return;
        }
        String valuePath = JsonPaths.child(at, "_value");
        JsonNode value = spec.get("_value");
        if (value == null || value.isNull()) {
            problems.add(valuePath, "is required (a list)");
            return;
        }
        if (!value.isArray()) {
            problems.add(valuePath, "must be a list, got " + JsonKinds.describe(value));
            return;
        }
        if (type.equals("choice")) {
            choice(value, at, segments, parent, branch);
            return;
        }
        ObjectNode p = switch (type) {
            case "randint" -> randint(value, valuePath);
            case "uniform", "loguniform" -> range(type, value, valuePath);
            default -> quantized(type, value, valuePath);
        };
        if (p != null) {
            converted.add(new Converted(segments, at, p, parent, branch));
        }
    }

    private String type(JsonNode type, String at) {
        if (type == null || type.isNull()) {
            problems.add(at, "is required (one of " + String.join(", ", TYPES) + ")");
            return null;
        }
        if (!type.isTextual()) {
            problems.add(at, "must be a string, got " + JsonKinds.describe(type));
            return null;
        }
        String t = type.asText();
        if (UNBOUNDED.contains(t)) {
            problems.add(at, "\"" + t + "\" has no bounded equivalent in sparktune: every parameter needs a finite"
                    + " range, and " + t + " has none; use \"" + (t.contains("log") ? "loguniform" : "uniform")
                    + "\" with bounds that cover the values you expect instead");
            return null;
        }
        if (!TYPES.contains(t)) {
            problems.add(at, "unknown NNI type \"" + t + "\"" + Suggestions.didYouMean(t, TYPES) + " (known: "
                    + String.join(", ", TYPES) + ")");
            return null;
        }
        return t;
    }

    private void choice(JsonNode options, String parameterPath, List<String> segments, Converted parent,
            JsonNode branch) {
        String at = JsonPaths.child(parameterPath, "_value");
        if (options.isEmpty()) {
            problems.add(at, "must hold at least one option");
            return;
        }
        ObjectNode p = NODES.objectNode();
        p.put("type", "categorical");
        ArrayNode choices = p.putArray("choices");
        Converted self = new Converted(segments, parameterPath, p, parent, branch);
        converted.add(self);
        List<JsonNode> seen = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            JsonNode option = options.get(i);
            String optionPath = JsonPaths.index(at, i);
            JsonNode choiceValue = option;
            if (option.isObject()) {
                choiceValue = option.get("_name");
                String namePath = JsonPaths.child(optionPath, "_name");
                if (choiceValue == null || !(choiceValue.isTextual() || choiceValue.isNumber()
                        || choiceValue.isBoolean())) {
                    problems.add(namePath, choiceValue == null
                            ? "is required: a nested space names its branch with \"_name\""
                            : "must be a string, a number or a boolean, got " + JsonKinds.describe(choiceValue));
                    continue;
                }
            } else if (!(option.isTextual() || option.isNumber() || option.isBoolean())) {
                problems.add(optionPath, "must be a string, a number, a boolean or a nested space with \"_name\","
                        + " got " + JsonKinds.describe(option));
                continue;
            }
            int first = indexOfSame(seen, choiceValue);
            if (first >= 0) {
                problems.add(optionPath, JsonKinds.describe(choiceValue) + " is also option " + first
                        + "; options must be distinct");
                continue;
            }
            seen.add(choiceValue);
            choices.add(choiceValue);
            if (option.isObject()) {
                List<String> prefix = new ArrayList<>(segments);
                prefix.add(choiceValue.asText());
                ObjectNode nested = ((ObjectNode) option).deepCopy();
                nested.remove("_name");
                space(nested, optionPath, prefix, self, choiceValue);
            }
        }
    }

    private static int indexOfSame(List<JsonNode> seen, JsonNode value) {
        for (int i = 0; i < seen.size(); i++) {
            JsonNode s = seen.get(i);
            boolean same = s.isNumber() && value.isNumber()
                    ? s.decimalValue().compareTo(value.decimalValue()) == 0
                    : s.equals(value);
            if (same) {
                return i;
            }
        }
        return -1;
    }

    private ObjectNode randint(JsonNode value, String at) {
        BigDecimal[] bounds = numbers(value, at, "randint", "[lower, upper)");
        if (bounds == null) {
            return null;
        }
        boolean whole = true;
        for (int i = 0; i < 2; i++) {
            if (bounds[i].stripTrailingZeros().scale() > 0 || bounds[i].toBigInteger().bitLength() >= 63) {
                problems.add(JsonPaths.index(at, i), "must be an integer, got " + JsonKinds.describe(value.get(i)));
                whole = false;
            }
        }
        if (!whole) {
            return null;
        }
        long lower = bounds[0].longValueExact();
        long upper = bounds[1].longValueExact();
        if (upper <= lower) {
            problems.add(at, "randint [lower, upper) needs lower < upper (upper is excluded), but got lower="
                    + lower + ", upper=" + upper);
            return null;
        }
        ObjectNode p = NODES.objectNode();
        p.put("type", "int");
        p.put("low", lower);
        p.put("high", upper - 1);
        return p;
    }

    private ObjectNode range(String type, JsonNode value, String at) {
        BigDecimal[] b = numbers(value, at, type, "[low, high]");
        if (b == null || !ordered(type, b, at)) {
            return null;
        }
        ObjectNode p = NODES.objectNode();
        p.put("type", "float");
        p.set("low", value.get(0));
        p.set("high", value.get(1));
        if (type.equals("loguniform")) {
            p.put("log", true);
        }
        return p;
    }

    private ObjectNode quantized(String type, JsonNode value, String at) {
        BigDecimal[] b = numbers(value, at, type, "[low, high, q]");
        if (b == null) {
            return null;
        }
        boolean ok = ordered(type, b, at);
        if (b[2].signum() <= 0) {
            problems.add(JsonPaths.index(at, 2), "q must be > 0, got " + value.get(2).asText());
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Quantized q = new Quantized(b[0], b[1], b[2], type.equals("qloguniform"));
        if (q.form() == Quantized.Form.REFUSED) {
            problems.add(at, type + " " + value + " " + q.refusal());
            return null;
        }
        return q.toParameter();
    }

    /** Whether low <= high, and low > 0 for the log types; reports the problem otherwise. */
    private boolean ordered(String type, BigDecimal[] b, String at) {
        boolean ok = true;
        if (b[0].compareTo(b[1]) > 0) {
            problems.add(at, type + " needs low <= high, but got low=" + b[0].toPlainString() + ", high="
                    + b[1].toPlainString());
            ok = false;
        }
        if (type.contains("log") && b[0].signum() <= 0) {
            problems.add(JsonPaths.index(at, 0), type + " needs low > 0, got " + b[0].toPlainString());
            ok = false;
        }
        return ok;
    }

    /** The list's numbers, exactly as many as {@code shape} names; null (with problems) otherwise. */
    private BigDecimal[] numbers(JsonNode value, String at, String type, String shape) {
        int n = shape.split(",").length;
        if (value.size() != n) {
            problems.add(at, type + " takes " + shape + ", got a list of " + value.size());
            return null;
        }
        BigDecimal[] out = new BigDecimal[n];
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            JsonNode v = value.get(i);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                problems.add(JsonPaths.index(at, i), "must be a finite number, got " + JsonKinds.describe(v));
                ok = false;
            } else {
                out[i] = v.decimalValue();
            }
        }
        return ok ? out : null;
    }

    /** Applies the naming rule and writes the space; a name that stays taken is a problem. */
    private ObjectNode name() {
        Map<String, Integer> counts = new HashMap<>();
        converted.forEach(c -> counts.merge(c.ownName(), 1, Integer::sum));
        Map<Converted, String> names = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Converted c : converted) {
            String name = counts.get(c.ownName()) == 1 ? c.ownName() : String.join("/", c.segments());
            if (!taken.add(name)) {
                problems.add(c.path(), "cannot be given a unique name: \"" + name + "\" is taken by another"
                        + " parameter; rename one of them");
            }
            names.put(c, name);
        }
        ObjectNode space = NODES.objectNode();
        for (Converted c : converted) {
            ObjectNode p = c.parameter().deepCopy();
            if (c.parent() != null) {
                p.putObject("when").set(names.get(c.parent()), c.branch());
            }
            space.set(names.get(c), p);
        }
        return space;
    }
}
