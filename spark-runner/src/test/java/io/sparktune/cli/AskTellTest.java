package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskTellTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path study() throws IOException {
        return Files.writeString(dir.resolve("study.json"), Studies.branin(50));
    }

    private static JsonNode ask(String... args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.toString());
        return JSON.readTree(result.out());
    }

    @Test
    void askThenTellRoundTripShowsInBest() throws Exception {
        Path out = dir.resolve("study-dir");
        JsonNode first = ask("ask", out.toString(), "--study", study().toString());
        JsonNode second = ask("ask", out.toString());
        JsonNode third = ask("ask", out.toString(), "--study", study().toString());

        assertEquals(0, first.get("trial").asInt());
        assertEquals(1, second.get("trial").asInt());
        assertEquals(2, third.get("trial").asInt());
        double x0 = first.get("params").get("x0").asDouble();
        assertTrue(x0 >= -5 && x0 <= 10, first.toString());

        Cli.Result told = Cli.run("tell", out.toString(), "0", "1.25");
        Cli.Result pruned = Cli.run("tell", out.toString(), "1", "--state", "pruned", "--reason", "slow", "0.5");
        Cli.Result failed = Cli.run("tell", out.toString(), "2", "--state", "failed", "--reason", "crashed");
        Cli.Result best = Cli.run("best", out.toString());

        assertEquals(0, told.exitCode(), told.toString());
        assertEquals("trial 0 completed with value 1.25" + System.lineSeparator(), told.out());
        assertEquals(0, pruned.exitCode(), pruned.toString());
        assertEquals(0, failed.exitCode(), failed.toString());
        assertEquals(0, best.exitCode(), best.toString());
        JsonNode bestJson = JSON.readTree(best.out());
        assertEquals(0, bestJson.get("trial").asInt());
        assertEquals(1.25, bestJson.get("value").asDouble());
        assertEquals(first.get("params"), bestJson.get("params"));
        assertEquals(JSON.readTree(out.resolve("best.json").toFile()), bestJson);
        List<String> lines = Files.readAllLines(out.resolve("trials.jsonl"));
        assertEquals(3, lines.size());
        assertEquals("pruned", JSON.readTree(lines.get(1)).get("state").asText());
        assertEquals("failed", JSON.readTree(lines.get(2)).get("state").asText());
    }

    @Test
    void tellRejectsUnknownEndedTrialsAndBadValues() throws Exception {
        Path out = dir.resolve("study-dir");
        ask("ask", out.toString(), "--study", study().toString());
        assertEquals(0, Cli.run("tell", out.toString(), "0", "3.5").exitCode());

        Cli.Result unknown = Cli.run("tell", out.toString(), "7", "1.0");
        Cli.Result again = Cli.run("tell", out.toString(), "0", "2.0");
        Cli.Result notNumber = Cli.run("tell", out.toString(), "0", "fast");
        Cli.Result nan = Cli.run("tell", out.toString(), "0", "NaN");
        Cli.Result noValue = Cli.run("tell", out.toString(), "0");
        Cli.Result badState = Cli.run("tell", out.toString(), "0", "--state", "running");
        Cli.Result notADir = Cli.run("tell", dir.resolve("nowhere").toString(), "0", "1.0");

        assertEquals(2, unknown.exitCode());
        assertEquals("the study in " + out + " has no trial 7 (its trials are 0..0)", unknown.err().strip());
        assertEquals(2, again.exitCode());
        assertEquals("trial 0 has already ended completed with value 3.5: an ended trial cannot change",
                again.err().strip());
        assertEquals(2, notNumber.exitCode());
        assertEquals("VALUE must be a number, got \"fast\"", notNumber.err().strip());
        assertEquals(2, nan.exitCode());
        assertTrue(nan.err().startsWith("VALUE must be a finite number"), nan.toString());
        assertEquals(2, noValue.exitCode());
        assertTrue(noValue.err().startsWith("VALUE is required for a completed trial"), noValue.toString());
        assertEquals(2, badState.exitCode());
        assertTrue(badState.err().contains("must be completed, pruned or failed, got \"running\""), badState.toString());
        assertEquals(2, notADir.exitCode());
        assertEquals(3.5, JSON.readTree(Cli.run("best", out.toString()).out()).get("value").asDouble());
    }

    @Test
    void tellAcceptsNegativeValues() throws Exception {
        Path out = dir.resolve("study-dir");
        ask("ask", out.toString(), "--study", study().toString());

        Cli.Result told = Cli.run("tell", out.toString(), "0", "-2.5");

        assertEquals(0, told.exitCode(), told.toString());
        assertEquals(-2.5, JSON.readTree(Cli.run("best", out.toString()).out()).get("value").asDouble());
    }

    @Test
    void askNeedsTheStudyFirstAndRefusesAnotherOne() throws Exception {
        Path out = dir.resolve("study-dir");
        Cli.Result first = Cli.run("ask", out.toString());
        ask("ask", out.toString(), "--study", study().toString());
        Path other = Files.writeString(dir.resolve("other.json"), Studies.branin(51));
        Cli.Result different = Cli.run("ask", out.toString(), "--study", other.toString());

        assertEquals(2, first.exitCode());
        assertEquals(out + " is not a study directory yet: the first ask needs --study STUDY.json",
                first.err().strip());
        assertEquals(2, different.exitCode());
        assertTrue(different.err().startsWith(out + " holds a different study"), different.toString());
    }

    @Test
    void askOnAFinishedGridExitsOne() throws Exception {
        Path grid = Files.writeString(dir.resolve("grid.json"), """
                {"name": "g", "objective": {"metric": "loss"},
                 "space": {"c": {"type": "categorical", "choices": ["a", "b"]}},
                 "strategy": {"type": "grid"},
                 "trainer": {"type": "command", "command": ["python3", "train.py"]}}""");
        Path out = dir.resolve("grid-dir");
        Set<String> asked = new TreeSet<>();
        asked.add(ask("ask", out.toString(), "--study", grid.toString()).get("params").get("c").asText());
        asked.add(ask("ask", out.toString()).get("params").get("c").asText());

        Cli.Result third = Cli.run("ask", out.toString());

        assertEquals(Set.of("a", "b"), asked);
        assertEquals(1, third.exitCode(), third.toString());
        assertTrue(third.err().contains("has nothing left to propose"), third.toString());
    }

    @Test
    void concurrentAsksFromSeparateProcessesGetDistinctTrials() throws Exception {
        Path out = dir.resolve("shared");
        Path study = study();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int processes = 4;
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            started.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SparktuneCli.class.getName(), "ask", out.toString(), "--study", study.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        Set<Integer> numbers = new TreeSet<>();
        for (Process process : started) {
            String printed = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "an ask did not end");
            assertEquals(0, process.exitValue(), printed);
            numbers.add(JSON.readTree(printed).get("trial").asInt());
        }

        assertEquals(Set.of(0, 1, 2, 3), numbers);
        for (int n : numbers) {
            assertEquals(0, Cli.run("tell", out.toString(), Integer.toString(n), Double.toString(10.0 - n)).exitCode());
        }
        assertEquals(3, JSON.readTree(Cli.run("best", out.toString()).out()).get("trial").asInt());
    }
}
