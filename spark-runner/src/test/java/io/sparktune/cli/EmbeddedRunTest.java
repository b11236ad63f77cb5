package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sparktune.json.TrialJson;
import io.sparktune.store.journal.JournalStudyStore;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sparktune run} on its embedded control plane and Spark, with the study directory as the record. */
class EmbeddedRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String ashaStudy(int trials) {
        return """
                {
                  "name": "embedded-asha",
                  "seed": 42,
                  "objective": {"metric": "value", "direction": "minimize"},
                  "space": {
                    "x0": {"type": "float", "low": -5, "high": 10},
                    "x1": {"type": "float", "low": 0, "high": 15}
                  },
                  "strategy": {"type": "random"},
                  "scheduler": {"type": "asha", "options": {"maxT": 9, "gracePeriod": 1, "reductionFactor": 3}},
                  "budget": {"maxTrials": %d, "maxConcurrent": 2},
                  "trainer": {"type": "function", "name": "branin", "steps": 9}
                }
                """.formatted(trials);
    }

    private static List<Trial> trials(Path out) throws Exception {
        List<Trial> trials = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("trials.jsonl"))) {
            trials.add(TrialJson.fromJson(JSON.readTree(line)));
        }
        return trials;
    }

    @Test
    void trialsRunOnSparkAndTheirVerdictsComeFromTheControlPlaneAndTheJournalKeepsThem() throws Exception {
        Path study = Files.writeString(dir.resolve("asha.json"), ashaStudy(24));
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("run", study.toString(), "--out", out.toString(), "--progress", "none",
                "--no-dashboard");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err(), "the run printed something besides its results");
        List<Trial> trials = trials(out);
        assertEquals(24, trials.size());
        long pruned = trials.stream().filter(t -> t.state() == TrialState.PRUNED).count();
        assertTrue(pruned > 0, "no trial was pruned");
        for (Trial trial : trials) {
            assertTrue(trial.worker().matches("executor driver on 127\\.0\\.0\\.1, task \\d+"), trial.worker());
            if (trial.state() == TrialState.PRUNED) {
                assertTrue(trial.reason().startsWith("rung "), trial.reason());
            }
        }
        List<Trial> journal = JournalStudyStore.open(out, Direction.MINIMIZE).history().trials();
        assertEquals(24, journal.size());
        for (int i = 0; i < 24; i++) {
            Trial kept = journal.get(i);
            Trial ran = trials.get(i);
            assertEquals(ran.state(), kept.state());
            assertEquals(ran.reports(), kept.reports(), "the journal lacks reports of trial " + i);
            assertEquals(ran.reason(), kept.reason());
            assertEquals(ran.value(), kept.value());
        }
    }

    @Test
    void aResumedRunStartsItsControlPlaneFromTheDirectoryAndGoesOn() throws Exception {
        Path out = dir.resolve("out");
        Path first = Files.writeString(dir.resolve("a.json"), ashaStudy(6));
        assertEquals(0, Cli.run("run", first.toString(), "--out", out.toString(), "--progress", "none").exitCode());
        List<Trial> before = trials(out);

        Cli.Result again = Cli.run("run", first.toString(), "--out", out.toString(), "--progress", "lines");

        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("resuming: 6 trials already done"), again.out());
        List<Trial> after = trials(out);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).state(), after.get(i).state());
            assertEquals(before.get(i).reports(), after.get(i).reports());
            assertEquals(before.get(i).endedAt(), after.get(i).endedAt());
        }
    }
}
