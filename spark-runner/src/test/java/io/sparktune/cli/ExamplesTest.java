package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped examples are valid studies, and the small ones run as they are. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> studies = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertTrue(studies.size() >= 3, "examples missing: " + studies);
            return studies.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleValidates(Path example) {
        StudySpec spec = StudySpecReader.read(example);

        assertFalse(spec.name().isBlank());
        assertEquals(0, Cli.run("validate", example.toString()).exitCode());
    }

    @Test
    void braninExampleIsWhatTheQuickStartPromises() {
        StudySpec spec = StudySpecReader.read(EXAMPLES.resolve("branin.json"));

        assertEquals("random", spec.strategy().type());
        assertEquals(200, spec.budget().maxTrials().getAsInt());
        assertEquals(2, spec.budget().maxConcurrent());
        assertEquals("branin", spec.trainer().options().get("name").asText());
    }

    @Test
    void conditionalExampleRunsEveryGridPointAndNeverGivesAdamAMomentum(@TempDir Path out) throws Exception {
        Cli.Result result = Cli.run("run", EXAMPLES.resolve("conditional.json").toString(), "--out",
                out.toString(), "--progress", "none");

        assertEquals(0, result.exitCode(), result.toString());
        List<JsonNode> trials = Files.readAllLines(out.resolve("trials.jsonl")).stream().map(ExamplesTest::tree).toList();
        assertEquals(4 * 4 + 4, trials.size(), "4 lr x 4 momentum for sgd, 4 lr for adam");
        for (JsonNode trial : trials) {
            assertEquals("completed", trial.get("state").asText(), trial.toString());
            JsonNode params = trial.get("params");
            assertEquals(params.get("optimizer").asText().equals("sgd"), params.has("momentum"), params.toString());
        }
    }

    @Test
    void commandPythonExampleRunsEndToEnd(@TempDir Path out) throws Exception {
        Cli.Result result = Cli.run("run", EXAMPLES.resolve("command-python.json").toString(), "--out",
                out.toString(), "--progress", "lines");

        assertEquals(0, result.exitCode(), result.toString());
        List<JsonNode> trials = Files.readAllLines(out.resolve("trials.jsonl")).stream().map(ExamplesTest::tree).toList();
        assertEquals(20, trials.size());
        for (JsonNode trial : trials) {
            assertEquals("completed", trial.get("state").asText(), trial.toString());
            assertEquals(5, trial.get("reports").size(), trial.toString());
        }
        assertTrue(JSON.readTree(out.resolve("best.json").toFile()).get("value").asDouble() < 1.0);
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
