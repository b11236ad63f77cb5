package io.sparktune.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.space.Values;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the {@code space} object: parameters by name, each a typed domain and an optional
 * {@code when} condition. Every rule the domain constructors enforce is checked here first, so that
 * problems name their JSON paths; conditions are checked against their parents' domains, and
 * cycles among them are reported once each.
 */
final class SpaceReader {

    static final List<String> TYPES = List.of("float", "int", "categorical", "fixed");

    private static final Map<String, List<String>> FIELDS = Map.of(
            "float", List.of("type", "low", "high", "log", "step", "when"),
            "int", List.of("type", "low", "high", "log", "step", "when"),
            "categorical", List.of("type", "choices", "when"),
            "fixed", List.of("type", "value", "when"));

    /** Relative tolerance for "a multiple of step", as {@link FloatDomain} applies it. */
    private static final double GRID_TOLERANCE = 1e-9;

    private final Problems problems;
    private final String path;
    /** Every declared parameter by name; its domain is null when the declaration has problems. */
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private record Draft(String name, String path, Domain domain, JsonNode when) {
    }

    private SpaceReader(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The space at {@code path}, or null when it has problems (all of them added to {@code problems}). */
    static SearchSpace read(JsonNode node, String path, Problems problems) {
        return new SpaceReader(path, problems).read(node);
    }

    private SearchSpace read(JsonNode node) {
        int before = problems.list().size();
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(path, "is required");
            return null;
        }
        if (!node.isObject()) {
            problems.add(path, "must be an object of parameters by name, got " + JsonKinds.describe(node));
            return null;
        }
        if (node.isEmpty()) {
            problems.add(path, "must hold at least one parameter");
            return null;
        }
        node.properties().forEach(e -> declare(e.getKey(), e.getValue()));
        Map<String, Condition> conditions = new LinkedHashMap<>();
        drafts.values().forEach(d -> conditions.put(d.name(), condition(d)));
        reportCycles();
        if (problems.list().size() > before) {
            return null;
        }
        List<Parameter> parameters = new ArrayList<>();
        drafts.values().forEach(d -> parameters.add(new Parameter(d.name(), d.domain(), conditions.get(d.name()))));
        try {
            return new SearchSpace(parameters);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    private void declare(String name, JsonNode definition) {
        String p = JsonPaths.child(path, name);
        if (name.isBlank()) {
            problems.add(p, "a parameter name must not be blank");
        }
        if (!definition.isObject()) {
            problems.add(p, "must be an object such as {\"type\": \"float\", \"low\": 0, \"high\": 1}, got "
                    + JsonKinds.describe(definition));
            drafts.put(name, new Draft(name, p, null, null));
            return;
        }
        Domain domain = null;
        String type = typeOf(definition, p);
        if (type != null) {
            Fields f = new Fields((ObjectNode) definition, p, problems,
                    FIELDS.get(type), "a" + ("int".equals(type) ? "n " : " ") + type + " parameter");
            domain = switch (type) {
                case "float" -> floatDomain(f);
                case "int" -> intDomain(f);
                case "categorical" -> categorical(f);
                default -> fixed(f);
            };
            f.rejectUnknown();
        }
        drafts.put(name, new Draft(name, p, domain, definition.get("when")));
    }

    private String typeOf(JsonNode definition, String p) {
        JsonNode t = definition.get("type");
        String at = JsonPaths.child(p, "type");
        if (t == null || t.isNull()) {
            problems.add(at, "is required (one of " + String.join(", ", TYPES) + ")");
            return null;
        }
        if (!t.isTextual()) {
            problems.add(at, "must be one of " + String.join(", ", TYPES) + ", got " + JsonKinds.describe(t));
            return null;
        }
        if (!TYPES.contains(t.asText())) {
            problems.add(at, "unknown parameter type \"" + t.asText() + "\"" + Suggestions.didYouMean(t.asText(), TYPES)
                    + " (known: " + String.join(", ", TYPES) + ")");
            return null;
        }
        return t.asText();
    }

    private static Domain floatDomain(Fields f) {
        Double low = f.number("low", true);
        Double high = f.number("high", true);
        boolean log = f.bool("log", false);
        Double step = f.has("step") ? f.number("step", false) : null;
        boolean ok = low != null && high != null && (!f.has("step") || step != null);
        if (low != null && high != null && low > high) {
            f.problem("high", "must be >= low, but got low=" + low + ", high=" + high);
            ok = false;
        }
        if (log && low != null && !(low > 0)) {
            f.problem("low", "must be > 0 when log is true, got " + low);
            ok = false;
        }
        if (step != null) {
            if (log) {
                f.problem("step", "cannot be used together with log: true (as in Optuna); remove one of them");
                ok = false;
            } else if (!(step > 0)) {
                f.problem("step", "must be > 0, got " + step);
                ok = false;
            } else if (ok && !isMultiple(high - low, step)) {
                f.problem("step", "high - low must be a multiple of step, but got low=" + low + ", high=" + high
                        + ", step=" + step);
                ok = false;
            }
        }
        return ok ? new FloatDomain(low, high, log, step) : null;
    }

    private static boolean isMultiple(double span, double step) {
        double k = span / step;
        return Math.abs(k - Math.rint(k)) <= GRID_TOLERANCE * Math.max(1, k);
    }

    private static Domain intDomain(Fields f) {
        Long low = f.integer("low", true, Long.MIN_VALUE);
        Long high = f.integer("high", true, Long.MIN_VALUE);
        boolean log = f.bool("log", false);
        boolean stepGiven = f.has("step");
        Long step = stepGiven ? f.integer("step", false, 1) : Long.valueOf(1);
        boolean ok = low != null && high != null && step != null;
        if (low != null && high != null && low > high) {
            f.problem("high", "must be >= low, but got low=" + low + ", high=" + high);
            ok = false;
        }
        if (ok && BigInteger.valueOf(high).subtract(BigInteger.valueOf(low)).bitLength() >= 64) {
            f.problem("high", "high - low must be at most " + Long.MAX_VALUE + ", but got low=" + low + ", high="
                    + high);
            ok = false;
        }
        if (log && low != null && low < 1) {
            f.problem("low", "must be >= 1 when log is true, got " + low);
            ok = false;
        }
        if (log && step != null && step != 1) {
            f.problem("step", "cannot be used together with log: true (as in Optuna, only step 1 can); "
                    + "remove one of them");
            ok = false;
        } else if (ok && !BigInteger.valueOf(high).subtract(BigInteger.valueOf(low)).mod(BigInteger.valueOf(step))
                .equals(BigInteger.ZERO)) {
            f.problem("step", "high - low must be a multiple of step, but got low=" + low + ", high=" + high
                    + ", step=" + step);
            ok = false;
        }
        return ok ? new IntDomain(low, high, log, step) : null;
    }

    private static Domain categorical(Fields f) {
        JsonNode choices = f.get("choices");
        if (choices == null) {
            f.problem("choices", "is required (a list of strings, numbers or booleans)");
            return null;
        }
        if (!choices.isArray()) {
            f.problem("choices", "must be a list of strings, numbers or booleans, got " + JsonKinds.describe(choices));
            return null;
        }
        if (choices.isEmpty()) {
            f.problem("choices", "must hold at least one choice");
            return null;
        }
        String at = f.path("choices");
        List<Object> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < choices.size(); i++) {
            JsonNode c = choices.get(i);
            if (!JsonValues.isScalar(c)) {
                f.problems().add(JsonPaths.index(at, i), "must be a string, a number or a boolean, got "
                        + JsonKinds.describe(c));
                ok = false;
                continue;
            }
            Object value = Values.normalize(JsonValues.toJava(c));
            int first = indexOfSame(values, value);
            if (first >= 0) {
                f.problems().add(JsonPaths.index(at, i), Values.describe(value) + " appears twice (also at "
                        + JsonPaths.index("choices", first) + "); choices must be distinct");
                ok = false;
            }
            values.add(value);
        }
        return ok ? new CategoricalDomain(values) : null;
    }

    private static int indexOfSame(List<Object> values, Object value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && Values.same(values.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    private static Domain fixed(Fields f) {
        if (!f.node().has("value")) {
            f.problem("value", "is required (any JSON value)");
            return null;
        }
        return noNulls(f.node().get("value"), f.path("value"), f.problems())
                ? new FixedDomain(JsonValues.toJava(f.node().get("value"))) : null;
    }

    private static boolean noNulls(JsonNode n, String at, Problems problems) {
        if (n.isNull()) {
            problems.add(at, "must not be null");
            return false;
        }
        boolean ok = true;
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                ok &= noNulls(n.get(i), JsonPaths.index(at, i), problems);
            }
        } else if (n.isObject()) {
            for (var e : n.properties()) {
                ok &= noNulls(e.getValue(), JsonPaths.child(at, e.getKey()), problems);
            }
        }
        return ok;
    }

    /** The condition of {@code d}; problems with it are reported, and then it reads as always true. */
    private Condition condition(Draft d) {
        if (d.when() == null || d.when().isNull()) {
            return Condition.ALWAYS;
        }
        String at = JsonPaths.child(d.path(), "when");
        if (!d.when().isObject()) {
            problems.add(at, "must be an object of parameter name to a value or a list of values, got "
                    + JsonKinds.describe(d.when()));
            return Condition.ALWAYS;
        }
        Map<String, List<Object>> when = new LinkedHashMap<>();
        d.when().properties().forEach(e -> {
            List<Object> values = conditionValues(d, e.getKey(), e.getValue(), JsonPaths.child(at, e.getKey()));
            if (values != null) {
                when.put(e.getKey(), values);
            }
        });
        return new Condition(when);
    }

    private List<Object> conditionValues(Draft d, String parentName, JsonNode given, String at) {
        Draft parent = drafts.get(parentName);
        if (parent == null) {
            List<String> others = drafts.keySet().stream().filter(n -> !n.equals(d.name())).toList();
            problems.add(at, "no parameter is named \"" + parentName + "\"" + Suggestions.didYouMean(parentName, others)
                    + " (parameters: " + String.join(", ", others) + ")");
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        if (given.isArray()) {
            if (given.isEmpty()) {
                problems.add(at, "must list at least one value");
                return null;
            }
            given.forEach(items::add);
        } else {
            items.add(given);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = given.isArray() ? JsonPaths.index(at, i) : at;
            JsonNode item = items.get(i);
            if (!JsonValues.isScalar(item)) {
                problems.add(itemPath, "must be a string, a number or a boolean (or a list of them), got "
                        + JsonKinds.describe(item));
                continue;
            }
            Object value = coerce(JsonValues.toJava(item), parent.domain());
            if (parent.domain() != null && !parent.domain().contains(value)) {
                problems.add(itemPath, parentName + " never takes the value " + Values.describe(value) + " ("
                        + describe(parent.domain()) + ")");
                continue;
            }
            values.add(value);
        }
        return values.isEmpty() ? null : values;
    }

    /** A condition value in the form its parent's domain holds: Long for int, Double for float. */
    private static Object coerce(Object value, Domain domain) {
        if (value instanceof Number n) {
            double x = n.doubleValue();
            if (domain instanceof IntDomain && x == Math.rint(x) && Math.abs(x) < 0x1p63) {
                return (long) x;
            }
            if (domain instanceof FloatDomain) {
                return x;
            }
        }
        return Values.normalize(value);
    }

    /** A domain as a message describes what it holds. */
    static String describe(Domain domain) {
        if (domain instanceof CategoricalDomain c) {
            return "its choices: " + c.choices().stream().map(Values::describe).collect(Collectors.joining(", "));
        }
        if (domain instanceof IntDomain i) {
            return "its range: integers from " + i.low() + " to " + i.high() + (i.step() == 1 ? "" : " in steps of "
                    + i.step());
        }
        if (domain instanceof FloatDomain fl) {
            return "its range: " + fl.low() + " to " + fl.high() + (fl.step() == null ? "" : " in steps of "
                    + fl.step());
        }
        return "its value: " + Values.describe(((FixedDomain) domain).value());
    }

    private void reportCycles() {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String name : drafts.keySet()) {
            visit(name, new ArrayList<>(), state);
        }
    }

    /** Depth-first over the "depends on" edges; state 1 = on the current path, 2 = done. */
    private void visit(String name, List<String> stack, Map<String, Integer> state) {
        Integer s = state.get(name);
        if (s != null && s == 2) {
            return;
        }
        if (s != null) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
            cycle.add(name);
            problems.add(JsonPaths.child(drafts.get(name).path(), "when"),
                    "conditions form a cycle: " + String.join(" -> ", cycle));
            return;
        }
        state.put(name, 1);
        stack.add(name);
        for (String parent : parentsOf(drafts.get(name))) {
            visit(parent, stack, state);
        }
        stack.remove(stack.size() - 1);
        state.put(name, 2);
    }

    private List<String> parentsOf(Draft d) {
        List<String> parents = new ArrayList<>();
        if (d.when() != null && d.when().isObject()) {
            d.when().fieldNames().forEachRemaining(p -> {
                if (drafts.containsKey(p)) {
                    parents.add(p);
                }
            });
        }
        return parents;
    }
}
