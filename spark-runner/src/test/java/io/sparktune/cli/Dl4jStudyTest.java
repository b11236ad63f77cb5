package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digits study with the dl4j trainer, random search and ASHA, run by the command line as a user
 * runs it: trials end completed, pruned (with the rung's reason) or failed (a learning rate that
 * diverges), the study completes and best.json holds an accurate network.
 */
class Dl4jStudyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDigitsStudyPrunesFailsTheDivergingAndFindsAnAccurateNetwork(@TempDir Path dir) throws Exception {
        Path study = dir.resolve("digits.json");
        Files.writeString(study, """
                {"name": "digits-small", "seed": 4,
                 "objective": {"metric": "val_accuracy", "direction": "maximize"},
                 "space": {
                   "units": {"type": "int", "low": 16, "high": 64},
                   "learningRate": {"type": "categorical", "choices": [0.01, 0.003, 1000]}
                 },
                 "strategy": {"type": "random"},
                 "scheduler": {"type": "asha", "options": {"maxT": 6, "gracePeriod": 1, "reductionFactor": 3}},
                 "budget": {"maxTrials": 12, "maxConcurrent": 2},
                 "trainer": {"type": "dl4j", "model": "mlp", "dataset": "digits", "layers": 1, "activation": "leakyrelu",
                             "optimizer": "momentum", "maxEpochs": 6}}
                """);
        Path out = dir.resolve("run");

        Cli.Result result = Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "none");

        assertEquals(0, result.exitCode(), result.toString());
        List<JsonNode> trials = Files.readAllLines(out.resolve("trials.jsonl")).stream().map(Dl4jStudyTest::tree)
                .toList();
        assertEquals(12, trials.size());
        long failed = 0;
        long pruned = 0;
        for (JsonNode trial : trials) {
            String state = trial.get("state").asText();
            assertTrue(Set.of("completed", "pruned", "failed").contains(state), trial.toString());
            boolean diverging = trial.get("params").get("learningRate").asDouble() > 1;
            assertEquals(diverging, state.equals("failed"), trial.toString());
            if (diverging) {
                failed++;
                assertTrue(trial.get("reason").asText().matches("diverged at epoch \\d+.*\\(loss .*\\)"),
                        trial.toString());
            }
            if (state.equals("pruned")) {
                pruned++;
                assertTrue(trial.get("reason").asText().startsWith("rung "), trial.toString());
            }
        }
        assertTrue(failed > 0, "the sample holds a diverging learning rate");
        assertTrue(pruned > 0, "ASHA stopped some trials");
        JsonNode best = JSON.readTree(out.resolve("best.json").toFile());
        assertTrue(best.get("value").asDouble() >= 0.9, best.toString());
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
