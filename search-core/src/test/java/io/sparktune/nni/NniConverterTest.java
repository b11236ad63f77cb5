package io.sparktune.nni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Problem;
import io.sparktune.spec.Problems;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.StudySpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NniConverterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Converts, checks that the result reads back as a space without problems, and returns that space. */
    private static SearchSpace roundTrip(String nni) {
        ObjectNode space = NniConverter.convert(json(nni));
        Problems problems = new Problems();
        SearchSpace read = StudySpecReader.readSpace(space, "$.space", problems);
        assertTrue(problems.isEmpty(), () -> space + " reads back with problems: " + problems.list());
        assertNotNull(read);
        return read;
    }

    private static Domain domain(SearchSpace space, String name) {
        return space.parameter(name).orElseThrow(() -> new AssertionError("no parameter " + name + " in " + space))
                .domain();
    }

    private static List<String> problems(String nni) {
        SpecException e = assertThrows(SpecException.class, () -> NniConverter.convert(json(nni)));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void convertsChoicesKeepingNumbersNumbers() {
        SearchSpace space = roundTrip("""
                {"batch_size": {"_type": "choice", "_value": [16, 32, 64]},
                 "act": {"_type": "choice", "_value": ["relu", "tanh"]},
                 "ratio": {"_type": "choice", "_value": [0.5, 1, true]}}
                """);
        assertEquals(CategoricalDomain.of(16L, 32L, 64L), domain(space, "batch_size"));
        assertEquals(List.of(16L, 32L, 64L), ((CategoricalDomain) domain(space, "batch_size")).choices());
        assertEquals(CategoricalDomain.of("relu", "tanh"), domain(space, "act"));
        assertEquals(CategoricalDomain.of(0.5, 1L, true), domain(space, "ratio"));
        ObjectNode raw = NniConverter.convert(json("{\"b\": {\"_type\": \"choice\", \"_value\": [16, 32]}}"));
        assertTrue(raw.get("b").get("choices").get(0).isIntegralNumber());
    }

    @Test
    void convertsRandintToAnIntWithoutItsUpperBound() {
        SearchSpace space = roundTrip("{\"layers\": {\"_type\": \"randint\", \"_value\": [1, 5]}}");
        assertEquals(IntDomain.of(1, 4), domain(space, "layers"));
    }

    @Test
    void convertsUniformAndLoguniform() {
        SearchSpace space = roundTrip("""
                {"dropout": {"_type": "uniform", "_value": [0.1, 0.5]},
                 "lr": {"_type": "loguniform", "_value": [0.0001, 0.1]}}
                """);
        assertEquals(FloatDomain.of(0.1, 0.5), domain(space, "dropout"));
        assertEquals(FloatDomain.logOf(0.0001, 0.1), domain(space, "lr"));
    }

    @Test
    void convertsAQuniformOnItsGridToAFloatWithAStep() {
        SearchSpace space = roundTrip("""
                {"units": {"_type": "quniform", "_value": [32, 256, 32]},
                 "decay": {"_type": "quniform", "_value": [0.1, 0.9, 0.1]}}
                """);
        assertEquals(new FloatDomain(32, 256, false, 32.0), domain(space, "units"));
        assertEquals(new FloatDomain(0.1, 0.9, false, 0.1), domain(space, "decay"));
    }

    @Test
    void convertsAQuniformWithClippedEndsToTheValuesNniReaches() {
        // round(x / 3) * 3 for x in [1, 10] is 0, 3, 6 or 9; 0 is clipped to 1.
        assertEquals(CategoricalDomain.of(1.0, 3.0, 6.0, 9.0),
                domain(roundTrip("{\"k\": {\"_type\": \"quniform\", \"_value\": [1, 10, 3]}}"), "k"));
        // x in (10, 10.5] rounds to 12, clipped to 10.5.
        assertEquals(CategoricalDomain.of(0.0, 4.0, 8.0, 10.5),
                domain(roundTrip("{\"k\": {\"_type\": \"quniform\", \"_value\": [0, 10.5, 4]}}"), "k"));
        assertEquals(CategoricalDomain.of(0.04, 0.1, 0.2, 0.3, 0.36),
                domain(roundTrip("{\"k\": {\"_type\": \"quniform\", \"_value\": [0.04, 0.36, 0.1]}}"), "k"));
        // Ends exactly half-way between multiples are reached with probability zero, so they are left out.
        assertEquals(CategoricalDomain.of(0.1, 0.2, 0.3),
                domain(roundTrip("{\"k\": {\"_type\": \"quniform\", \"_value\": [0.05, 0.35, 0.1]}}"), "k"));
        assertEquals(FloatDomain.of(2.5, 2.5),
                domain(roundTrip("{\"k\": {\"_type\": \"quniform\", \"_value\": [2.5, 2.5, 1]}}"), "k"));
    }

    @Test
    void reachedValuesMatchNnisFormulaOnADenseSample() {
        double low = 0.7;
        double high = 9.2;
        double q = 1.5;
        Quantized quantized = new Quantized(java.math.BigDecimal.valueOf(low), java.math.BigDecimal.valueOf(high),
                java.math.BigDecimal.valueOf(q), false);
        List<Object> expected = ((CategoricalDomain) domain(roundTrip(
                "{\"k\": {\"_type\": \"quniform\", \"_value\": [0.7, 9.2, 1.5]}}"), "k")).choices();
        java.util.TreeSet<Double> seen = new java.util.TreeSet<>();
        for (int i = 1; i < 100_000; i++) {
            double x = low + (high - low) * i / 100_000.0;
            seen.add(Math.min(high, Math.max(low, Math.rint(x / q) * q)));
        }
        assertEquals(quantized.count(), expected.size());
        assertEquals(seen.size(), expected.size());
        List<Double> sample = List.copyOf(seen);
        for (int i = 0; i < sample.size(); i++) {
            assertEquals(sample.get(i), (Double) expected.get(i), 1e-9);
        }
    }

    @Test
    void convertsQloguniformExactlyWhereItCan() {
        SearchSpace space = roundTrip("""
                {"width": {"_type": "qloguniform", "_value": [16, 1024, 1]},
                 "batch": {"_type": "qloguniform", "_value": [16, 512, 16]},
                 "odd": {"_type": "qloguniform", "_value": [1, 100, 16]}}
                """);
        assertEquals(new IntDomain(16, 1024, true, 1), domain(space, "width"));
        assertEquals(new FloatDomain(16, 512, false, 16.0), domain(space, "batch"));
        // x / 16 <= 6.25 never rounds up to 7: 100 itself is not reached.
        assertEquals(CategoricalDomain.of(1.0, 16.0, 32.0, 48.0, 64.0, 80.0, 96.0), domain(space, "odd"));
    }

    @Test
    void refusesAClippedRangeWithTooManyValues() {
        List<String> lines = problems("{\"k\": {\"_type\": \"qloguniform\", \"_value\": [0.00005, 1, 0.0001]}}");
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("$.k._value: qloguniform [5.0E-5,1,1.0E-4] reaches 10000 values"),
                lines.get(0));
        assertTrue(lines.get(0).contains("make low and high multiples of q"), lines.get(0));
    }

    @Test
    void turnsNestedChoicesIntoConditions() {
        ObjectNode converted = NniConverter.convert(json("""
                {"optimizer": {"_type": "choice", "_value": [
                    {"_name": "sgd",
                     "momentum": {"_type": "uniform", "_value": [0, 0.99]},
                     "schedule": {"_type": "choice", "_value": [
                        "constant",
                        {"_name": "step", "gamma": {"_type": "uniform", "_value": [0.1, 0.9]}}]}},
                    {"_name": "adam", "beta1": {"_type": "uniform", "_value": [0.8, 0.99]}},
                    {"_name": "none"}]},
                 "lr": {"_type": "loguniform", "_value": [1e-5, 1e-1]}}
                """));
        assertEquals(List.of("optimizer", "momentum", "schedule", "gamma", "beta1", "lr"),
                names(converted));
        assertEquals(json("{\"optimizer\": \"sgd\"}"), converted.get("momentum").get("when"));
        assertEquals(json("{\"schedule\": \"step\"}"), converted.get("gamma").get("when"));
        assertEquals(json("[\"sgd\", \"adam\", \"none\"]"), converted.get("optimizer").get("choices"));
        SearchSpace space = StudySpecReader.readSpace(converted, "$.space", new Problems());
        assertTrue(space.contains(Map.of("optimizer", "sgd", "momentum", 0.9, "schedule", "step", "gamma", 0.5,
                "lr", 0.01)));
        assertTrue(space.contains(Map.of("optimizer", "sgd", "momentum", 0.9, "schedule", "constant", "lr", 0.01)));
        assertTrue(space.contains(Map.of("optimizer", "adam", "beta1", 0.9, "lr", 0.01)));
        assertTrue(space.contains(Map.of("optimizer", "none", "lr", 0.01)));
        assertFalse(space.contains(Map.of("optimizer", "adam", "beta1", 0.9, "momentum", 0.9, "lr", 0.01)));
    }

    @Test
    void namesCollidingParametersByTheirFullPath() {
        // NNI's own example: both pooling layers have a pooling_size.
        ObjectNode converted = NniConverter.convert(json("""
                {"layer0": {"_type": "choice", "_value": [
                    {"_name": "Empty"},
                    {"_name": "Conv", "kernel_size": {"_type": "choice", "_value": [1, 2, 3, 5]}},
                    {"_name": "Max_pool", "pooling_size": {"_type": "choice", "_value": [2, 3, 5]}},
                    {"_name": "Avg_pool", "pooling_size": {"_type": "choice", "_value": [2, 3, 5]}}]},
                 "kernel_size": {"_type": "randint", "_value": [1, 4]}}
                """));
        assertEquals(List.of("layer0", "layer0/Conv/kernel_size", "layer0/Max_pool/pooling_size",
                "layer0/Avg_pool/pooling_size", "kernel_size"), names(converted));
        assertEquals(json("{\"layer0\": \"Avg_pool\"}"), converted.get("layer0/Avg_pool/pooling_size").get("when"));
        SearchSpace space = StudySpecReader.readSpace(converted, "$.space", new Problems());
        assertTrue(space.contains(Map.of("layer0", "Max_pool", "layer0/Max_pool/pooling_size", 3L,
                "kernel_size", 2L)));
    }

    @Test
    void refusesTheNormalFamilyNamingTheParameter() {
        assertEquals(List.of(
                "$.lr._type: \"normal\" has no bounded equivalent in sparktune: every parameter needs a finite range,"
                        + " and normal has none; use \"uniform\" with bounds that cover the values you expect"
                        + " instead",
                "$.wd._type: \"qlognormal\" has no bounded equivalent in sparktune: every parameter needs a finite"
                        + " range, and qlognormal has none; use \"loguniform\" with bounds that cover the values you"
                        + " expect instead",
                "$.net._value[0].width._type: \"qnormal\" has no bounded equivalent in sparktune: every parameter"
                        + " needs a finite range, and qnormal has none; use \"uniform\" with bounds that cover the"
                        + " values you expect instead",
                "$.x._type: \"lognormal\" has no bounded equivalent in sparktune: every parameter needs a finite"
                        + " range, and lognormal has none; use \"loguniform\" with bounds that cover the values you"
                        + " expect instead"),
                problems("""
                        {"lr": {"_type": "normal", "_value": [0, 1]},
                         "wd": {"_type": "qlognormal", "_value": [0, 1, 0.1]},
                         "net": {"_type": "choice", "_value": [{"_name": "a",
                                 "width": {"_type": "qnormal", "_value": [0, 1, 1]}}]},
                         "x": {"_type": "lognormal", "_value": [0, 1]}}
                        """));
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        assertEquals(List.of(
                "$.a._value: randint [lower, upper) needs lower < upper (upper is excluded), but got lower=3, upper=3",
                "$.b._value[1]: must be an integer, got a number (2.5)",
                "$.c._value: uniform needs low <= high, but got low=2, high=1",
                "$.d._value[0]: loguniform needs low > 0, got 0",
                "$.e._value[2]: q must be > 0, got 0",
                "$.f._value: uniform takes [low, high], got a list of 3",
                "$.g._type: unknown NNI type \"choise\", did you mean \"choice\"? (known: choice, randint, uniform,"
                        + " quniform, loguniform, qloguniform, normal, qnormal, lognormal, qlognormal)",
                "$.h._value[1]: a string (\"x\") is also option 0; options must be distinct",
                "$.i._value[0]._name: is required: a nested space names its branch with \"_name\"",
                "$.j.value: unknown key, did you mean \"_value\"? (a parameter has: _type, _value)",
                "$.j._value: is required (a list)",
                "$.k._value[0]: must be a finite number, got a string (\"0\")",
                "$.l: must be an object such as {\"_type\": \"uniform\", \"_value\": [0, 1]}, got a number (3)",
                "$.m._value: must hold at least one option",
                "$.n._value[0]._nmae: unknown key in a nested space (only \"_name\" and parameters may appear), did"
                        + " you mean \"_name\"?"),
                problems("""
                        {"a": {"_type": "randint", "_value": [3, 3]},
                         "b": {"_type": "randint", "_value": [1, 2.5]},
                         "c": {"_type": "uniform", "_value": [2, 1]},
                         "d": {"_type": "loguniform", "_value": [0, 1]},
                         "e": {"_type": "quniform", "_value": [0, 1, 0]},
                         "f": {"_type": "uniform", "_value": [0, 1, 2]},
                         "g": {"_type": "choise", "_value": [1]},
                         "h": {"_type": "choice", "_value": ["x", "x"]},
                         "i": {"_type": "choice", "_value": [{"units": {"_type": "randint", "_value": [1, 2]}}]},
                         "j": {"_type": "uniform", "value": [0, 1]},
                         "k": {"_type": "uniform", "_value": ["0", 1]},
                         "l": 3,
                         "m": {"_type": "choice", "_value": []},
                         "n": {"_type": "choice", "_value": [{"_name": "x", "_nmae": "y"}]}}
                        """));
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("search_space.json");
        Files.writeString(file, "{\"lr\": {\"_type\": \"loguniform\", \"_value\": [0.001, 0.1]}}");
        assertEquals(json("{\"lr\": {\"type\": \"float\", \"low\": 0.001, \"high\": 0.1, \"log\": true}}"),
                NniConverter.convert(file));
        Files.writeString(file, "{\"lr\": {\"_type\": \"uniform\", \"_value\": [0, 1]}, \"lr\": 2}");
        SpecException duplicate = assertThrows(SpecException.class, () -> NniConverter.convert(file));
        assertTrue(duplicate.getMessage().startsWith("$.lr: duplicate key"), duplicate.getMessage());
        Path missing = dir.resolve("nope.json");
        assertEquals(List.of(new Problem(missing.toString(), "no such file")),
                assertThrows(SpecException.class, () -> NniConverter.convert(missing)).problems());
        assertEquals("$: an NNI search space must be a JSON object of parameters by name, got a list",
                assertThrows(SpecException.class, () -> NniConverter.convert(json("[]"))).getMessage());
    }

    private static List<String> names(ObjectNode space) {
        List<String> out = new java.util.ArrayList<>();
        space.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
