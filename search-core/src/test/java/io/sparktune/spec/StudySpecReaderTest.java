package io.sparktune.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.SearchSpace;
import io.sparktune.trial.Reduce;
import io.sparktune.trial.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySpecReaderTest {

    private static final Path BASE = Path.of("studies");

    /** A valid study with {@code space} as its space. */
    private static String study(String space) {
        return """
                {"name": "s", "objective": {"metric": "loss"},
                 "space": %s,
                 "trainer": {"type": "function", "name": "branin"}}
                """.formatted(space);
    }

    /** The problems of {@code json}, as {@code path: message} lines; fails if it reads without any. */
    static List<String> problems(String json) {
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(json, BASE));
        List<String> lines = e.problems().stream().map(Problem::toString).toList();
        for (String line : lines) {
            assertFalse(line.matches("(?s).*\\b(java|javax|com\\.fasterxml|io\\.sparktune)\\.[a-z].*"),
                    "a Java name leaks into: " + line);
            assertFalse(line.contains("Exception"), "an exception leaks into: " + line);
            assertTrue(line.startsWith("$"), "not a JSON path: " + line);
        }
        assertEquals(String.join("\n", lines), e.getMessage());
        return lines;
    }

    private static String only(String json) {
        List<String> lines = problems(json);
        assertEquals(1, lines.size(), () -> "expected one problem, got " + lines);
        return lines.get(0);
    }

    @Test
    void readsAMinimalStudyWithItsDefaults() {
        StudySpec spec = StudySpecReader.read(study("{\"x0\": {\"type\": \"float\", \"low\": -5, \"high\": 10}}"), BASE);
        assertEquals("s", spec.name());
        assertEquals(0, spec.seed());
        assertEquals("loss", spec.objective().metric());
        assertEquals(Direction.MINIMIZE, spec.objective().direction());
        assertEquals(FloatDomain.of(-5, 10), spec.space().parameter("x0").orElseThrow().domain());
        assertEquals("random", spec.strategy().type());
        assertTrue(spec.strategy().options().isEmpty());
        assertTrue(spec.scheduler().isEmpty());
        assertTrue(spec.budget().maxTrials().isEmpty());
        assertEquals(1, spec.budget().maxConcurrent());
        assertTrue(spec.budget().maxFailures().isEmpty());
        assertTrue(spec.budget().timeLimit().isEmpty());
        assertEquals(0, spec.budget().maxRetries());
        assertEquals("function", spec.trainer().type());
        assertEquals("branin", spec.trainer().options().get("name").asText());
        assertFalse(spec.trainer().options().has("type"));
        assertEquals("$.trainer", spec.trainer().optionsPath());
        assertEquals(BASE, spec.baseDirectory());
        assertEquals("s", spec.source().get("name").asText());
    }

    @Test
    void readsEveryField() {
        StudySpec spec = StudySpecReader.read("""
                {
                  "$schema": "../docs/study.schema.json",
                  "name": "mlp", "seed": -7,
                  "objective": {"metric": "accuracy", "direction": "maximize"},
                  "space": {
                    "lr": {"type": "float", "low": 1e-5, "high": 0.1, "log": true},
                    "dropout": {"type": "float", "low": 0, "high": 0.5, "step": 0.1},
                    "layers": {"type": "int", "low": 1, "high": 4},
                    "width": {"type": "int", "low": 16, "high": 256, "log": true},
                    "batch": {"type": "int", "low": 32, "high": 256, "step": 32},
                    "optimizer": {"type": "categorical", "choices": ["sgd", "adam"]},
                    "momentum": {"type": "float", "low": 0, "high": 0.99, "when": {"optimizer": "sgd"}},
                    "epochs": {"type": "fixed", "value": 20}
                  },
                  "strategy": {"type": "grid", "options": {"gridPoints": 4}},
                  "scheduler": {"type": "median", "options": {"minTrials": 3}},
                  "budget": {"maxTrials": 50, "maxConcurrent": 4, "maxFailures": 5, "timeLimit": "1h30m",
                             "maxRetries": 2},
                  "trainer": {"type": "command", "command": ["python3", "train.py"]}
                }
                """, BASE);
        assertEquals(-7, spec.seed());
        assertEquals(Direction.MAXIMIZE, spec.objective().direction());
        SearchSpace space = spec.space();
        assertEquals(FloatDomain.logOf(1e-5, 0.1), space.parameter("lr").orElseThrow().domain());
        assertEquals(new FloatDomain(0, 0.5, false, 0.1), space.parameter("dropout").orElseThrow().domain());
        assertEquals(IntDomain.of(1, 4), space.parameter("layers").orElseThrow().domain());
        assertEquals(new IntDomain(16, 256, true, 1), space.parameter("width").orElseThrow().domain());
        assertEquals(new IntDomain(32, 256, false, 32), space.parameter("batch").orElseThrow().domain());
        assertEquals(CategoricalDomain.of("sgd", "adam"), space.parameter("optimizer").orElseThrow().domain());
        assertEquals(List.of("sgd"), space.parameter("momentum").orElseThrow().condition().when().get("optimizer"));
        assertEquals(new FixedDomain(20L), space.parameter("epochs").orElseThrow().domain());
        assertEquals("grid", spec.strategy().type());
        assertEquals(4, spec.strategy().options().get("gridPoints").asInt());
        assertEquals("$.strategy.options", spec.strategy().optionsPath());
        assertEquals("median", spec.scheduler().orElseThrow().type());
        assertEquals("$.scheduler.options", spec.scheduler().orElseThrow().optionsPath());
        assertEquals(50, spec.budget().maxTrials().getAsInt());
        assertEquals(4, spec.budget().maxConcurrent());
        assertEquals(5, spec.budget().maxFailures().getAsInt());
        assertEquals(Duration.ofMinutes(90), spec.budget().timeLimit().orElseThrow());
        assertEquals(2, spec.budget().maxRetries());
        assertEquals("command", spec.trainer().type());
        assertEquals(2, spec.trainer().options().get("command").size());
    }

    @Test
    void reportsTheExactMessageForALogRangeFromZero() {
        assertEquals("$.space.lr.low: must be > 0 when log is true, got 0.0",
                only(study("{\"lr\": {\"type\": \"float\", \"low\": 0, \"high\": 1, \"log\": true}}")));
    }

    @Test
    void reportsEveryMistakeOfAFileAtOnce() {
        List<String> lines = problems("""
                {"name": "three mistakes", "objective": {"metric": "loss"},
                 "space": {
                   "lr": {"type": "float", "low": 0, "high": 1, "log": true},
                   "layers": {"type": "int", "low": 1, "hihg": 4}
                 },
                 "budgte": {"maxTrials": 10},
                 "trainer": {"type": "function", "name": "branin"}}
                """);
        assertEquals(List.of(
                "$.space.lr.low: must be > 0 when log is true, got 0.0",
                "$.space.layers.high: is required",
                "$.space.layers.hihg: unknown field, did you mean \"high\"? (an int parameter has: type, low, high,"
                        + " log, step, when)",
                "$.budgte: unknown field, did you mean \"budget\"? (a study has: $schema, name, seed, objective,"
                        + " space, strategy, scheduler, budget, trainer)"), lines);
    }

    @Test
    void suggestsTheParameterAConditionMeant() {
        String line = only(study("""
                {"optimizer": {"type": "categorical", "choices": ["sgd", "adam"]},
                 "momentum": {"type": "float", "low": 0, "high": 1, "when": {"optimiser": "sgd"}}}
                """));
        assertEquals("$.space.momentum.when.optimiser: no parameter is named \"optimiser\", did you mean "
                + "\"optimizer\"? (parameters: optimizer)", line);
    }

    @Test
    void readsConditionsAndChainsOfThem() {
        SearchSpace space = StudySpecReader.read(study("""
                {"momentum": {"type": "float", "low": 0, "high": 1, "when": {"optimizer": "sgd"}},
                 "nesterov_decay": {"type": "float", "low": 0, "high": 1, "when": {"nesterov": true}},
                 "nesterov": {"type": "categorical", "choices": [true, false], "when": {"optimizer": ["sgd"]}},
                 "optimizer": {"type": "categorical", "choices": ["sgd", "adam", "rmsprop"]},
                 "beta2": {"type": "float", "low": 0.9, "high": 0.999, "when": {"optimizer": ["adam", "rmsprop"]}},
                 "width": {"type": "int", "low": 1, "high": 8},
                 "wide_bonus": {"type": "fixed", "value": "yes", "when": {"width": [7, 8.0]}}}
                """), BASE).space();
        List<String> order = space.parameters().stream().map(p -> p.name()).toList();
        assertTrue(order.indexOf("optimizer") < order.indexOf("nesterov"));
        assertTrue(order.indexOf("nesterov") < order.indexOf("nesterov_decay"));
        assertTrue(space.contains(Map.of("optimizer", "sgd", "momentum", 0.5, "nesterov", true,
                "nesterov_decay", 0.1, "width", 2L)));
        assertTrue(space.contains(Map.of("optimizer", "adam", "beta2", 0.95, "width", 8L, "wide_bonus", "yes")));
        assertFalse(space.contains(Map.of("optimizer", "adam", "beta2", 0.95, "momentum", 0.5, "width", 2L)));
        assertFalse(space.contains(Map.of("optimizer", "sgd", "momentum", 0.5, "nesterov", false,
                "nesterov_decay", 0.1, "width", 2L)));
        assertEquals(List.of(7L, 8L), space.parameter("wide_bonus").orElseThrow().condition().when().get("width"));
    }

    @Test
    void reportsACycleOnce() {
        assertEquals("$.space.a.when: conditions form a cycle: a -> b -> a", only(study("""
                {"a": {"type": "categorical", "choices": [1, 2], "when": {"b": "x"}},
                 "b": {"type": "categorical", "choices": ["x", "y"], "when": {"a": 1}},
                 "c": {"type": "int", "low": 0, "high": 3, "when": {"a": 2}}}
                """)));
        assertEquals("$.space.a.when: conditions form a cycle: a -> a",
                only(study("{\"a\": {\"type\": \"categorical\", \"choices\": [1, 2], \"when\": {\"a\": 1}}}")));
        assertEquals("$.space.b.when: conditions form a cycle: b -> c -> d -> b", only(study("""
                {"a": {"type": "categorical", "choices": [1, 2]},
                 "b": {"type": "categorical", "choices": [1, 2], "when": {"a": 1, "c": 1}},
                 "c": {"type": "categorical", "choices": [1, 2], "when": {"d": 1}},
                 "d": {"type": "categorical", "choices": [1, 2], "when": {"b": 2}}}
                """)));
    }

    @Test
    void rejectsAConditionValueItsParentNeverTakes() {
        List<String> lines = problems(study("""
                {"optimizer": {"type": "categorical", "choices": ["sgd", "adam"]},
                 "layers": {"type": "int", "low": 1, "high": 4, "step": 1},
                 "momentum": {"type": "float", "low": 0, "high": 1, "when": {"optimizer": ["sgd", "adamw"]}},
                 "deep": {"type": "fixed", "value": 1, "when": {"layers": 5}},
                 "half": {"type": "fixed", "value": 1, "when": {"layers": 2.5}},
                 "bad": {"type": "fixed", "value": 1, "when": {"layers": [], "optimizer": {"is": "sgd"}}},
                 "odd": {"type": "fixed", "value": 1, "when": "optimizer"}}
                """));
        assertEquals(List.of(
                "$.space.momentum.when.optimizer[1]: optimizer never takes the value \"adamw\" (its choices: \"sgd\","
                        + " \"adam\")",
                "$.space.deep.when.layers: layers never takes the value 5 (its range: integers from 1 to 4)",
                "$.space.half.when.layers: layers never takes the value 2.5 (its range: integers from 1 to 4)",
                "$.space.bad.when.layers: must list at least one value",
                "$.space.bad.when.optimizer: must be a string, a number or a boolean (or a list of them), got an"
                        + " object",
                "$.space.odd.when: must be an object of parameter name to a value or a list of values, got a string"
                        + " (\"optimizer\")"), lines);
    }

    @Test
    void checksFloatParameters() {
        assertEquals(List.of(
                "$.space.a.high: must be >= low, but got low=5.0, high=1.0",
                "$.space.b.step: cannot be used together with log: true (as in Optuna); remove one of them",
                "$.space.c.step: must be > 0, got 0.0",
                "$.space.d.step: high - low must be a multiple of step, but got low=0.0, high=1.0, step=0.3",
                "$.space.e.low: must be a number, got a string (\"0\")",
                "$.space.f.high: is required",
                "$.space.g.log: must be true or false, got a string (\"yes\")"),
                problems(study("""
                        {"a": {"type": "float", "low": 5, "high": 1},
                         "b": {"type": "float", "low": 1, "high": 2, "log": true, "step": 0.5},
                         "c": {"type": "float", "low": 0, "high": 1, "step": 0},
                         "d": {"type": "float", "low": 0, "high": 1, "step": 0.3},
                         "e": {"type": "float", "low": "0", "high": 1},
                         "f": {"type": "float", "low": 0},
                         "g": {"type": "float", "low": 1, "high": 2, "log": "yes"},
                         "h": {"type": "float", "low": 0, "high": 0.3, "step": 0.1}}
                        """)));
    }

    @Test
    void checksIntParameters() {
        assertEquals(List.of(
                "$.space.a.low: must be an integer, got a number (1.5)",
                "$.space.b.low: must be >= 1 when log is true, got 0",
                "$.space.c.step: cannot be used together with log: true (as in Optuna, only step 1 can); remove one"
                        + " of them",
                "$.space.d.step: high - low must be a multiple of step, but got low=0, high=10, step=3",
                "$.space.e.step: must be >= 1, got 0",
                "$.space.f.high: must be >= low, but got low=3, high=2"),
                problems(study("""
                        {"a": {"type": "int", "low": 1.5, "high": 4},
                         "b": {"type": "int", "low": 0, "high": 4, "log": true},
                         "c": {"type": "int", "low": 1, "high": 9, "log": true, "step": 2},
                         "d": {"type": "int", "low": 0, "high": 10, "step": 3},
                         "e": {"type": "int", "low": 0, "high": 10, "step": 0},
                         "f": {"type": "int", "low": 3, "high": 2},
                         "g": {"type": "int", "low": 2.0, "high": 64, "log": true, "step": 1}}
                        """)));
        SearchSpace space = StudySpecReader.readSpace(parse("{\"g\": {\"type\": \"int\", \"low\": 2.0, \"high\": 64,"
                + " \"log\": true, \"step\": 1}}"), "$.space", new Problems());
        assertEquals(new IntDomain(2, 64, true, 1), space.parameter("g").orElseThrow().domain());
    }

    @Test
    void checksCategoricalAndFixedParameters() {
        assertEquals(List.of(
                "$.space.a.choices: must hold at least one choice",
                "$.space.b.choices[2]: 1.0 appears twice (also at choices[0]); choices must be distinct",
                "$.space.c.choices[1]: must be a string, a number or a boolean, got a list",
                "$.space.d.choices: is required (a list of strings, numbers or booleans)",
                "$.space.e.value: is required (any JSON value)",
                "$.space.f.value[1]: must not be null",
                "$.space.g.type: unknown parameter type \"flaot\", did you mean \"float\"? (known: float, int,"
                        + " categorical, fixed)",
                "$.space.h.type: is required (one of float, int, categorical, fixed)",
                "$.space.i: must be an object such as {\"type\": \"float\", \"low\": 0, \"high\": 1}, got a number (3)"),
                problems(study("""
                        {"a": {"type": "categorical", "choices": []},
                         "b": {"type": "categorical", "choices": [1, "1", 1.0]},
                         "c": {"type": "categorical", "choices": ["x", ["y"]]},
                         "d": {"type": "categorical"},
                         "e": {"type": "fixed"},
                         "f": {"type": "fixed", "value": [1, null]},
                         "g": {"type": "flaot", "low": 0, "high": 1},
                         "h": {"low": 0, "high": 1},
                         "i": 3,
                         "j": {"type": "fixed", "value": {"hidden": [64, 32], "act": "relu"}},
                         "k": {"type": "categorical", "choices": ["a", 2, 0.5, false]}}
                        """)));
        SearchSpace space = StudySpecReader.readSpace(parse("""
                {"j": {"type": "fixed", "value": {"hidden": [64, 32], "act": "relu"}},
                 "k": {"type": "categorical", "choices": ["a", 2, 0.5, false]}}
                """), "$.space", new Problems());
        assertEquals(new FixedDomain(Map.of("hidden", List.of(64L, 32L), "act", "relu")),
                space.parameter("j").orElseThrow().domain());
        assertEquals(CategoricalDomain.of("a", 2L, 0.5, false), space.parameter("k").orElseThrow().domain());
    }

    @Test
    void namesOddParameterNamesWithBrackets() {
        assertEquals("$.space[\"learning rate\"].low: must be > 0 when log is true, got -1.0",
                only(study("{\"learning rate\": {\"type\": \"float\", \"low\": -1, \"high\": 1, \"log\": true}}")));
    }

    @Test
    void readSpaceReturnsNullWithProblemsUnderTheGivenPath() {
        Problems problems = new Problems();
        assertNull(StudySpecReader.readSpace(parse("{\"x\": {\"type\": \"int\", \"low\": 0}}"), "$.converted",
                problems));
        assertEquals(List.of(new Problem("$.converted.x.high", "is required")), problems.list());
        Problems none = new Problems();
        assertNotNull(StudySpecReader.readSpace(parse("{\"x\": {\"type\": \"int\", \"low\": 0, \"high\": 1}}"),
                "$.converted", none));
        assertTrue(none.isEmpty());
    }

    @Test
    void readsHowReportsBecomeTheFinalValue() throws Exception {
        String json = """
                {"name": "s", "objective": {"metric": "val_loss", "reduce": "last"},
                 "space": {"x0": {"type": "float", "low": 0, "high": 1},
                           "x1": {"type": "float", "low": 0, "high": 1}},
                 "trainer": {"type": "function", "name": "branin"}}
                """;
        assertEquals(Reduce.LAST, StudySpecReader.read(json, BASE).objective().reduce());
        assertEquals(Reduce.BEST, new io.sparktune.trial.Objective("m", io.sparktune.trial.Direction.MINIMIZE).reduce());
        assertEquals("$.objective.reduce: must be best or last, got \"lats\", did you mean \"last\"?",
                only(json.replace("\"last\"", "\"lats\"")));
    }

    @Test
    void requiresTheMainFields() {
        assertEquals(List.of(
                "$.name: is required",
                "$.objective: is required, such as {\"metric\": \"loss\", \"direction\": \"minimize\"}",
                "$.space: is required (an object of parameters by name)",
                "$.trainer: is required, such as {\"type\": \"function\", \"name\": \"branin\"}"), problems("{}"));
        assertEquals(List.of(
                "$.name: must not be blank",
                "$.seed: must be an integer, got a number (1.5)",
                "$.objective.metrc: unknown field, did you mean \"metric\"? (an objective has: metric, direction, reduce)",
                "$.objective.direction: must be minimize or maximize, got \"maximise\", did you mean \"maximize\"?",
                "$.space: must hold at least one parameter",
                "$.trainer.type: is required"),
                problems("""
                        {"name": " ", "seed": 1.5, "objective": {"metrc": "loss", "metric": "l", "direction": "maximise"},
                         "space": {}, "trainer": {"name": "branin"}}
                        """));
    }

    @Test
    void rejectsWhatIsNotAStudyObject() {
        assertEquals("$: a study file must hold a JSON object, got a list", only("[1, 2]"));
        assertEquals("$: the input is empty, expected a JSON object", only("  \n"));
    }

    @Test
    void reportsMalformedJsonWithItsLineAndColumn() {
        String line = only("{\n  \"name\": \"x\",\n  \"seed\": ,\n}");
        assertTrue(line.startsWith("$: malformed JSON at line 3, column 11: "), line);
        assertFalse(line.contains("Source"), line);
        String unclosed = only("{\"name\": \"x\", \"space\": {\"a\": 1}");
        assertTrue(unclosed.startsWith("$: malformed JSON at line 1, column "), unclosed);
        assertFalse(unclosed.contains("Source") || unclosed.contains("REDACTED"), unclosed);
        String trailing = only("{\"name\": \"x\"} {}");
        assertEquals("$: malformed JSON at line 1, column 15: unexpected content after the end of the top-level"
                + " value", trailing);
        assertEquals("$: malformed JSON at line 1, column 23: Unrecognized token 'trailing': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false')", only("{\"name\": \"x\"} trailing"));
    }

    @Test
    void reportsDuplicateKeysAlongWithTheOtherProblems() {
        List<String> lines = problems("""
                {"name": "dup",
                 "objective": {"metric": "loss"},
                 "space": {"x": {"type": "float", "low": 0, "high": 1, "low": 0.5}},
                 "trainer": {"type": "function", "name": "brannin"}}
                """);
        assertEquals(List.of(
                "$.space.x.low: duplicate key: \"low\" appears at line 3, column 35 and again at line 3, column 56;"
                        + " a key may appear only once",
                "$.trainer.name: must be one of ackley, branin, hartmann3, hartmann6, levy, rosenbrock, got"
                        + " \"brannin\", did you mean \"branin\"?"), lines);
    }

    @Test
    void checksComponentsAgainstTheirRegistries() {
        List<String> lines = problems("""
                {"name": "c", "objective": {"metric": "loss"},
                 "space": {"x0": {"type": "float", "low": 0, "high": 1}},
                 "strategy": {"type": "rnadom", "option": {}},
                 "scheduler": {"type": "medain"},
                 "trainer": {"type": "funtion", "name": "branin"}}
                """);
        assertEquals(List.of(
                "$.strategy.option: unknown field, did you mean \"options\"? (a strategy has: type, options)",
                "$.strategy.type: unknown strategy \"rnadom\", did you mean \"random\"? (known: broken, grid, random)",
                "$.scheduler.type: unknown scheduler \"medain\", did you mean \"median\"? (known: median)",
                "$.trainer.type: unknown trainer \"funtion\", did you mean \"function\"? (known: command, function)"),
                lines);
    }

    @Test
    void collectsTheOptionProblemsOfEveryComponent() {
        List<String> lines = problems("""
                {"name": "c", "objective": {"metric": "loss"},
                 "space": {"x0": {"type": "float", "low": 0, "high": 1}},
                 "strategy": {"type": "grid", "options": {"gridPoints": 1, "gridpoint": 3}},
                 "scheduler": {"type": "median", "options": {"minTrials": "3"}},
                 "trainer": {"type": "function", "nmae": "branin"}}
                """);
        assertEquals(List.of(
                "$.strategy.options.gridPoints: must be between 2 and 1000000, got 1",
                "$.strategy.options.gridpoint: unknown option, did you mean \"gridPoints\"? (known: gridPoints)",
                "$.scheduler.options.minTrials: must be an integer, got a string (\"3\")",
                "$.trainer.name: is required",
                "$.trainer.nmae: unknown option, did you mean \"name\"? (known: name)"), lines);
        assertEquals("$.scheduler.options: must be an object, got a list", only("""
                {"name": "c", "objective": {"metric": "loss"},
                 "space": {"x0": {"type": "float", "low": 0, "high": 1}},
                 "scheduler": {"type": "median", "options": []},
                 "trainer": {"type": "function", "name": "branin"}}
                """));
    }

    @Test
    void turnsAFactoryThatThrowsIntoAProblem() {
        assertEquals("$.strategy: could not be set up from these options", only("""
                {"name": "c", "objective": {"metric": "loss"},
                 "space": {"x0": {"type": "float", "low": 0, "high": 1}},
                 "strategy": {"type": "broken"},
                 "trainer": {"type": "function", "name": "branin"}}
                """));
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": {\"type\": \"fixed\", \"value\": 1}");
        }
        assertEquals("$.trainer: is not valid: too many parameters for a command line", only("""
                {"name": "c", "objective": {"metric": "loss"}, "space": %s},
                 "trainer": {"type": "command", "command": ["run"]}}
                """.formatted(many)));
    }

    @Test
    void checksOnlyTheTrainerTypeWhenTheStudyItDependsOnHasProblems() {
        assertEquals(List.of("$.space: must hold at least one parameter", "$.trainer.type: unknown trainer \"fn\""
                + " (known: command, function)"), problems("""
                {"name": "c", "objective": {"metric": "loss"}, "space": {}, "trainer": {"type": "fn", "x": 1}}
                """));
        assertEquals(List.of("$.space: must hold at least one parameter"), problems("""
                {"name": "c", "objective": {"metric": "loss"}, "space": {}, "trainer": {"type": "function"}}
                """));
    }

    @Test
    void readsTheBudget() {
        String template = """
                {"name": "b", "objective": {"metric": "loss"},
                 "space": {"x0": {"type": "float", "low": 0, "high": 1}},
                 "budget": %s,
                 "trainer": {"type": "function", "name": "branin"}}
                """;
        Budget budget = StudySpecReader.read(template.formatted("{\"maxTrials\": 3, \"timeLimit\": 90.5}"), BASE)
                .budget();
        assertEquals(3, budget.maxTrials().getAsInt());
        assertEquals(Duration.ofMillis(90_500), budget.timeLimit().orElseThrow());
        assertEquals(Duration.ofMinutes(30), StudySpecReader.read(template.formatted("{\"timeLimit\": \"PT30M\"}"),
                BASE).budget().timeLimit().orElseThrow());
        assertEquals(List.of(
                "$.budget.maxTrials: must be an integer, got a number (1.5)",
                "$.budget.maxConcurrent: must be >= 1, got 0",
                "$.budget.maxFailures: must be <= 2147483647, got 9999999999",
                "$.budget.maxRetries: must be >= 0, got -1",
                "$.budget.timeLimit: must be a duration such as \"90s\", \"30m\", \"2h\", \"1h30m\", \"PT30M\" or a"
                        + " number of seconds, got a string (\"3 hours\")",
                "$.budget.maxTrails: unknown field, did you mean \"maxTrials\"? (a budget has: maxTrials,"
                        + " maxConcurrent, maxFailures, timeLimit, maxRetries)"),
                problems(template.formatted("""
                        {"maxTrials": 1.5, "maxConcurrent": 0, "maxFailures": 9999999999, "maxRetries": -1,
                         "timeLimit": "3 hours", "maxTrails": 3}""")));
        assertEquals("$.budget.timeLimit: must be > 0, got a string (\"0s\")",
                only(template.formatted("{\"timeLimit\": \"0s\"}")));
        assertEquals("$.budget: must be an object, got a number (10)", only(template.formatted("10")));
    }

    @Test
    void readsAFileAndResolvesAgainstItsFolder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("study.json");
        Files.writeString(file, study("{\"x0\": {\"type\": \"int\", \"low\": 0, \"high\": 3}}"));
        assertEquals(dir.toAbsolutePath(), StudySpecReader.read(file).baseDirectory());
        Path missing = dir.resolve("nope.json");
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(missing));
        assertEquals(List.of(new Problem(missing.toString(), "no such file")), e.problems());
        SpecException folder = assertThrows(SpecException.class, () -> StudySpecReader.read(dir));
        assertEquals(List.of(new Problem(dir.toString(), "is a folder, not a study file")), folder.problems());
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b});
        assertEquals("cannot be read: it is not UTF-8 text",
                assertThrows(SpecException.class, () -> StudySpecReader.read(binary)).problems().get(0).message());
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
