package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.json.TrialJson;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final double BRANIN_OPTIMUM = 0.397887;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<Trial> trials(Path out) throws Exception {
        return Files.readAllLines(out.resolve("trials.jsonl")).stream()
                .map(line -> TrialJson.fromJson(read(line))).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    @Test
    void runsBraninAndWritesTheStudyDirectory() throws Exception {
        Path study = Files.writeString(dir.resolve("branin.json"), Studies.branin(120));
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "lines");

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode best = JSON.readTree(out.resolve("best.json").toFile());
        assertEquals("branin-test", best.get("study").asText());
        assertEquals("minimize", best.get("direction").asText());
        assertTrue(Math.abs(best.get("value").asDouble() - BRANIN_OPTIMUM) < 0.5, best.toString());
        assertTrue(best.get("params").has("x0") && best.get("params").has("x1"), best.toString());
        List<Trial> trials = trials(out);
        assertEquals(120, trials.size());
        for (int i = 0; i < trials.size(); i++) {
            assertEquals(i, trials.get(i).number());
            assertEquals(TrialState.COMPLETED, trials.get(i).state());
        }
        double min = trials.stream().mapToDouble(Trial::value).min().orElseThrow();
        assertEquals(min, best.get("value").asDouble());
        assertArrayEquals(Files.readAllBytes(study), Files.readAllBytes(out.resolve("study.json")));
        assertEquals(120, result.out().lines().filter(l -> l.matches("\\[\\d+/120] trial \\d+ completed .*")).count(),
                result.out());
        assertTrue(result.out().contains("ran 120 trials"), result.out());
        assertTrue(result.out().contains("results: " + out.resolve("best.json")), result.out());
    }

    @Test
    void runningAgainOnTheSameDirectoryResumesAndADifferentStudyIsRefused() throws Exception {
        Path study = Files.writeString(dir.resolve("s.json"), Studies.branin(6));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "none").exitCode());

        Cli.Result again = Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "lines");
        Path other = Files.writeString(dir.resolve("other.json"), Studies.branin(7));
        Cli.Result different = Cli.run("run", other.toString(), "--out", out.toString());

        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("resuming: 6 trials already done"), again.toString());
        assertEquals(6, trials(out).size());
        assertEquals(2, different.exitCode());
        assertTrue(different.err().startsWith(out + " holds a different study: its study.json differs from "
                + other), different.toString());
        assertEquals(6, trials(out).size());
    }

    @Test
    void defaultsToRunsSlashStudyNameUnderTheCurrentDirectory() throws Exception {
        Path study = Files.writeString(dir.resolve("s.json"), Studies.branin(2));
        Path expected = Path.of("runs", "branin-test");
        assertFalse(Files.exists(expected), "left over from an earlier run: " + expected.toAbsolutePath());
        try {
            Cli.Result result = Cli.run("run", study.toString(), "--progress", "none");

            assertEquals(0, result.exitCode(), result.toString());
            assertTrue(Files.isRegularFile(expected.resolve("best.json")));
        } finally {
            deleteTree(expected);
            Files.deleteIfExists(Path.of("runs")); // only when empty: a folder of someone else's runs stays
        }
    }

    @Test
    void progressBarIsRedrawnInPlace() throws Exception {
        Path study = Files.writeString(dir.resolve("s.json"), Studies.branin(4));

        Cli.Result result = Cli.run("run", study.toString(), "--out", dir.resolve("out").toString(),
                "--progress", "bar");

        assertEquals(0, result.exitCode(), result.toString());
        String[] lines = result.out().split("\n");
        String bar = lines[0];
        assertTrue(bar.startsWith("\r[------------------------------] 0/4 trials"), bar);
        String last = bar.substring(bar.lastIndexOf('\r') + 1);
        assertTrue(last.matches("\\[#{30}] 4/4 trials  best \\d+\\.\\d{4} \\(trial \\d\\)  \\d+\\.\\ds\\s*"), last);
        assertTrue(lines[1].startsWith("ran 4 trials"), result.out());
    }

    @Test
    void badStudyFileExitsTwoWithEveryProblem() throws Exception {
        Path study = Files.writeString(dir.resolve("bad.json"), """
                {"name": "b", "objective": {"metric": "v", "direction": "down"},
                 "space": {"x0": {"type": "float", "low": 5, "high": 1}},
                 "trainer": {"type": "function", "name": "branin"}}""");

        Cli.Result result = Cli.run("run", study.toString(), "--out", dir.resolve("out").toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("$.objective.direction"), result.toString());
        assertTrue(result.err().contains("$.space.x0"), result.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is created for a bad study");
        Cli.Result missing = Cli.run("run", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nope.json: no such file"), missing.toString());
    }

    @Test
    void failingCommandTrialsAreRecordedWithTheirStderrAndTheStudyGoesOn() throws Exception {
        Files.writeString(dir.resolve("flaky.py"), """
                import json, os, sys
                p = json.load(sys.stdin)
                if int(os.environ["SPARKTUNE_TRIAL"]) % 3 == 1:
                    print("Traceback (most recent call last):", file=sys.stderr)
                    print("RuntimeError: CUDA out of memory", file=sys.stderr)
                    sys.exit(1)
                print("report 0", p["x"] + 1, flush=True)
                print("result", p["x"])
                """);
        Path study = Files.writeString(dir.resolve("flaky.json"), Studies.command("flaky.py", 9, ""));
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "lines");

        assertEquals(0, result.exitCode(), result.toString());
        List<Trial> trials = trials(out);
        assertEquals(9, trials.size());
        for (Trial trial : trials) {
            if (trial.number() % 3 == 1) {
                assertEquals(TrialState.FAILED, trial.state(), trial.toString());
                assertTrue(trial.reason().contains("exited with code 1"), trial.reason());
                assertTrue(trial.reason().contains("RuntimeError: CUDA out of memory"), trial.reason());
            } else {
                assertEquals(TrialState.COMPLETED, trial.state(), trial.toString());
                assertEquals(trial.params().get("x"), trial.value());
                assertEquals(1, trial.reports().size());
            }
        }
        assertTrue(result.out().contains("3 failed"), result.out());
    }

    @Test
    void stoppingAtMaxFailuresExitsOne() throws Exception {
        Files.writeString(dir.resolve("broken.py"), "import sys\nsys.exit('no GPU found')\n");
        Path study = Files.writeString(dir.resolve("broken.json"),
                Studies.command("broken.py", 20, ", \"maxFailures\": 2"));

        Cli.Result result = Cli.run("run", study.toString(), "--out", dir.resolve("out").toString(),
                "--progress", "none");

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.out().contains("maxFailures 2"), result.out());
        assertTrue(result.out().contains("no GPU found"), result.out());
    }

    static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
