package io.sparktune.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidStudyIsSummarised() throws Exception {
        Path study = Files.writeString(dir.resolve("s.json"), Studies.branin(200));

        Cli.Result result = Cli.run("validate", study.toString());

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("ok: branin-test, 2 parameters, minimize value, strategy random, no scheduler,"
                + " trainer function, 200 trials, 2 at a time" + System.lineSeparator(), result.out());
        assertEquals("", result.err());
    }

    @Test
    void everyMistakeIsPrintedWithItsJsonPath() throws Exception {
        Path study = Files.writeString(dir.resolve("three-mistakes.json"), """
                {
                  "name": "three",
                  "objective": {"metric": "loss", "direction": "minimise"},
                  "space": {
                    "lr": {"type": "float", "low": 0.0, "high": 0.1, "log": true},
                    "layers": {"type": "int", "low": 1, "high": 4}
                  },
                  "budget": {"maxTrails": 10},
                  "trainer": {"type": "function", "name": "branin"}
                }
                """);

        Cli.Result result = Cli.run("validate", study.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().contains("$.objective.direction"), result.err());
        assertTrue(result.err().contains("$.space.lr.low"), result.err());
        assertTrue(result.err().contains("$.budget.maxTrails"), result.err());
        assertTrue(result.err().contains("did you mean \"maxTrials\"?"), result.err());
        assertEquals(3, result.err().lines().filter(l -> l.startsWith("$.")).count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void trainerOptionsAreCheckedToo() throws Exception {
        Path study = Files.writeString(dir.resolve("cmd.json"), """
                {"name": "c", "objective": {"metric": "loss"},
                 "space": {"x": {"type": "float", "low": 0, "high": 1}},
                 "trainer": {"type": "command", "timeout": "soon"}}""");

        Cli.Result result = Cli.run("validate", study.toString());

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("$.trainer.command: is required"), result.err());
        assertTrue(result.err().contains("$.trainer.timeout: must be a positive duration"), result.err());
    }
}
